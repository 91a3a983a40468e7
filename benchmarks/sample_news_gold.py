"""Draw unseen ANT articles for hand annotation, written as TREC files like ../shared/gold.

The sample mirrors the gold articles: mostly Middle East and international news, a few
economy and sport reports, 2,000-6,500 characters of text. Records the audits read
(`sample_quotes.py` draws from the first 3,000 lines) and the gold articles are skipped,
so no rule of Rasd was written while reading the sample.

Usage: python benchmarks/sample_news_gold.py --out benchmarks/news-gold/articles
       [--news ../shared/data/news/ant-multisource.jsonl.gz] [--seed 20261202] [-n 30]
       [--source alarabia --source skynews]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

SKIP_FIRST = 3000
MIN_CHARS, MAX_CHARS = 2000, 6500
SHARE_BY_SECTION = {"middleEast": 0.45, "internationalNews": 0.4, "economy": 0.1, "sport": 0.05}
SOURCE_PREFIX = {"alarabia": "AL", "BBC": "BB", "CNN": "CN", "france24": "FR", "skynews": "SK"}


def trec(record: dict[str, str]) -> str:
    fields = (
        f"<DOCNO>{record['id']}</DOCNO>",
        f"<URL>{record['url']}</URL>",
        f"<SRC>{record['src']}</SRC>",
        f"<CAT>{record['cat']}</CAT>",
        f"<TITLE>{record['title']}</TITLE>",
        f"<TIME>{record['time']}</TIME>",
        f"<AUTHOR>{record.get('author') or ''}</AUTHOR>",
        f"<ABSTRACT>\n{record.get('abstract') or ''}\n</ABSTRACT>",
        f"<TEXT>\n{record['text']}\n</TEXT>",
    )
    return "<DOC>\n" + "\n".join(fields) + "\n</DOC>\n"


def eligible(news: Path, gold_ids: set[str], sources: set[str]) -> dict[str, list[dict[str, str]]]:
    by_section: dict[str, list[dict[str, str]]] = {s: [] for s in SHARE_BY_SECTION}
    with gzip.open(news, "rt", encoding="utf-8") as f:
        for number, line in enumerate(f):
            if number < SKIP_FIRST:
                continue
            record = json.loads(line)
            if (
                record["cat"] in by_section
                and record["src"] in sources
                and record["id"] not in gold_ids
                and MIN_CHARS <= len(record.get("text") or "") <= MAX_CHARS
            ):
                by_section[record["cat"]].append(record)
    return by_section


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--news", type=Path, default=Path("../shared/data/news/ant-multisource.jsonl.gz")
    )
    parser.add_argument("--gold", type=Path, default=Path("../shared/gold"))
    parser.add_argument("--seed", type=int, default=20261202)
    parser.add_argument("-n", type=int, default=30)
    parser.add_argument(
        "--source", action="append", choices=sorted(SOURCE_PREFIX), help="only these sources"
    )
    args = parser.parse_args()
    # Articles already drawn are skipped, so a later draw with another seed adds new ones.
    gold_ids = {p.stem for p in args.gold.glob("*.json")} | {p.stem for p in args.out.glob("*.txt")}
    rng = random.Random(args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    sources = set(args.source or SOURCE_PREFIX)
    for section, records in eligible(args.news, gold_ids, sources).items():
        for record in rng.sample(records, round(args.n * SHARE_BY_SECTION[section])):
            (args.out / f"{record['id']}.txt").write_text(trec(record), encoding="utf-8")
            print(record["id"])


if __name__ == "__main__":
    main()
