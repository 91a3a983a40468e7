"""Grid search of the summary stage's settings on the DEV split of the ANT abstracts.

Usage: python scripts/tune_summary.py [--data ../shared/data/news/ant-multisource.jsonl.gz] [-n 400]

The test split (four in five articles, by id hash) is never read here; the
chosen values go into `rasd.summarize.stage` by hand.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from rasd.summarize.evaluate import abstract_pairs
from rasd.summarize.rouge import rouge
from rasd.summarize.stage import Summarizer, Weights, load_idf
from rasd.text.search import SearchAnalyzer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--data", type=Path, default=Path("../shared/data/news/ant-multisource.jsonl.gz")
    )
    parser.add_argument("-n", type=int, default=400)
    args = parser.parse_args()
    analyzer, idf = SearchAnalyzer(), load_idf()
    pairs = [
        (doc, analyzer.terms(abstract))
        for doc, abstract in abstract_pairs(args.data, "dev", args.n)
    ]
    results = []
    for title, position, budget in itertools.product(
        [0.0, 0.3, 0.6], [0.5, 1.0, 2.0, 4.0], [25, 35, 45, 60]
    ):
        s = Summarizer(3, budget, weights=Weights(1.0, title, position), analyzer=analyzer, idf=idf)
        total = [0.0, 0.0, 0.0]
        for doc, reference in pairs:
            candidate = [
                t for sp in s.summarize(doc) for t in analyzer.terms(doc.text[sp.start : sp.end])
            ]
            r = rouge(candidate, reference)
            total = [total[0] + r.r1, total[1] + r.r2, total[2] + r.rl]
        results.append(([round(x / len(pairs), 4) for x in total], title, position, budget))
    results.sort(key=lambda r: -sum(r[0]))
    for scores, title, position, budget in results[:10]:
        print(f"R1/R2/RL {scores}  title {title}  position {position}  max_words {budget}")
    print(f"({len(pairs)} dev articles)")


if __name__ == "__main__":
    main()
