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

`--alone` lists the misses whose sentence, analysed alone, codes the gold event: the
article loses them (merging, the side ranker, the article's filters). `--dropped`
counts what each filter drops from the rules' events: events a required gold event
pairs with that the kept events miss (the filter's cost), or already found, or only
optional, or spurious (the filter's gain).

Development folds 0 and 1 only are read: fold 2 confirms rules by its totals
(`pooled_scores.py`), and the check folds are never read.

Usage: python benchmarks/event_misses.py [--folds 0,1] [--list] [--alone] [--dropped]
       [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace
from typing import Any

from annotated_sets import add_sets_option

from rasd.document import Document, Event
from rasd.evaluate.gold import _event_similarity, _pairs, development_articles
from rasd.events.extract import EventExtractor
from rasd.pipeline import Pipeline

READABLE = {0, 1}


def readable_folds(parser: argparse.ArgumentParser, folds: str) -> set[int]:
    """The folds of `--folds`; anything but development folds 0 and 1 is refused."""
    chosen = {int(f) for f in folds.split(",") if f.strip()}
    if not chosen <= READABLE:
        parser.error("only development folds 0 and 1 are read")
    return chosen


FLAGS = ("negated", "background", "future", "hypothetical", "unlikely")


def loose_extractor() -> EventExtractor:
    """The event stage with every filter off: what the rules code before dropping."""
    return EventExtractor(keep_negated=True, keep_background=True, confidence=False)


def flagged_extractor() -> EventExtractor:
    """The event stage keeping what its filters drop, each marked by its flag (the
    confidence filter's by "unlikely")."""
    return EventExtractor(keep_negated=True, keep_background=True)


def evidence_sentence(doc: Document, evidence: str) -> int | None:
    """The sentence holding the start of the gold evidence."""
    at = doc.text.find(evidence[:40])
    if at < 0:
        return None
    return next((i for i, s in enumerate(doc.sentences) if s.start <= at < s.end), None)


def _dropped_by(event: Event) -> str:
    flags = [k for k in FLAGS if event.attrs.get(k)]
    return "+".join(flags) if flags else "confidence"


def _sides_read(doc: Document, events: list[Event], kind: str) -> str:
    """The sides Rasd gave the kept events of the gold type, to read beside the gold's."""
    return "; ".join(
        " / ".join(doc.slice(m) if m is not None else "-" for m in (e.source, e.target))
        for e in events
        if e.type == kind
    )


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
        if kind == "sides":
            here = [e for e in kept if e.sentence == sentence]
            detail = _sides_read(doc, here, g["type"])
        out.append((kind, detail, g, sentence))
    return out


def coded_alone(nlp: Pipeline, doc: Document, sentence: int, gold: dict[str, Any]) -> bool:
    """Whether the sentence, analysed as an article of its own (the article's section
    kept), codes an event the scorer pairs with the gold event."""
    span = doc.sentences[sentence]
    alone = nlp(Document(text=doc.slice(span), meta=dict(doc.meta)))
    return any(_event_similarity(alone, e, gold) for e in alone.events or [])


def labelled_drops(
    doc: Document, gold: dict[str, Any], coded: list[Event]
) -> list[tuple[str, Event]]:
    """Each event the filters drop (`coded` by `flagged_extractor`) with what the gold says
    of it: "missed" (a required gold event the kept events leave unpaired), "found" (one
    they pair), "optional", or "spurious"."""
    kept = doc.events or []
    required = [g for g in gold.get("events", []) if not g.get("optional")]
    optional = [g for g in gold.get("events", []) if g.get("optional")]
    paired = {j for _, j in _pairs(kept, required, lambda e, g: _event_similarity(doc, e, g))}
    out = []
    for e in coded:
        if not any(e.attrs.get(k) for k in FLAGS):
            continue
        hits = {j for j, g in enumerate(required) if _event_similarity(doc, e, g)}
        if hits - paired:
            label = "missed"
        elif hits:
            label = "found"
        elif any(_event_similarity(doc, e, g) for g in optional):
            label = "optional"
        else:
            label = "spurious"
        out.append((label, e))
    return out


def dropped_labels(doc: Document, gold: dict[str, Any], coded: list[Event]) -> Counter[str]:
    """The drops of `labelled_drops` counted by their filter and label."""
    return Counter(f"{_dropped_by(e)}\t{label}" for label, e in labelled_drops(doc, gold, coded))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default="0,1", help="development folds, comma-separated")
    parser.add_argument("--list", action="store_true", help="print each miss")
    parser.add_argument(
        "--alone", action="store_true", help="print the misses coded in their sentence alone"
    )
    parser.add_argument("--dropped", action="store_true", help="count what the filters drop")
    add_sets_option(parser)
    args = parser.parse_args()
    folds = readable_folds(parser, args.folds)
    nlp = Pipeline()
    loose = loose_extractor()
    flagged = flagged_extractor() if args.dropped else None
    by_class: Counter[str] = Counter()
    by_type: Counter[tuple[str, str]] = Counter()
    dropped: Counter[str] = Counter()  # what dropped the "filtered" ones
    alone: Counter[str] = Counter()  # the misses coded in their sentence alone, by class
    filters: Counter[str] = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in folds:
                continue
            doc = nlp(doc)
            if flagged is not None:
                coded = flagged(replace(doc, events=None)).events or []
                filters += dropped_labels(doc, gold, coded)
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
                if args.alone and sentence is not None and coded_alone(nlp, doc, sentence, g):
                    alone[kind] += 1
                    context = doc.slice(doc.sentences[sentence]).replace("\n", " ")
                    print(f"alone\t{kind}\t{g['type']}\t{gold['id']}\t{context[:200]}")
    print(f"dev folds {sorted(folds)}: {sum(by_class.values())} required gold events missed")
    for kind, n in by_class.most_common():
        types = ", ".join(f"{t} {m}" for (k, t), m in by_type.most_common() if k == kind)
        print(f"{kind:22} {n:4}   {types}")
    print("filtered by: " + ", ".join(f"{k} {n}" for k, n in dropped.most_common()))
    if args.alone:
        print(
            f"coded in their sentence alone: {sum(alone.values())} ("
            + ", ".join(f"{k} {n}" for k, n in alone.most_common())
            + ")"
        )
    if args.dropped:
        print("dropped by\tmissed\tfound\toptional\tspurious")
        for flag in sorted({k.split("\t")[0] for k in filters}):
            counts = [filters[f"{flag}\t{x}"] for x in ("missed", "found", "optional", "spurious")]
            print(flag + "\t" + "\t".join(map(str, counts)))


if __name__ == "__main__":
    main()
