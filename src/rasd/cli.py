"""The `rasd` command line: thin commands over the library."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from rasd.document import Document
from rasd.inputs import FieldOption, ReadReport, parse_fields
from rasd.pipeline import DEFAULT_STAGES, Pipeline, PipelineError
from rasd.render import conll, print_text

app = typer.Typer(
    help="""Rasd (رصد): Arabic news to structured, searchable, verifiable knowledge.

    Every command has its own examples: rasd COMMAND --help.

    Examples:

    \b
      rasd demo                                # sample, demo store, web UI
      rasd analyze article.txt --format text   # entities, quotes, events
      rasd ingest news.jsonl.gz --store news.db
      rasd search "وزير الخارجية" --store news.db
      rasd events --store news.db --count-by week --format csv
      RASD_STORE=news.db rasd serve            # web pages and JSON API
    """,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,  # plain help: rich panels print every flag as taking a <bool>
)
train_app = typer.Typer(
    help="Rebuild Rasd's shipped models and resources from ../shared.", no_args_is_help=True
)
eval_app = typer.Typer(help="Measure accuracy against held-out data.", no_args_is_help=True)
app.add_typer(train_app, name="train")
app.add_typer(eval_app, name="eval")

err = Console(stderr=True, highlight=False, soft_wrap=True)


class OutputFormat(StrEnum):
    json = "json"
    text = "text"
    conll = "conll"


def _pipeline(stages: str | None) -> Pipeline:
    names = (
        DEFAULT_STAGES if stages is None else [s.strip() for s in stages.split(",") if s.strip()]
    )
    if not names:
        raise typer.BadParameter(
            f"no stage named; known: {', '.join(DEFAULT_STAGES)}", param_hint="--stages"
        )
    try:
        return Pipeline(names)
    except PipelineError as exc:
        raise typer.BadParameter(str(exc), param_hint="--stages") from None


def _emit(doc: Document, fmt: OutputFormat, out: Console) -> None:
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    elif fmt is OutputFormat.conll:
        sys.stdout.write(conll(doc))
    else:
        print_text(doc, out)


@app.command()
def analyze(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Files to analyse (.txt, .jsonl, .jsonl.gz, .json, .csv, ANT/TREC files), or - for standard input."
        ),
    ],
    fmt: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            "-f",
            help="json: one rasd.document/1 per line; text: tables for people; conll: tokens and segments.",
        ),
    ] = OutputFormat.json,
    field: FieldOption = None,
    stages: Annotated[
        str | None,
        typer.Option(help=f"Comma-separated stages to run (default: {','.join(DEFAULT_STAGES)})."),
    ] = None,
) -> None:
    """Analyse Arabic articles and print one document per article.

    Unreadable inputs get one line on stderr naming the file (and line) and the
    reason; the others are still analysed. Exit code 1 when anything failed.

    Examples:

      rasd analyze article.txt --format text

      rasd analyze news.jsonl.gz --field text=content > docs.jsonl

      cat article.txt | rasd analyze -
    """
    documents = ReadReport(paths, parse_fields(field))
    nlp = _pipeline(stages)
    out = Console(highlight=False)
    for doc in documents:
        _emit(nlp(doc), fmt, out)
    documents.exit_if_failed()


@app.command()
def demo(
    store: Annotated[Path, typer.Option(help="Where to build the demo store.")] = Path(
        "rasd-demo.db"
    ),
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port for the web UI.")] = 8000,
    serve: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Start the web UI afterwards.")
    ] = True,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="How to print the sample article.")
    ] = OutputFormat.text,
) -> None:
    """Rasd's main job on the bundled data: analyse the sample article (a Syria
    Support Group meeting, 2016) and print it, build a demo store from the bundled
    corpus (the sample + 300 ANT news articles), and serve the web UI over it.

    Examples:

      rasd demo                      # print, build rasd-demo.db, serve on http://localhost:8000/

      rasd demo --no-serve -f json   # the sample as rasd.document/1 JSON, build the store, exit
    """
    from rasd.samples import sample_document
    from rasd.store import StoreError, build_demo_store

    nlp = _pipeline(None)
    _emit(nlp(sample_document()), fmt, Console(highlight=False))
    try:
        with err.status(f"building the demo store at {store} (analysing 301 articles)…"):
            build_demo_store(store, nlp).close()
    except StoreError as exc:
        err.print(f"rasd: {exc}", markup=False)
        raise typer.Exit(2) from None
    err.print(f"demo store ready: {store}", markup=False)
    if serve:
        from rasd.api.commands import serve_store

        serve_store(store, port=port, pipeline=nlp)


@train_app.command("lexicon")
def train_lexicon(
    news: Annotated[Path, typer.Option(help="Folder of news JSONL(.gz) files.")] = Path(
        "../shared/data/news"
    ),
    out: Annotated[Path, typer.Option(help="Where to write the lexicon.")] = Path(
        "src/rasd/text/data/lexicon.tsv.gz"
    ),
    min_count: Annotated[int, typer.Option(help="Keep forms seen at least this often.")] = 3,
) -> None:
    """Count word forms in the news corpus: the lexicon clitic segmentation uses."""
    from rasd.text.lexicon import count_words, news_texts, write_lexicon

    files = sorted(news.glob("*.jsonl*"))
    if not files:
        err.print(f"rasd: no .jsonl or .jsonl.gz files in {news}")
        raise typer.Exit(2)
    with err.status(f"counting words in {len(files)} files…"):
        counts = count_words(news_texts(files))
    kept = write_lexicon(counts, out, min_count)
    err.print(f"{kept:,} forms (of {len(counts):,}; {sum(counts.values()):,} tokens) → {out}")


@eval_app.command("segmentation")
def eval_segmentation(
    data: Annotated[list[Path], typer.Argument(help="CoNLL-U files (UD Arabic treebanks).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """Clitic segmentation against the UD Arabic treebanks: word accuracy, segment P/R/F1."""
    from rasd.text.evaluate import ConlluError, evaluate_segmentation
    from rasd.text.pipe import TextAnalyzer

    missing = [str(p) for p in data if not p.is_file()]
    if missing:
        err.print(f"rasd: no such file: {', '.join(missing)}")
        raise typer.Exit(2)
    segmenter = TextAnalyzer().tokenizer.segmenter
    try:
        results = {str(p): evaluate_segmentation(p, segmenter) for p in data}
    except ConlluError as exc:
        err.print(f"rasd: {exc}", markup=False)
        raise typer.Exit(2) from None
    if as_json:
        print(json.dumps(results, indent=2))
        return
    for name, r in results.items():
        print(
            f"{name}: words {r['words']:,}  word accuracy {r['word_accuracy']:.4f}  "
            f"segment P {r['precision']:.4f} R {r['recall']:.4f} F1 {r['f1']:.4f}"
        )


# Each area of Rasd adds its commands from its own module: `register(app, train_app,
# eval_app)` in `rasd.<area>.commands`.
_AREAS: tuple[str, ...] = (
    "evaluate", "api", "store", "events", "quotes", "summarize", "ner", "watch",
)  # fmt: skip


def _register_areas() -> None:
    import importlib

    for area in _AREAS:
        importlib.import_module(f"rasd.{area}.commands").register(app, train_app, eval_app)


_register_areas()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
