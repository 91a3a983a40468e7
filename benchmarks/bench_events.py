"""Time of the events stage against the rest of `rasd analyze` (default stages), one core.

Usage: python benchmarks/bench_events.py [--news ../shared/data/news/ant-multisource.jsonl.gz] [-n 500]

Each stage of the default pipeline is timed separately on the same articles, so the
figure is what the events stage adds to the time `rasd analyze` spends on them.
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
    types: Counter[str] = Counter()
    for doc in docs:
        for name, component in nlp.components:
            start = time.perf_counter()
            doc = component(doc)
            seconds[name] += time.perf_counter() - start
        types.update(e.type for e in doc.events or [])
    others = sum(s for name, s in seconds.items() if name != "events")
    print(
        json.dumps(
            {
                "articles": len(docs),
                "stages": {k: round(v, 2) for k, v in seconds.items()},
                "events_found": sum(types.values()),
                "events_by_type": dict(types.most_common()),
                "events_ms_per_article": round(1000 * seconds["events"] / len(docs), 2),
                "events_share_of_rest": round(seconds["events"] / others, 3),
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
