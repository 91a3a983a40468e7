"""Which step of the article loses the required gold events that their sentence,
analysed alone, codes (issue 13), on development folds 0 and 1.

For each such miss (`event_misses.py --alone`) the article's events are coded again
with one step switched off at a time; the steps that bring the gold event back are its
cause: `merging` (no joins in `merging.merge`), `confidence` (the learned filter off),
`ranker` (the side ranker off: the rules' sides), `flags` (the article's background,
future and hypothetical flags kept), `retold` (no headline folding or retold-act
joins). A miss no single switch recovers is lost to the article's context (speakers
carried over, names the whole article tags, a topic carried from the sentence before).

Development folds 0 and 1 only are read; the check folds never.

Usage: python benchmarks/event_lost.py [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Any

from annotated_sets import add_sets_option
from event_misses import READABLE, coded_alone, misses

from rasd.document import Document, Event
from rasd.evaluate.gold import _event_similarity, _pairs, development_articles
from rasd.events import extract
from rasd.events.extract import EventExtractor
from rasd.events.merging import Candidate
from rasd.pipeline import Pipeline


def _unjoined(candidates: list[Candidate], keep_negated: bool, *_: Any) -> list[Event]:
    kept = []
    for c in candidates:
        if c.negated and not keep_negated:
            continue
        kept.append(c.event)
    return sorted(kept, key=lambda e: (e.start, e.type))


@contextmanager
def _patched(name: str, value: Callable) -> Iterator[None]:
    old = getattr(extract, name)
    setattr(extract, name, value)
    try:
        yield
    finally:
        setattr(extract, name, old)


def _recovers(code: Callable[[Document], Document], doc: Document, gold: dict, g: dict) -> bool:
    events = code(replace(doc, events=None)).events or []
    required = [x for x in gold.get("events", []) if not x.get("optional")]
    j = required.index(g)
    pairs = _pairs(events, required, lambda e, x: _event_similarity(doc, e, x))
    return any(k == j for _, k in pairs)


def steps(doc: Document, gold: dict, g: dict, default: EventExtractor, variants: dict) -> list[str]:
    found = []
    for name, (extractor, patches) in variants.items():
        ex = extractor or default
        with _patches(patches):
            if _recovers(ex, doc, gold, g):
                found.append(name)
    return found


@contextmanager
def _patches(patches: dict[str, Callable]) -> Iterator[None]:
    if not patches:
        yield
        return
    (name, value), *rest = patches.items()
    with _patched(name, value), _patches(dict(rest)):
        yield


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    args = parser.parse_args()
    nlp = Pipeline()
    loose = EventExtractor(keep_negated=True, keep_background=True, confidence=False)
    default = EventExtractor()
    variants = {
        "merging": (None, {"merge": _unjoined}),
        "confidence": (EventExtractor(confidence=False), {}),
        "ranker": (EventExtractor(ranker=False), {}),
        "flags": (EventExtractor(keep_background=True, confidence=False), {}),
        "retold": (None, {"fold_headline": lambda d, e: e, "join_retold_acts": lambda d, e: e}),
    }
    tally: Counter[str] = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READABLE:
                continue
            doc = nlp(doc)
            for kind, _, g, sentence in misses(doc, gold, loose):
                if sentence is None or not coded_alone(nlp, doc, sentence, g):
                    continue
                found = steps(doc, gold, g, default, variants) or ["context"]
                tally["+".join(found)] += 1
                text = doc.slice(doc.sentences[sentence]).replace("\n", " ")[:160]
                print(f"{'+'.join(found)}\t{kind}\t{g['type']}\t{gold['id']}\t{text}")
    print("lost by: " + ", ".join(f"{k} {n}" for k, n in tally.most_common()))


if __name__ == "__main__":
    main()
