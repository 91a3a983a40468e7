"""Quotations of unseen news articles that hold one construction, for counting what a
rule changes: run it before and after the change (PYTHONPATH=OLD/src for the old code)
and diff the two outputs.

Usage:

    python benchmarks/construction_quotes.py 'REGEX' --seed 10190 -n 150 > after.txt
    PYTHONPATH=/path/to/old/src python benchmarks/construction_quotes.py 'REGEX' \\
        --seed 10190 -n 150 > before.txt
    diff before.txt after.txt

The regex is searched in each raw JSON line of the news file; the articles are shuffled
with the seed and the first n read. Articles of both annotated sets (../shared/gold and
benchmarks/news-gold, matched by the start of their title) are skipped, so no article of
a check part is ever printed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

from news_sample import annotated

from rasd.pipeline import Pipeline
from rasd.quotes.records import quote_rows, speaker_label
from rasd.text.readers import Failure, Fields, jsonl_records, read_records

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIRS = (ROOT.parent / "shared" / "gold", ROOT / "benchmarks" / "news-gold")
TITLE_KEY = 40  # characters of a title that identify an annotated article


def annotated_heads() -> str:
    """The openings of every annotated article (their first line is the title)."""
    heads = []
    for folder in GOLD_DIRS:
        for path in sorted((folder / "articles").glob("*.txt")):
            heads.append(path.read_text(encoding="utf-8")[:400])
    return "\n".join(heads)


def matching_lines(news: Path, pattern: re.Pattern[str], heads: str, known: set[str]) -> list[str]:
    """The records holding the construction, less the annotated ones: by id or url
    (`news_sample.annotated`), and by title for the gold files whose first line is it
    (a file that opens with a <DOC> header is found by its id only)."""
    lines = []
    with gzip.open(news, "rt", encoding="utf-8") as f:
        for line in f:
            if not pattern.search(line):
                continue
            record = json.loads(line)
            if record.get("id") in known or record.get("url") in known:
                continue
            if record.get("title", "")[:TITLE_KEY] not in heads:
                lines.append(line)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("regex")
    parser.add_argument(
        "--news", type=Path, default=ROOT.parent / "shared/data/news/ant-multisource.jsonl.gz"
    )
    parser.add_argument("--seed", type=int, default=10190)
    parser.add_argument("-n", type=int, default=150)
    parser.add_argument("--field", action="append", default=[], help="KEY=NAME, e.g. text=content")
    args = parser.parse_args()
    lines = matching_lines(args.news, re.compile(args.regex), annotated_heads(), annotated())
    random.Random(args.seed).shuffle(lines)
    picked = lines[: args.n]
    print(f"# {len(lines)} articles hold the construction; {len(picked)} read")
    nlp = Pipeline(["text", "ner", "quotes"])
    fields = Fields().with_overrides(dict(item.split("=", 1) for item in args.field))
    for doc in read_records(jsonl_records(picked, str(args.news)), str(args.news), fields):
        if isinstance(doc, Failure):
            continue
        for row in quote_rows(nlp(doc)):
            cue = row["cue"] or ""
            print(
                f"{doc.title[:60]}\t[{row['kind']}] {speaker_label(row)} | {cue} | {row['quote']}"
            )


if __name__ == "__main__":
    main()
