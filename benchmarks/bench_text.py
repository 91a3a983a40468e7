"""Articles per second for read + clean + sentences + tokens (the text layer), one core.

Usage: python benchmarks/bench_text.py [--news ../shared/data/news/ant-multisource.jsonl.gz] [-n 5000]

Reading (JSON parsing and building the Article) is timed with the rest; the input
file is decompressed before the clock starts so disk speed does not count.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import time
from pathlib import Path

from rasd.text.pipe import TextAnalyzer
from rasd.text.readers import Failure, Fields, jsonl_records, read_records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--news", type=Path, default=Path("../shared/data/news/ant-multisource.jsonl.gz")
    )
    parser.add_argument("-n", type=int, default=5000)
    args = parser.parse_args()
    with gzip.open(args.news, "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, args.n))
    analyzer = TextAnalyzer()
    start = time.perf_counter()
    tokens = chars = 0
    for item in read_records(jsonl_records(lines, str(args.news)), str(args.news), Fields()):
        if isinstance(item, Failure):
            continue
        doc = analyzer(item)
        tokens += len(doc.tokens)
        chars += len(doc.text)
    elapsed = time.perf_counter() - start
    print(
        json.dumps(
            {
                "articles": len(lines),
                "seconds": round(elapsed, 2),
                "articles_per_s": round(len(lines) / elapsed, 1),
                "tokens_per_s": round(tokens / elapsed),
                "mean_tokens_per_article": round(tokens / len(lines)),
                "mean_chars_per_article": round(chars / len(lines)),
            }
        )
    )


if __name__ == "__main__":
    main()
