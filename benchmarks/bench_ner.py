"""Tokens per second of the `ner` stage (tagging + entity spans, canonical, role,
country), one core, over news articles the text stage has already analysed.

Usage: python benchmarks/bench_ner.py [--news ../shared/data/news/saudinewsnet.jsonl.gz] [-n 2000]
       [--model /tmp/ner/ner.crfsuite]   # another trained model (its model.json next to it)

The text stage runs before the clock starts. The first pass meets every word form
for the first time (feature cache empty); the second pass over the same articles is
the steady state of a long-running process. Tokens per CPU second are printed next
to wall-clock figures, since the machine may be shared while it runs.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import time
from pathlib import Path

from rasd.ner.model import Tagger
from rasd.ner.stage import EntityRecognizer
from rasd.text.pipe import TextAnalyzer
from rasd.text.readers import Failure, Fields, jsonl_records, read_records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--news", type=Path, default=Path("../shared/data/news/saudinewsnet.jsonl.gz")
    )
    parser.add_argument("-n", type=int, default=2000)
    parser.add_argument("--model", type=Path, help="a crfsuite model instead of the shipped one")
    args = parser.parse_args()
    with gzip.open(args.news, "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, args.n))
    text = TextAnalyzer()
    docs = [
        text(item)
        for item in read_records(jsonl_records(lines, str(args.news)), str(args.news), Fields())
        if not isinstance(item, Failure)
    ]
    tokens = sum(len(d.tokens) for d in docs)
    ner = EntityRecognizer(Tagger(args.model) if args.model else None)
    result: dict[str, object] = {"articles": len(docs), "tokens": tokens}
    for name in ("cold", "warm"):
        start, cpu = time.perf_counter(), time.process_time()
        entities = sum(len(ner(d).entities or ()) for d in docs)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        result[f"{name}_seconds"] = round(elapsed, 2)
        result[f"{name}_tokens_per_s"] = round(tokens / elapsed)
        result[f"{name}_tokens_per_cpu_s"] = round(tokens / cpu)
        result["entities"] = entities
    print(json.dumps(result))


if __name__ == "__main__":
    main()
