"""Classes of the required gold events Rasd misses on development folds 0 and 1 (issue 13).

The event scorer pairs a prediction with a gold event when the type matches and one
source or target name overlaps; a gold event left unpaired is a miss. Each miss is
sorted by what Rasd codes in the sentence holding the gold evidence:

- sides: an event of the gold type is kept there, but its sides name neither gold
  side (or it was paired with another gold event);
- filtered: the rules code the type there, but the event is dropped: by a flag
  (negated, background, future, hypothetical) or by the confidence filter
  ("confidence");
- wrong type: events of other types are kept there, none of the gold type;
- wrong type, filtered: only dropped events of other types;
- no trigger: nothing is coded in the sentence, even before any filter;
- no sentence: the evidence is not found in the article's text.

Development folds 0 and 1 only are read: fold 2 confirms rules by its totals
(`pooled_scores.py`), and the check folds are never read.

Usage: python benchmarks/event_misses.py [--folds 0,1] [--list] [--sets ../shared/gold
       benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

from rasd.document import Document, Event
from rasd.evaluate.gold import _event_similarity, _pairs, development_articles
from rasd.events.extract import EventExtractor
from rasd.pipeline import Pipeline

READABLE = {0, 1}
FLAGS = ("negated", "background", "future", "hypothetical", "unlikely")


def loose_extractor() -> EventExtractor:
    """The event stage with every filter off: what the rules code before dropping."""
    return EventExtractor(keep_negated=True, keep_background=True, confidence=False)


def evidence_sentence(doc: Document, evidence: str) -> int | None:
    """The sentence holding the start of the gold evidence."""
    at = doc.text.find(evidence[:40])
    if at < 0:
        return None
    return next((i for i, s in enumerate(doc.sentences) if s.start <= at < s.end), None)


def _dropped_by(event: Event) -> str:
    flags = [k for k in FLAGS if event.attrs.get(k)]
    return "+".join(flags) if flags else "confidence"


def classify(
    kept: list[Event], coded: list[Event], gold: dict[str, Any], sentence: int | None
) -> tuple[str, str]:
    """The class of one missed gold event and a detail (the types or flags seen)."""
    if sentence is None:
        return "no sentence", ""
    here = [e for e in kept if e.sentence == sentence]
    if any(e.type == gold["type"] for e in here):
        return "sides", ""
    before = [e for e in coded if e.sentence == sentence]
    same = [e for e in before if e.type == gold["type"]]
    if same:
        return "filtered", _dropped_by(same[0])
    if here:
        return "wrong type", ",".join(sorted({e.type for e in here}))
    if before:
        return "wrong type, filtered", ",".join(sorted({e.type for e in before}))
    return "no trigger", ""


def misses(
    doc: Document, gold: dict[str, Any], loose: EventExtractor
) -> list[tuple[str, str, dict[str, Any], int | None]]:
    """Each missed required gold event of an analysed article with its class."""
    kept = doc.events or []
    required = [g for g in gold.get("events", []) if not g.get("optional")]
    paired = {j for _, j in _pairs(kept, required, lambda e, g: _event_similarity(doc, e, g))}
    if len(paired) == len(required):
        return []
    coded = loose(replace(doc, events=None)).events or []
    out = []
    for j, g in enumerate(required):
        if j in paired:
            continue
        sentence = evidence_sentence(doc, g["evidence"])
        kind, detail = classify(kept, coded, g, sentence)
        out.append((kind, detail, g, sentence))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default="0,1", help="development folds, comma-separated")
    parser.add_argument("--list", action="store_true", help="print each miss")
    parser.add_argument(
        "--sets",
        nargs="+",
        type=Path,
        default=[Path("../shared/gold"), Path("benchmarks/news-gold")],
    )
    args = parser.parse_args()
    folds = {int(f) for f in args.folds.split(",") if f.strip()}
    if not folds <= READABLE:
        parser.error("only development folds 0 and 1 are read")
    nlp = Pipeline()
    loose = loose_extractor()
    by_class: Counter[str] = Counter()
    by_type: Counter[tuple[str, str]] = Counter()
    dropped: Counter[str] = Counter()  # what dropped the "filtered" ones
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in folds:
                continue
            doc = nlp(doc)
            for kind, detail, g, sentence in misses(doc, gold, loose):
                by_class[kind] += 1
                by_type[(kind, g["type"])] += 1
                if kind == "filtered":
                    dropped[detail] += 1
                if args.list:
                    context = doc.slice(doc.sentences[sentence]) if sentence is not None else ""
                    sides = " / ".join("|".join(g[s][:2] or ["-"]) for s in ("source", "target"))
                    print(
                        f"{kind}\t{detail}\t{g['type']}\t{sides}\t{gold['id']}\t"
                        + context.replace("\n", " ")[:200]
                    )
    print(f"dev folds {sorted(folds)}: {sum(by_class.values())} required gold events missed")
    for kind, n in by_class.most_common():
        types = ", ".join(f"{t} {m}" for (k, t), m in by_type.most_common() if k == kind)
        print(f"{kind:22} {n:4}   {types}")
    print("filtered by: " + ", ".join(f"{k} {n}" for k, n in dropped.most_common()))


if __name__ == "__main__":
    main()
