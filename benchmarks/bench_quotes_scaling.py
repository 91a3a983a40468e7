"""How the quotes stage grows on pathological text (issue: hostile input).

Each unit is repeated to 10K and 100K characters with no sentence end, the worst case
for a stage that searches to the end of a sentence; the growth factor of a linear
stage is about 10 (target: at most 15).

    python benchmarks/bench_quotes_scaling.py
"""

from __future__ import annotations

import argparse
import time

from rasd.pipeline import Pipeline
from rasd.quotes.extract import QuoteExtractor

UNITS = ('قال "', 'وقال لافروف إن "', "قال: ", "أعلن ", "قال إن ", "بحسب مصادر ", "الذي قال ")


def _seconds(extractor: QuoteExtractor, nlp: Pipeline, unit: str, size: int) -> float:
    text = (unit * (size // len(unit) + 1))[:size]
    doc = nlp.analyze(text)
    start = time.perf_counter()
    extractor(doc)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=10_000)
    parser.add_argument("--large", type=int, default=100_000)
    args = parser.parse_args()
    nlp, extractor = Pipeline(["text"]), QuoteExtractor()
    print(f"| unit | {args.small:,} chars (s) | {args.large:,} chars (s) | growth |")
    print("|---|---|---|---|")
    for unit in UNITS:
        small = _seconds(extractor, nlp, unit, args.small)
        large = _seconds(extractor, nlp, unit, args.large)
        print(f"| `{unit}` | {small:.3f} | {large:.3f} | {large / max(small, 1e-6):.1f}x |")


if __name__ == "__main__":
    main()
