"""`rasd train summary-idf` and `rasd eval summaries`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True, highlight=False)


def train_idf(
    news: Annotated[
        Path, typer.Option(help="A news JSONL(.gz) file apart from the evaluation data.")
    ] = Path("../shared/data/news/saudinewsnet.jsonl.gz"),
    text_field: Annotated[str, typer.Option(help="The record field with the body.")] = "content",
    out: Annotated[Path, typer.Option(help="Where to write the table.")] = Path(
        "src/rasd/summarize/data/idf.tsv.gz"
    ),
    min_df: Annotated[int, typer.Option(help="Keep terms in at least this many articles.")] = 3,
) -> None:
    """Document frequencies of search terms: the IDF table the summary stage uses.

    Example:

      rasd train summary-idf --news ../shared/data/news/saudinewsnet.jsonl.gz
    """
    from rasd.summarize.train import count_document_frequencies, news_texts, write_idf
    from rasd.text.search import SearchAnalyzer

    if not news.is_file():
        err.print(f"rasd: no such file: {news}")
        raise typer.Exit(2)
    with err.status(f"counting terms in {news}…"):
        df, documents = count_document_frequencies(news_texts(news, text_field), SearchAnalyzer())
    kept = write_idf(df, documents, out, min_df)
    err.print(f"{kept:,} terms (of {len(df):,}) from {documents:,} articles → {out}")


def eval_summaries(
    data: Annotated[Path, typer.Argument(help="ANT JSONL(.gz) with abstracts.")] = Path(
        "../shared/data/news/ant-multisource.jsonl.gz"
    ),
    split: Annotated[str, typer.Option(help="test (reported) or dev (for tuning).")] = "test",
    limit: Annotated[int, typer.Option(help="Articles to score (0: all).")] = 2000,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
) -> None:
    """ROUGE-1/2/L of Rasd's summaries, lead-k and TextRank against the ANT abstracts.

    Example:

      rasd eval summaries ../shared/data/news/ant-multisource.jsonl.gz --limit 2000
    """
    from rasd.summarize.evaluate import evaluate_summaries

    if not data.is_file():
        err.print(f"rasd: no such file: {data}")
        raise typer.Exit(2)
    results = evaluate_summaries(data, split, limit or None)
    if as_json:
        print(json.dumps(results, indent=2))
        return
    for name, r in results.items():
        print(
            f"{name:12} ROUGE-1 {r['rouge1']:.4f}  ROUGE-2 {r['rouge2']:.4f}  "
            f"ROUGE-L {r['rougeL']:.4f}  ({r['articles']} articles)"
        )


def register(app: typer.Typer, train_app: typer.Typer, eval_app: typer.Typer) -> None:
    train_app.command("summary-idf")(train_idf)
    eval_app.command("summaries")(eval_summaries)
