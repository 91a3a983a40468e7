"""Response times of the web app over the demo store, in process (no sockets).

Usage: python benchmarks/bench_web.py [--store rasd-demo.db] [-n 50]

Builds the demo store first when it does not exist. Each request is timed with
FastAPI's test client from the request to the full body, after one warm-up call,
so the figures are the app's own time (routing, store queries, templates), not the
network's. Prints median and 95th percentile milliseconds per request.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from fastapi.testclient import TestClient

from rasd.api import create_app
from rasd.store import build_demo_store

REQUESTS = [
    ("GET", "/api/search?q=سوريا"),
    ("GET", "/api/search?q=روسيا&source=CNN&since=2018-01-01"),
    ("GET", "/search?q=سوريا"),
    ("GET", "/article/sample"),
    ("GET", "/api/documents/sample"),
    ("GET", "/speaker?name=كيري"),
    ("GET", "/events"),
    ("GET", "/network"),
    ("GET", "/stories"),
    ("POST", "/api/analyze"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--store", type=Path, default=Path("rasd-demo.db"))
    parser.add_argument("-n", type=int, default=50)
    args = parser.parse_args()
    if not args.store.exists():
        build_demo_store(args.store).close()
    client = TestClient(create_app(args.store))
    sample = client.get("/api/documents/sample").json()
    article = {"title": sample["title"], "text": sample["text"]}
    print(f"{'request':<55} {'median ms':>10} {'p95 ms':>8}")
    for method, url in REQUESTS:
        times = []
        for i in range(args.n + 1):
            start = time.perf_counter()
            answer = client.post(url, json=article) if method == "POST" else client.get(url)
            elapsed = (time.perf_counter() - start) * 1000
            answer.raise_for_status()
            if i:  # the first call warms caches
                times.append(elapsed)
        p95 = statistics.quantiles(times, n=20)[-1]
        print(f"{method + ' ' + url:<55} {statistics.median(times):>10.1f} {p95:>8.1f}")


if __name__ == "__main__":
    main()
