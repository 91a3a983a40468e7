"""Scores of both annotated sets pooled, from `rasd eval gold DIR --folds --json` outputs.

Rules are chosen on the development parts of ../shared/gold and benchmarks/news-gold
together (385 articles), and the check parts are reported together too (174 articles);
this prints micro-averaged precision, recall and F1 per layer over one part of all the
given outputs. Usage:

    rasd eval gold ../shared/gold --folds --json > /tmp/gold.json
    rasd eval gold benchmarks/news-gold --folds --json > /tmp/news.json
    python benchmarks/pooled_scores.py --part dev /tmp/gold.json /tmp/news.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from subset_scores import subset_scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("scores", type=Path, nargs="+", help="rasd eval gold … --json outputs")
    parser.add_argument("--part", choices=("dev", "check", "all"), default="check")
    parser.add_argument(
        "--folds",
        default="",
        help="only these folds of the part, comma-separated (e.g. 2: a development fold "
        "kept to confirm rules chosen on the others)",
    )
    args = parser.parse_args()
    articles = {}
    for number, path in enumerate(args.scores):
        results = json.loads(path.read_text(encoding="utf-8"))["articles"]
        # Two sets may share an id; the file's position keeps their articles apart.
        articles.update({f"{number}:{aid}": article for aid, article in results.items()})
    folds = {int(f) for f in args.folds.split(",") if f.strip()}
    ids = [
        aid
        for aid, a in articles.items()
        if args.part in ("all", a.get("part")) and (not folds or a.get("fold") in folds)
    ]
    where = f", folds {sorted(folds)}" if folds else ""
    print(f"{len(ids)} articles, part {args.part}{where}")
    for layer, s in subset_scores(articles, ids).items():
        print(f"{layer:18} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")


if __name__ == "__main__":
    main()
