"""Time of each pipeline stage, and what each adds to the rest of `rasd analyze`, one core.

Usage: python benchmarks/bench_stages.py [--news ../shared/data/news/ant-multisource.jsonl.gz] [-n 500]

Every stage of the default pipeline is timed separately on the same articles; for each
stage the output gives its milliseconds per article, its share of the time the other
stages take (`share_of_rest`: the quotes target is < 0.20, the events target < 0.30),
and how many annotations it produced.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import time
from collections import Counter, defaultdict
from pathlib import Path

from rasd.pipeline import Pipeline
from rasd.text.readers import Failure, Fields, jsonl_records, read_records

_LAYERS = {"ner": "entities", "quotes": "quotes", "events": "events", "summary": "summary"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--news", type=Path, default=Path("../shared/data/news/ant-multisource.jsonl.gz")
    )
    parser.add_argument("-n", type=int, default=500)
    args = parser.parse_args()
    with gzip.open(args.news, "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, args.n))
    docs = [
        d
        for d in read_records(jsonl_records(lines, str(args.news)), str(args.news), Fields())
        if not isinstance(d, Failure)
    ]
    nlp = Pipeline()
    seconds: dict[str, float] = defaultdict(float)
    found: Counter[str] = Counter()
    event_types: Counter[str] = Counter()
    for doc in docs:
        for name, component in nlp.components:
            start = time.perf_counter()
            doc = component(doc)
            seconds[name] += time.perf_counter() - start
        for stage, layer in _LAYERS.items():
            found[stage] += len(getattr(doc, layer) or [])
        event_types.update(e.type for e in doc.events or [])
    total = sum(seconds.values())
    stages = {
        name: {
            "ms_per_article": round(1000 * s / len(docs), 2),
            "share_of_rest": round(s / (total - s), 3),
            "annotations": found.get(name),
        }
        for name, s in seconds.items()
    }
    result = {
        "articles": len(docs),
        "stages": stages,
        "events_by_type": dict(event_types.most_common()),
    }
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
