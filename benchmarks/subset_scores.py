"""Scores of a subset of articles from `rasd eval gold DIR --folds --json` output.

news-gold's check part grew from 36 to 156 articles on 2026-12-02; the two lists in
benchmarks/news-gold (check-36.txt, check-fresh-120.txt) give the figures of the earlier
check part and of the 120 articles added, for comparison with earlier figures. Usage:

    rasd eval gold benchmarks/news-gold --folds --json > /tmp/news.json
    python benchmarks/subset_scores.py /tmp/news.json benchmarks/news-gold/check-36.txt
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

LAYERS = ("entities", "quotes_span", "quotes_attributed", "events")


def subset_scores(articles: dict, ids: list[str]) -> dict[str, dict[str, float]]:
    """Micro-averaged precision, recall and F1 per layer over the listed articles."""
    scores = {}
    for layer in LAYERS:
        counts = [articles[i]["scores"][layer] for i in ids]
        tp = sum(c["tp"] for c in counts)
        predicted = sum(c["predicted"] for c in counts)
        gold = sum(c["gold"] for c in counts)
        p = tp / predicted if predicted else 0.0
        r = tp / gold if gold else 0.0
        scores[layer] = {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scores", type=Path, help="rasd eval gold … --json output")
    parser.add_argument("ids", type=Path, help="a file of article ids, one per line")
    args = parser.parse_args()
    articles = json.loads(args.scores.read_text(encoding="utf-8"))["articles"]
    ids = [line.strip() for line in args.ids.read_text(encoding="utf-8").splitlines()]
    missing = [i for i in ids if i and i not in articles]
    if missing:
        raise SystemExit(f"{len(missing)} listed articles are not in the scores: {missing[:3]}")
    print(f"{len([i for i in ids if i])} articles")
    for layer, s in subset_scores(articles, [i for i in ids if i]).items():
        print(f"{layer:18} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")


if __name__ == "__main__":
    main()
