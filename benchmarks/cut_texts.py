"""Crash search: real news articles cut at awkward points, run through the default pipeline.

Usage: python benchmarks/cut_texts.py [--news ../shared/data/news] [-n 100] [--seed 14]

Whole records rarely crash the pipeline; texts cut right after a comma, colon, quotation
mark or full stop, cut mid-text, started mid-text, or with the title cut do (readers
stop at a bound, pasted snippets end anywhere). For each of `-n` records per news file
(drawn by `--seed`) five cut variants are analysed as `rasd analyze` does. Prints the
count of texts and, per crash site (exception, file:line, function), how many crashed
and the first one's record, variant and traceback. Exit status 1 on any crash. Each new
seed may find a new site: run several.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import traceback
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from news_sample import record_text

from rasd.pipeline import Pipeline
from rasd.text.readers import Article, to_document

_MARKS = re.compile(r'[،,:"«»“”\'؛.]')


def cut_variants(text: str, title: str, rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """(variant, text, title): the cuts of one article."""
    ends = [m.end() for m in _MARKS.finditer(text)]
    if not ends:
        return
    yield "after_mark", text[: rng.choice(ends)], title
    yield "after_mark_stripped", text[: rng.choice(ends)].rstrip(), title
    yield "mid_text", text[: rng.randrange(1, len(text) + 1)], title
    yield "starts_after_mark", text[rng.choice(ends) :], title
    yield "title_cut", text, title[: rng.randrange(0, len(title) + 1)]


def records(news: Path, per_file: int, rng: random.Random) -> Iterator[tuple[str, dict]]:
    for path in sorted(news.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            lines = f.read().splitlines()
        for number in rng.sample(range(len(lines)), min(per_file, len(lines))):
            try:
                yield f"{path.name}#{number}", json.loads(lines[number])
            except json.JSONDecodeError:
                continue  # a truncated line of the crawl


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("-n", type=int, default=100, help="records per news file")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    nlp = Pipeline()
    crashes: dict[str, list[str]] = defaultdict(list)
    analysed = 0
    for where, record in records(args.news, args.n, rng):
        title = str(record.get("title") or "")
        for variant, text, cut_title in cut_variants(record_text(record), title, rng):
            analysed += 1
            try:
                nlp(to_document(Article(text=text, title=cut_title)))
            except Exception as error:  # the search counts every crash, whatever its kind
                frame = traceback.extract_tb(error.__traceback__)[-1]
                site = f"{type(error).__name__} {frame.filename.split('src/')[-1]}:{frame.lineno} {frame.name}"
                crashes[site].append(f"{where} {variant}\n{traceback.format_exc()}")
    print(f"{analysed} cut texts, {sum(map(len, crashes.values()))} crashed")
    for site, cases in crashes.items():
        print(f"\n{len(cases)} × {site}\n{cases[0]}")
    raise SystemExit(1 if crashes else 0)


if __name__ == "__main__":
    main()
