"""Print the quotations of a random sample of news articles, for reading by a person
(the precision audit in docs/accuracy.md).

Usage: python benchmarks/sample_quotes.py [--news ../shared/data/news/ant-multisource.jsonl.gz]
       [--seed 21] [-n 12] [--field text=content]

The sample is drawn from the first 3,000 records of the file, less the annotated ones
(`news_sample.annotated`: run from the repository root).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
from pathlib import Path

from news_sample import annotated

from rasd.pipeline import Pipeline
from rasd.quotes.records import quote_rows, speaker_label
from rasd.text.readers import Failure, Fields, jsonl_records, read_records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--news", type=Path, default=Path("../shared/data/news/ant-multisource.jsonl.gz")
    )
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("-n", type=int, default=12)
    parser.add_argument("--field", action="append", default=[], help="KEY=NAME, e.g. text=content")
    args = parser.parse_args()
    known = annotated()  # never an annotated article: the check parts are not read
    with gzip.open(args.news, "rt", encoding="utf-8") as f:
        lines = [line for line in itertools.islice(f, 3000) if not _annotated(line, known)]
    picked = random.Random(args.seed).sample(lines, min(args.n, len(lines)))
    fields = Fields().with_overrides(dict(item.split("=", 1) for item in args.field))
    nlp = Pipeline([n for n in ("text", "ner", "quotes")])
    for doc in read_records(jsonl_records(picked, str(args.news)), str(args.news), fields):
        if isinstance(doc, Failure):
            continue
        print(f"### {doc.title}")
        for row in quote_rows(nlp(doc)):
            print(f"  [{row['kind']}] {speaker_label(row)} | {row['cue'] or ''} | {row['quote']}")


def _annotated(line: str, known: set[str]) -> bool:
    record = json.loads(line)
    return record.get("id") in known or record.get("url") in known


if __name__ == "__main__":
    main()
