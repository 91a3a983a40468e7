"""The `--sets` option of the benchmarks that read both annotated sets' development
folds (the check folds are never read): `add_sets_option(parser)`, then `args.sets`;
and `labelled_dev_events`, the analysed articles of dev folds 0-1 with the scorer's
label of each event."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

from rasd.document import Document
from rasd.evaluate.gold import development_articles, event_labels
from rasd.pipeline import Pipeline

DEFAULT_SETS = (Path("../shared/gold"), Path("benchmarks/news-gold"))
READABLE_FOLDS = {0, 1}  # fold 2 confirms by its totals only; folds 3-4 are the check part


def add_sets_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--sets",
        nargs="+",
        type=Path,
        default=list(DEFAULT_SETS),
        help="annotated sets to read (default: ../shared/gold benchmarks/news-gold)",
    )


def labelled_dev_events(nlp: Pipeline, sets: list[Path]) -> Iterator[tuple[str, Document, list]]:
    """(article id, analysed document, the scorer's label of each of its events) for the
    articles of dev folds 0-1 of each set."""
    for gold_dir in sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READABLE_FOLDS:
                continue
            out = nlp(doc)
            labels, _ = event_labels(out, gold)
            yield gold["id"], out, labels
