"""Actors of two countries that `sides.adjacent_groups` now keeps apart
(`sides._other_country`), on dev folds 0-1 of both annotated sets (the check part and
the confirm fold are never read): each pair the old code joined into one side
("الصين الولايات المتحدة"), with its sentence, for reading the class.

Usage: python benchmarks/country_joins.py [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rasd.evaluate.gold import development_articles
from rasd.events import sides
from rasd.pipeline import Pipeline

FOLDS = (0, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sets",
        nargs="+",
        type=Path,
        default=[Path("../shared/gold"), Path("benchmarks/news-gold")],
    )
    args = parser.parse_args()
    found: list[str] = []
    rule = sides._other_country

    def logged(prev: tuple, span: tuple, words: list) -> bool:
        split = rule(prev, span, words)
        if split:
            text = " ".join(w.surface for w in words)
            a = " ".join(w.surface for w in words[prev[0] : prev[1]])
            b = " ".join(w.surface for w in words[span[0] : span[1]])
            found.append(f"[{a}] | [{b}]\t{text}")
        return split

    sides._other_country = logged
    nlp = Pipeline()
    for gold_dir in args.sets:
        for _, doc, fold in development_articles(gold_dir):
            if fold in FOLDS:
                nlp(doc)
    for line in dict.fromkeys(found):
        print(line)
    print(f"dev folds {list(FOLDS)}: {len(dict.fromkeys(found))} pairs kept apart")


if __name__ == "__main__":
    main()
