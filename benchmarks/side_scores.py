"""Sides of the events the scorer pairs with gold ones, on the development part of both
annotated sets (the check part is never read).

The event scorer counts an event right when its type matches and any one source or
target name overlaps a gold one, so a wrong side mostly hides there. This judges each
side of each paired event against the gold event's lists: right (overlaps the gold
side), swapped (overlaps the gold event's other side), wrong (overlaps neither),
extra (the gold side is empty), missing (none predicted, the gold side named), and
prints side precision (right / predicted), recall (right / gold) and F1 per side.
`--list` also prints each swapped, wrong, extra or missing side with its event's
evidence (read it for folds 0-1 only: fold 2 confirms).

Usage: python benchmarks/side_scores.py [--folds 0,1] [--list] [--sets ../shared/gold
       benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from annotated_sets import add_sets_option

from rasd.document import Document, Event
from rasd.evaluate.gold import (
    _event_similarity,
    _names_overlap,
    _pairs,
    _speaker_names,
    development_articles,
)
from rasd.pipeline import Pipeline

SIDES = ("source", "target")


def verdict(doc: Document, event: Event, gold: dict[str, Any], side: str) -> str:
    """How one side of a paired event stands against the gold event."""
    other = SIDES[1 - SIDES.index(side)]
    mention = getattr(event, side)
    if mention is None:
        return "missing" if gold[side] else "absent"
    names = _speaker_names(mention, doc)
    if _names_overlap(names, gold[side]):
        return "right"
    if _names_overlap(names, gold[other]):
        return "swapped"
    return "wrong" if gold[side] else "extra"


def judged_events(
    nlp: Pipeline, sets: Iterable[str], folds: Iterable[int]
) -> Iterator[tuple[Document, Event, list[str]]]:
    """Every predicted event of the development articles of `folds`, with the verdicts
    of its source and target against the gold event it pairs with ("unpaired" when none)."""
    wanted = set(folds)
    for gold_dir in sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in wanted:
                continue
            doc = nlp(doc)
            events = doc.events or []
            required = [g for g in gold.get("events", []) if not g.get("optional")]
            paired = dict(
                _pairs(events, required, lambda ev, g, d=doc: _event_similarity(d, ev, g))
            )
            for i, event in enumerate(events):
                g = required[paired[i]] if i in paired else None
                yield doc, event, [verdict(doc, event, g, s) if g else "unpaired" for s in SIDES]


def _count(
    doc: Document, gold: dict[str, Any], counts: dict[str, Counter[str]], listing: bool
) -> None:
    events = doc.events or []
    required = [g for g in gold.get("events", []) if not g.get("optional")]
    for i, j in _pairs(events, required, lambda ev, g: _event_similarity(doc, ev, g)):
        for side in SIDES:
            v = verdict(doc, events[i], required[j], side)
            counts[side][v] += 1
            if listing and v not in ("right", "absent"):
                print(_line(doc, events[i], required[j], side, v))


def _line(doc: Document, event: Event, gold: dict[str, Any], side: str, v: str) -> str:
    """One side that is not right: the verdict, what was predicted (marked * when the
    side ranker filled a side the rules left empty) and the event's other side, the
    gold sides, the evidence and its sentence."""
    mention = getattr(event, side)
    said = doc.slice(mention) if mention is not None else "-"
    if mention is not None and mention.attrs.get("ranked"):
        said += "*"
    other = getattr(event, SIDES[1 - SIDES.index(side)])
    said += f" (other: {doc.slice(other) if other is not None else '-'})"
    sides = " / ".join("|".join(gold[s] or ["-"]) for s in SIDES)
    context = doc.slice(doc.sentences[event.sentence]).replace("\n", " ")
    return f"{side} {v}\t{event.type}\t{said}\tgold {sides}\t{doc.slice(event)}\t{context}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default="0,1", help="development folds, comma-separated")
    add_sets_option(parser)
    parser.add_argument("--list", action="store_true", help="print each side not right")
    args = parser.parse_args()
    folds = {int(f) for f in args.folds.split(",") if f.strip()}
    nlp = Pipeline()
    counts: dict[str, Counter[str]] = {side: Counter() for side in SIDES}
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in folds:
                continue
            _count(nlp(doc), gold, counts, args.list)
    print(f"dev folds {sorted(folds)}: sides of the paired events")
    for side, c in counts.items():
        predicted = c["right"] + c["swapped"] + c["wrong"] + c["extra"]
        named = c["right"] + c["swapped"] + c["wrong"] + c["missing"]
        p = c["right"] / predicted if predicted else 0.0
        r = c["right"] / named if named else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        detail = " ".join(f"{k} {c[k]}" for k in ("right", "swapped", "wrong", "extra", "missing"))
        print(f"{side:7} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}   ({detail})")


if __name__ == "__main__":
    main()
