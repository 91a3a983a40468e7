"""Sides Rasd gives the arabic-event-gsr span records of one half, against the words
all coders agreed on (as `rasd eval events` matches them).

The halves are those of `rasd.events.gsr`: `train` holds the records whose sentence is
in the train half of the detection split (the side ranker's training records, the ones
rules may be read off); `held` holds all others. Only the train half may be listed or
broken down by verdict: the held-out half prints its match totals alone.

Usage: python benchmarks/gsr_sides.py [--half train|held] [--list] [--type PROTEST]
       [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from rasd.document import Document, Event
from rasd.events.commands import _pipeline
from rasd.events.gsr import GSR, TYPES, _side, _words, read_labelled, split


def _sides(doc: Document, events: list[Event], side: str) -> list[str]:
    return [doc.slice(m) for e in events if (m := getattr(e, side)) is not None]


def verdict(doc: Document, events: list[Event], side: str, gold: set[str]) -> str:
    """right (a side of that type shares a word), wrong (sides, none sharing), none
    (no event of that type gives that side), no event (no event of the type)."""
    if not events:
        return "no event"
    mentions = [m for e in events if (m := getattr(e, side)) is not None]
    if not mentions:
        return "none"
    return "right" if any(_side(doc, m) & gold for m in mentions) else "wrong"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--half", choices=("train", "held"), default="train")
    ap.add_argument("--list", action="store_true", help="print each record (train half only)")
    ap.add_argument("--type", choices=TYPES, action="append")
    ap.add_argument("--shared", type=Path, default=Path("../shared"))
    args = ap.parse_args()
    if args.list and args.half != "train":
        ap.error("only the train half may be listed")
    nlp = _pipeline(False, keep_background=True)
    for event_type in args.type or TYPES:
        name = event_type.lower()
        labelled = read_labelled(args.shared / GSR / f"{name}_gsr.csv")
        train = {r.text for r in split(labelled, dev=False)}
        path = args.shared / GSR / f"{name}_spans.dev.json"
        records = json.loads(path.read_text(encoding="utf-8"))
        counts = {side: Counter[str]() for side in ("source", "target")}
        for rec in records:
            if (rec["text"] in train) != (args.half == "train"):
                continue
            doc = nlp.analyze(rec["text"])
            events = [e for e in doc.events or [] if e.type == event_type]
            lines = []
            for side in ("source", "target"):
                gold = _words(rec.get(f"{side}_gold") or "")
                if not gold:
                    continue
                v = verdict(doc, events, side, gold)
                counts[side][v] += 1
                lines.append(
                    f"  {side} [{v}] gold: {rec[f'{side}_gold']} | rasd: "
                    + " / ".join(_sides(doc, events, side))
                )
            if args.list and lines:
                triggers = " / ".join(doc.text[e.start : e.end] for e in events)
                print(f"{event_type} {rec['_id']}: {rec['text']}")
                print(f"  verb gold: {rec.get('verb_gold')} | rasd evidence: {triggers}")
                print("\n".join(lines))
        for side, c in counts.items():
            total = sum(c.values())
            right = c["right"]
            share = right / total if total else 0.0
            # The held-out half gives its totals alone, as `rasd eval events` does.
            detail = "".join(f", {k} {n}" for k, n in sorted(c.items()) if args.half == "train")
            print(f"{event_type} {args.half} {side}: {share:.3f} ({right}/{total}{detail})")


if __name__ == "__main__":
    main()
