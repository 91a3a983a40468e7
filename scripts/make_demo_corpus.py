"""Rebuild src/rasd/samples/demo.jsonl.gz from ../shared (the sample article + 300 ANT articles).

Usage: python scripts/make_demo_corpus.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from pathlib import Path

CATEGORIES = {"middleEast", "internationalNews", "politics", "world"}
PER_SOURCE = 60


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--out", type=Path, default=Path("src/rasd/samples/demo.jsonl.gz"))
    args = parser.parse_args()
    seed = (args.shared / "seed/000_2514444d647d30b0.txt").read_text(encoding="utf-8")
    title, _, body = seed.partition("\n\n")
    sample = {"id": "sample", "title": title.strip(), "text": body, "source": "sample"}
    # Gold articles stay out of the demo corpus so demos never look better than they are.
    gold_urls = {
        re.search(r"<URL>(.*?)</URL>", p.read_text(encoding="utf-8")).group(1)  # type: ignore[union-attr]
        for p in (args.shared / "gold/articles").glob("*.txt")
    }
    rows = []
    with gzip.open(args.shared / "data/news/ant-multisource.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if (
                r.get("cat") in CATEGORIES
                and r["url"] not in gold_urls
                and 800 < len(r.get("text", "")) < 6000
            ):
                rows.append(r)
    random.Random(7).shuffle(rows)
    taken: dict[str, int] = {}
    picked = []
    for r in rows:
        if taken.get(r["src"], 0) < PER_SOURCE:
            taken[r["src"]] = taken.get(r["src"], 0) + 1
            picked.append(r)
    picked.sort(key=lambda r: r["time"])
    with gzip.open(args.out, "wt", encoding="utf-8", compresslevel=9) as out:
        for r in [sample, *picked]:
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
