"""Attributed quotations per development fold for a speaker ranker, as the pipeline scores them.

A retrained ranker or a new feature ships on the pipeline's attributed quotations, not on
the ranker's top-1 over training groups (`rasd train quotes`, `speaker_choices.py`): the
pipeline completes names and offers its own earlier speakers after the ranker chooses.
This analyses the development articles of both annotated sets once (text, entities) and
re-runs only the quote stage, so each ranker costs seconds instead of two `rasd eval
gold` runs; its counts are `rasd eval gold`'s quotes_attributed tp of each development
fold. Rankers: the shipped weights, each `--model` file, and with `--held-out` a model
fitted per fold on the other two (`rasd.quotes.train.fit_pairwise` at `--c`, the figure
that decides a recipe or a feature). Counts only: no article is listed (fold 2 confirms,
the check folds are never read). `--unseen` instead prints, for fresh unseen articles
holding a regex (`construction_quotes.py`'s sample: annotated articles left out), the
quotations whose speaker a `--model` changes against the shipped weights, to be judged
by reading. Usage:

    python benchmarks/ranker_folds.py ../shared/gold benchmarks/news-gold
    python benchmarks/ranker_folds.py ../shared/gold benchmarks/news-gold --model /tmp/r.json
    python benchmarks/ranker_folds.py ../shared/gold benchmarks/news-gold --held-out --c 0.3
    python benchmarks/ranker_folds.py --unseen 'قال|أكد' --seed 10635 -n 80 --model /tmp/r.json
"""

from __future__ import annotations

import argparse
import copy
import random
import re
from collections.abc import Callable
from pathlib import Path

from construction_quotes import annotated_heads, matching_lines
from news_sample import annotated

from rasd.document import Document
from rasd.evaluate.gold import development_articles, score_quotes
from rasd.pipeline import Pipeline
from rasd.quotes.extract import QuoteExtractor
from rasd.quotes.ranker import SpeakerRanker, load_ranker
from rasd.quotes.train import Articles, fit_pairwise, groups_of
from rasd.text.readers import Failure, Fields, jsonl_records, read_records

NEWS = Path("../shared/data/news/ant-multisource.jsonl.gz")
FOLDS = (0, 1, 2)


def attributed(articles: Articles, fold: int, ranker: SpeakerRanker) -> int:
    """Quotations of one fold's articles the scorer gives the gold speaker."""
    extractor = QuoteExtractor(ranker=ranker)
    right = 0
    for gold, doc, f in articles:
        if f == fold:
            right += score_quotes(_quoted(doc, extractor), gold, [])[1].tp
    return right


def _quoted(doc: Document, extractor: QuoteExtractor) -> Document:
    """A shallow copy of an analysed document with the extractor's quotations."""
    out = copy.copy(doc)
    out.quotes = extractor(out)
    return out


def per_fold(articles: Articles, ranker_of: Callable[[int], SpeakerRanker]) -> list[int]:
    return [attributed(articles, fold, ranker_of(fold)) for fold in FOLDS]


def development(args: argparse.Namespace) -> None:
    nlp = Pipeline(["text", "ner"])
    articles = [(g, nlp(d), f) for path in args.gold for g, d, f in development_articles(path)]
    shipped = load_ranker()
    assert shipped is not None
    rows = [("shipped", per_fold(articles, lambda _: shipped))]
    rows += [(str(m), per_fold(articles, lambda _, m=m: load_ranker(m))) for m in args.model]
    if args.held_out:
        groups = groups_of(articles)
        rows.append(
            (
                f"held out, C = {args.c}",
                per_fold(
                    articles, lambda k: fit_pairwise([g for g in groups if g.fold != k], args.c)
                ),
            )
        )
    for name, counts in rows:
        folds = " / ".join(f"{n:,}" for n in counts)
        print(f"{name}: attributed per fold {folds}; folds 0-1 {counts[0] + counts[1]:,}")


def unseen(args: argparse.Namespace) -> None:
    if len(args.model) != 1:
        raise SystemExit("--unseen compares one --model with the shipped weights")
    lines = matching_lines(NEWS, re.compile(args.unseen), annotated_heads(), annotated())
    random.Random(args.seed).shuffle(lines)
    picked = lines[: args.n]
    nlp = Pipeline(["text", "ner"])
    before = QuoteExtractor(ranker=True)
    after = QuoteExtractor(ranker=load_ranker(args.model[0]))
    quotes = changed = 0
    for doc in read_records(jsonl_records(picked, str(NEWS)), str(NEWS), Fields()):
        if isinstance(doc, Failure):
            continue
        doc = nlp(doc)
        new = {(q.start, q.end): q for q in _quoted(doc, after).quotes or []}
        for q in _quoted(doc, before).quotes or []:
            quotes += 1
            other = new.get((q.start, q.end))
            was, now = _speaker(doc, q), _speaker(doc, other)
            if other is None or was == now:
                continue
            changed += 1
            print(f"[{changed}] {doc.title[:50]} | shipped: {was} | new: {now}")
            print(f"    {_sentence(doc, q.start)[:400]}")
    print(f"# seed {args.seed}: {len(picked)} articles, {quotes} quotations, {changed} changed")


def _speaker(doc: Document, q: object) -> str:
    speaker = getattr(q, "speaker", None)
    return doc.slice(speaker) if speaker is not None else "-"


def _sentence(doc: Document, pos: int) -> str:
    for s in doc.sentences or []:
        if s.start <= pos < s.end:
            return doc.text[s.start : s.end].replace("\n", " ")
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="*", help="annotated folders")
    parser.add_argument("--model", type=Path, action="append", default=[], help="weights JSON")
    parser.add_argument("--held-out", action="store_true", help="add per-fold held-out fits")
    parser.add_argument("--c", type=float, default=0.3, help="C of the held-out fits")
    parser.add_argument("--unseen", metavar="REGEX", help="unseen articles holding REGEX")
    parser.add_argument("--seed", type=int, default=10635)
    parser.add_argument("-n", type=int, default=80)
    args = parser.parse_args()
    if args.unseen:
        unseen(args)
    else:
        development(args)


if __name__ == "__main__":
    main()
