"""Sides grown past their actor, on dev folds 0-1 of both annotated sets (the check
part and the confirm fold are never read).

The event scorer counts a side right when its name and a gold one overlap as strings,
so a side grown over the verb's object or an adverb ("الخاطفون فدية"، "الصين الولايات
المتحدة") still scores and `side_scores.py --list` does not show it. This prints each
side of a paired event whose text holds a gold name of that side and more words, with
the words after the longest such name (empty where only words before it were added, a
title before a name), for reading the class.

Usage: python benchmarks/grown_sides.py [--after] [--sets ../shared/gold
       benchmarks/news-gold]
  --after  only the sides with words after the gold name
"""

from __future__ import annotations

import argparse

from annotated_sets import add_sets_option
from side_scores import SIDES, verdict

from rasd.document import Document, Event
from rasd.evaluate.gold import _event_similarity, _pairs, development_articles, name_key
from rasd.pipeline import Pipeline

FOLDS = (0, 1)


def grown(said: str, names: list[str]) -> str | None:
    """The words after the longest gold name the side holds, or None when it holds
    none or is that name."""
    key = name_key(said)
    held = [n for n in names if name_key(n) and name_key(n) in key]
    if not held or any(name_key(n) == key for n in names):
        return None
    longest = max(held, key=len)
    return said[said.index(longest) + len(longest) :].strip() if longest in said else ""


def _lines(doc: Document, gold: dict) -> list[str]:
    events: list[Event] = doc.events or []
    required = [g for g in gold.get("events", []) if not g.get("optional")]
    out = []
    for i, j in _pairs(events, required, lambda ev, g: _event_similarity(doc, ev, g)):
        for side in SIDES:
            mention = getattr(events[i], side)
            if mention is None:
                continue
            said = doc.slice(mention)
            after = grown(said, required[j][side])
            if after is None:
                continue
            context = doc.slice(doc.sentences[events[i].sentence]).replace("\n", " ")
            out.append(
                f"{side} {verdict(doc, events[i], required[j], side)}\t{events[i].type}"
                f"\t[{said}]\t+[{after}]\tgold {'|'.join(required[j][side])}\t{context}"
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    parser.add_argument("--after", action="store_true", help="only words after the gold name")
    args = parser.parse_args()
    nlp = Pipeline()
    shown = 0
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in FOLDS:
                continue
            for line in _lines(nlp(doc), gold):
                if args.after and "\t+[]\t" in line:
                    continue
                print(line)
                shown += 1
    print(f"dev folds {list(FOLDS)}: {shown} grown sides")


if __name__ == "__main__":
    main()
