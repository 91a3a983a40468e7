"""The bare words an actor's title would take as its holder's name (`actors.ActorFinder.
_with_name`: "وزير الخارجية الفرنسي [جان مارك إيرولت]"), for reading: each extension
with the words after it, on dev folds 0-1 of both annotated sets or on unseen news.
The extension is switched on while it runs (`actors.TITLES_TAKE_NAMES`; it is off
where the entity layer has run).

Usage: python benchmarks/title_names.py [--folds 0,1]
       python benchmarks/title_names.py --seeds 10760-10764 [-n 200]

The first form reads the development folds (fold 2 confirms and the check part is never
read); the second draws unseen articles as `event_diff.py` does.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from news_sample import analyze_record, drawn_records

from rasd.evaluate.gold import development_articles
from rasd.events import actors
from rasd.pipeline import Pipeline

SETS = (Path("../shared/gold"), Path("benchmarks/news-gold"))


def _watch() -> list[str]:
    """Record every extension `_with_name` makes as "title [name] | sentence"."""
    seen: list[str] = []
    original = actors.ActorFinder._with_name

    def with_name(self, words, group, starts, tagged):  # type: ignore[no-untyped-def]
        out = original(self, words, group, starts, tagged)
        if out[-1][1] != group[-1][1]:
            title = " ".join(w.surface for w in words[group[0][0] : group[-1][1]])
            name = " ".join(w.surface for w in words[group[-1][1] : out[-1][1]])
            after = " ".join(w.surface for w in words[out[-1][1] : out[-1][1] + 4])
            seen.append(f"{title} [{name}] {after}")
        return out

    actors.ActorFinder._with_name = with_name  # type: ignore[method-assign]
    actors.TITLES_TAKE_NAMES = True
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default="0,1", help="development folds (not 2, 3, 4)")
    parser.add_argument("--seeds", default="", help="unseen news instead, e.g. 10760-10764")
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("-n", type=int, default=200, help="unseen articles per seed")
    args = parser.parse_args()
    seen = _watch()
    nlp = Pipeline()
    if args.seeds:
        for seed, _, record in drawn_records(args.news, args.seeds, args.n):
            analyze_record(nlp, record)
            for line in seen:
                print(f"{seed}\t{record.get('id')}\t{line}")
            seen.clear()
        return
    folds = {int(f) for f in args.folds.split(",")} & {0, 1}
    for gold_dir in SETS:
        for gold, doc, fold in development_articles(gold_dir):
            if fold in folds:
                nlp(doc)
                for line in seen:
                    print(f"{gold['id']}\t{line}")
                seen.clear()


if __name__ == "__main__":
    main()
