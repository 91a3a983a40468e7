"""Predicted event sides that are a place, on development folds 0-1 of both annotated
sets (issue 13): for each kept event whose source or target starts at a place name
(a LOC entity), how the scorer labels the event (paired with a required gold event,
optional, spurious), how the place stands against the gold events of its type in
the sentence (the gold side, the gold `where`, neither) and how the place is
attached (after في/قرب/داخل …, right after the trigger, other), and whether the
rules chose it or the side ranker filled it ("ranked"). Folds 0 and 1 only.

Usage: python benchmarks/place_sides.py [--folds 0,1] [--list] [--sets ../shared/gold
       benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
from collections import Counter
from typing import Any

from annotated_sets import add_sets_option

from rasd.document import Document, Event, Mention
from rasd.evaluate.gold import _names_overlap, _speaker_names, development_articles, event_labels
from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key

_LOCATIVE = {"في", "وفي", "قرب", "بقرب", "داخل", "بالقرب", "أمام", "عند", "وسط", "شمال", "جنوب"}
LABELS = {True: "paired", None: "optional", False: "spurious"}


def _place(doc: Document, side: Mention | None) -> bool:
    """Whether the side opens with a place name."""
    return side is not None and any(
        e.label == "LOC" and e.start <= side.start < e.end for e in doc.entities or []
    )


def attachment(doc: Document, event: Event, side: Mention) -> str:
    """How the place hangs on the sentence: the word before it."""
    before = doc.text[max(0, side.start - 40) : side.start].split()
    prev = match_key(before[-1]) if before else ""
    if prev in _LOCATIVE or (len(before) > 1 and match_key(before[-2]) in _LOCATIVE):
        return "locative"
    if event.start <= side.start <= event.end + 1 or side.start - event.end < 3:
        return "after trigger"
    if side.start < event.start:
        return "before trigger"
    return "other"


def standing(doc: Document, event: Event, side: Mention, gold: dict[str, Any]) -> str:
    """The place against the gold events of the same type in the sentence."""
    names = _speaker_names(side, doc)
    sentence = doc.slice(doc.sentences[event.sentence])
    same = [g for g in gold.get("events", []) if g["type"] == event.type]
    same = [g for g in same if g["evidence"][:30] in sentence] or same
    if any(_names_overlap(names, g["source"] + g["target"]) for g in same):
        return "gold side"
    if any(g.get("where") and _names_overlap(names, [g["where"]]) for g in same):
        return "gold where"
    return "neither"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default="0,1", help="development folds 0 and/or 1")
    add_sets_option(parser)
    parser.add_argument("--list", action="store_true", help="print each place side")
    args = parser.parse_args()
    # folds 0-1 only: fold 2 confirms by its totals, the check folds are never read
    folds = {int(f) for f in args.folds.split(",") if f.strip()} & {0, 1}
    nlp = Pipeline()
    counts: Counter[tuple[str, ...]] = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in folds:
                continue
            doc = nlp(doc)
            labels, _ = event_labels(doc, gold)
            for event, label in zip(doc.events or [], labels, strict=True):
                for name in ("source", "target"):
                    side = getattr(event, name)
                    if side is None or not _place(doc, side):
                        continue
                    key = (name, event.type, LABELS[label], standing(doc, event, side, gold))
                    how = attachment(doc, event, side)
                    how += " ranked" if side.attrs.get("ranked") else " rule"
                    counts[(*key, how)] += 1
                    if args.list:
                        context = doc.slice(doc.sentences[event.sentence]).replace("\n", " ")
                        other = event.target if name == "source" else event.source
                        said = doc.slice(other) if other else "-"
                        print(*key, how, doc.slice(side), said, doc.slice(event), context, sep="\t")
    for key, n in counts.most_common():
        print(n, *key, sep="\t")


if __name__ == "__main__":
    main()
