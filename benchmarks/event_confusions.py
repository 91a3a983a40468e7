"""Type confusions of the events on development folds 0 and 1 (issue 13): each required
gold event Rasd misses where, in the same sentence, an event of another type names one
of the gold's sides, printed as gold type, Rasd's type and the word that triggered it.

`benchmarks/event_misses.py` sorts a miss as "wrong type" when any event of another type
is coded in its sentence, which is most often a second act of the sentence; here the
other event must share a side with the gold event, so it is the same act read under
another type. "kept" lines are events Rasd outputs (the label says whether the scorer
pairs them with another gold event: True, an optional one or none: None, or none at
all: False), "dropped" lines events coded before the filters and dropped by them.

Development folds 0 and 1 only are read: fold 2 confirms rules by its totals
(`pooled_scores.py`), and the check folds are never read.

Usage: python benchmarks/event_confusions.py [--folds 0,1] [--list]
       [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace
from typing import Any

from annotated_sets import add_sets_option
from event_misses import evidence_sentence, loose_extractor, readable_folds

from rasd.document import Document, Event
from rasd.evaluate.gold import (
    _event_similarity,
    _names_overlap,
    _pairs,
    _speaker_names,
    development_articles,
    event_labels,
)
from rasd.pipeline import Pipeline


def shares_side(doc: Document, event: Event, gold: dict[str, Any]) -> bool:
    """Whether the event names one of the gold event's sides, as the scorer compares them."""
    names = _speaker_names(event.source, doc) | _speaker_names(event.target, doc)
    return _names_overlap(names, [*gold["source"], *gold["target"]])


def confusions(doc: Document, gold: dict[str, Any], loose: Any) -> list[tuple[str, Event, Any]]:
    """(how, event, label) for each event of another type read on a missed gold event's
    sentence with one of its sides: the kept ones, or else those the filters dropped."""
    kept = doc.events or []
    required = [g for g in gold.get("events", []) if not g.get("optional")]
    paired = {j for _, j in _pairs(kept, required, lambda e, g: _event_similarity(doc, e, g))}
    labels, _ = event_labels(doc, gold)
    coded: list[Event] | None = None
    out = []
    for j, g in enumerate(required):
        sentence = evidence_sentence(doc, g["evidence"])
        if j in paired or sentence is None:
            continue
        found = [
            ("kept", e, label)
            for e, label in zip(kept, labels, strict=True)
            if e.sentence == sentence and e.type != g["type"] and shares_side(doc, e, g)
        ]
        if not found:
            if coded is None:
                coded = loose(replace(doc, events=None)).events or []
            found = [
                ("dropped", e, None)
                for e in coded
                if e.sentence == sentence and e.type != g["type"] and shares_side(doc, e, g)
            ]
        out += [(f"{how}\t{g['type']}", e, label) for how, e, label in found]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default="0,1", help="development folds, comma-separated")
    parser.add_argument("--list", action="store_true", help="print each confusion")
    add_sets_option(parser)
    args = parser.parse_args()
    folds = readable_folds(parser, args.folds)
    nlp = Pipeline()
    loose = loose_extractor()
    pairs: Counter[str] = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in folds:
                continue
            doc = nlp(doc)
            for how, e, label in confusions(doc, gold, loose):
                pairs[f"{how} <- {e.type}"] += 1
                if args.list:
                    text = doc.slice(doc.sentences[e.sentence])[:200]
                    print(f"{how}\t{e.type}\t{e.attrs.get('trigger')}\t{label}\t{doc.id}\t{text}")
    print("how\tgold <- Rasd\tcount")
    for pair, n in pairs.most_common():
        print(f"{pair}\t{n}")


if __name__ == "__main__":
    main()
