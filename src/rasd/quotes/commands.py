"""`rasd quotes PATH…`: who said what, as a table or JSON lines."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from rasd.inputs import FieldOption, ReadReport, parse_fields
from rasd.training import GoldDirs, ModelOut, analysed_dev_articles, write_model


class QuoteFormat(StrEnum):
    table = "table"
    json = "json"


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command("quotes")(quotes)
    train_app.command("quotes")(train_quotes)
    train_app.command("cues")(train_cues)


def quote_pipeline():
    """text (+ ner when it is registered) + quotes: the stages quotations need."""
    from rasd.pipeline import STAGES, Pipeline

    return Pipeline([n for n in ("text", "ner", "quotes") if n in STAGES])


def quotes(
    paths: Annotated[
        list[str] | None,
        typer.Argument(
            help="Articles (.txt, .jsonl, .jsonl.gz, .json, .csv, ANT/TREC files), or - for standard input."
        ),
    ] = None,
    fmt: Annotated[
        QuoteFormat,
        typer.Option(
            "--format",
            "-f",
            help="table: speaker | cue | kind | quote per article; json: one quotation per line.",
        ),
    ] = QuoteFormat.table,
    field: FieldOption = None,
    store: Annotated[
        Path | None,
        typer.Option(
            help="Query an analysed corpus store (rasd ingest) instead of reading articles."
        ),
    ] = None,
    speaker: Annotated[
        str | None, typer.Option(help="With --store: quotations of this person, any spelling.")
    ] = None,
    query: Annotated[
        str | None, typer.Option(help="With --store: quotations containing these words.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="With --store: published on or after.")] = None,
    until: Annotated[str | None, typer.Option(help="With --store: published on or before.")] = None,
    limit: Annotated[
        int, typer.Option(min=1, help="With --store: at most this many quotations.")
    ] = 20,
) -> None:
    """Who said what: direct and reported quotations with speaker, cue and audience.

    Direct: the words inside quotation marks (also unclosed ones).
    Indirect: a clause after a cue (قال، أكد، أضاف…) and أن/إن/بأن/على,
    or after an attribution ("بحسب X"). In brackets: the speaker's
    canonical name, the fullest form of it found in the article.

    Examples:

      rasd quotes article.txt

      rasd quotes news.jsonl.gz --field text=content --format json > quotes.jsonl

      cat article.txt | rasd quotes -

      rasd quotes --store corpus.db --speaker "لافروف" --since 2016-01-01
    """
    if store is not None:
        from rasd.store.commands import show_quotes

        show_quotes(store, speaker, query, since, until, limit, fmt is QuoteFormat.json)
        return
    if not paths:
        Console(stderr=True, highlight=False).print(
            "rasd: give article files (or - for stdin), or --store PATH; see rasd quotes --help",
            markup=False,
        )
        raise typer.Exit(2)
    from rasd.quotes.records import quote_rows, quotes_table

    nlp = quote_pipeline()
    out = Console(highlight=False)
    documents = ReadReport(paths, parse_fields(field))
    for doc in documents:
        rows = quote_rows(nlp(doc))
        if fmt is QuoteFormat.json:
            for row in rows:
                sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            out.print(quotes_table(rows, title=f"{doc.title or doc.id}: {len(rows)} quotes"))
    documents.exit_if_failed()


def train_quotes(gold_dirs: GoldDirs, out: ModelOut = None) -> None:
    """Fit the speaker ranker on the gold quotes of the development folds (0-2 of each
    folder; the check folds are never read), choosing its regularisation by
    cross-validation across those folds, and write its weights. Needs scikit-learn
    (the train extra).

    Examples:

      rasd train quotes ../shared/gold benchmarks/news-gold

      rasd train quotes ../shared/gold --out /tmp/speaker_ranker.json
    """
    from importlib import resources

    from rasd.quotes.ranker import MODEL_RESOURCE, PACKAGE
    from rasd.quotes.train import fit_pairwise, groups_of
    from rasd.ranking import choose_c, cross_validate

    err = Console(stderr=True, soft_wrap=True, highlight=False)
    articles = analysed_dev_articles(gold_dirs, quote_pipeline(), "analysing dev articles", err)
    groups = groups_of(articles)
    c, means = choose_c(groups, fit_pairwise)
    out_path = out or Path(str(resources.files(PACKAGE).joinpath(MODEL_RESOURCE)))
    ranker = fit_pairwise(groups, c)
    write_model(ranker.to_dict() | {"C": c, "quotes": len(groups)}, out_path, err)
    console = Console(highlight=False)
    console.print(f"{len(groups)} gold quotes of {len(articles)} dev articles")
    for value, mean in means.items():
        console.print(f"C = {value}: mean held-out right speaker {mean:.3f}")
    console.print(f"chosen C = {c}")
    for fold, (rules, ranked) in cross_validate(groups, c, fit_pairwise).items():
        console.print(
            f"held-out fold {fold}: right speaker, rules {rules:.3f}, ranker {ranked:.3f}"
        )
    console.print(f"wrote {out_path}", markup=False)


def train_cues(
    news: Annotated[Path, typer.Option(help="Folder of news JSONL(.gz) files.")] = Path(
        "../shared/data/news"
    ),
    held_out: Annotated[
        list[Path] | None,
        typer.Option(help="Folders of annotated articles (ANT/TREC .txt) never mined."),
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Where to write the mined cues.")] = None,
) -> None:
    """Mine reporting cues from the news corpus by their speech frames (a subject and
    أن/إن, a colon and a quotation mark) and write those not in cues.tsv to
    mined_cues.tsv, which the cue lexicon also reads. Annotated articles are skipped.

    Example:

      rasd train cues --news ../shared/data/news
    """
    from importlib import resources

    from rasd.quotes import mine
    from rasd.quotes.lexicon import MINED_RESOURCE, PACKAGE, load_lexicon
    from rasd.text.tokens import load_lexicon as load_frequencies

    err = Console(stderr=True, soft_wrap=True, highlight=False)
    files = sorted(news.glob("*.jsonl*"))
    if not files:
        err.print(f"rasd: no .jsonl or .jsonl.gz files in {news}", markup=False)
        raise typer.Exit(2)
    dirs = held_out or [
        Path("../shared/gold/articles"),
        Path("benchmarks/news-gold/articles"),
        Path("../shared/seed"),
    ]
    skip = mine.held_out(d for d in dirs if d.is_dir())
    with err.status(f"mining {len(files)} files…"):
        mined = mine.mine(mine.news_articles(files, skip), load_frequencies())
    text = mine.mined_cues_text(mined, load_lexicon(mined=False))
    out_path = out or Path(str(resources.files(PACKAGE).joinpath(MINED_RESOURCE)))
    out_path.write_text(text, encoding="utf-8")
    rows = text.count("\n") - mine.MINED_HEADER.count("\n")
    err.print(f"{mined.articles:,} articles, {rows} mined cues → {out_path}", markup=False)
