"""Event sides whose actor is one dictionary word the entity layer does not tag: the
word, how it matched (its light key or the whole form's), the entry's codes, and the
words around it, for judging whether a common noun or adjective ("دعم مالي" → Mali,
"تحقيقات جدية" → جدة) was read as an actor (issue 13).

Usage: python benchmarks/light_sides.py [--seeds 10860-10864] [-n 40]
       python benchmarks/light_sides.py --dev   (dev folds 0-1 of both annotated sets,
       each side with its verdict against the paired gold event)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from news_sample import analyze_record, drawn_records
from side_scores import SIDES, verdict

from rasd.document import Document, Event
from rasd.evaluate.gold import _event_similarity, _pairs, development_articles
from rasd.events.actors import ActorFinder
from rasd.events.sides import Named, describe
from rasd.pipeline import Pipeline

FOLDS = (0, 1)
# (start, end) of the word → how it matched and the entry's codes, for the document
# being analysed.
_HITS: dict[tuple[int, int], str] = {}


def _record_hits() -> None:
    """Wrap the finder's lookup so that each one-word dictionary match is kept."""
    lookup = ActorFinder._dictionary_at

    def recorded(self: ActorFinder, words: list, i: int) -> tuple[int, object] | None:
        hit = lookup(self, words, i)
        if hit and hit[0] == i + 1 and isinstance(hit[1], Named):
            w = words[i]
            how = "light" if hit[1].actor and self.actors.get((w.light[-1],)) else "whole"
            country, roles, canon, place = describe(hit[1])
            kind = place.kind if place else "-"
            _HITS[(w.token.start, w.token.end)] = (
                f"{how}:{w.light[-1] if w.light else ''}\t{country or '-'}"
                f" {'/'.join(roles) or '-'} {canon or ''} place={kind}"
            )
        return hit

    ActorFinder._dictionary_at = recorded  # type: ignore[method-assign]


def _untagged(doc: Document, start: int, end: int) -> bool:
    return not any(e.start < end and start < e.end for e in doc.entities or [])


def _lines(doc: Document, verdicts: dict[tuple[int, str], str]) -> list[str]:
    out = []
    for k, ev in enumerate(doc.events or []):
        for side in SIDES:
            m = getattr(ev, side)
            if m is None:
                continue
            hit = next(
                (h for (s, e), h in _HITS.items() if e == m.end and s >= m.start),
                None,
            )
            if hit is None or not _untagged(doc, m.start, m.end):
                continue
            sent = doc.slice(doc.sentences[ev.sentence]).replace("\n", " ")
            v = verdicts.get((k, side), "unpaired")
            out.append(f"{side} {v}\t{ev.type}\t[{doc.slice(m)}]\t{hit}\t{sent[:240]}")
    return out


def _dev_verdicts(doc: Document, gold: dict) -> dict[tuple[int, str], str]:
    events: list[Event] = doc.events or []
    required = [g for g in gold.get("events", []) if not g.get("optional")]
    pairs = _pairs(events, required, lambda ev, g: _event_similarity(doc, ev, g))
    return {(i, s): verdict(doc, events[i], required[j], s) for i, j in pairs for s in SIDES}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="10860-10864")
    parser.add_argument("-n", type=int, default=40, help="articles per seed")
    parser.add_argument("--dev", action="store_true", help="dev folds 0-1 instead")
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    args = parser.parse_args()
    _record_hits()
    nlp = Pipeline()
    if args.dev:
        for gold_dir in (Path("../shared/gold"), Path("benchmarks/news-gold")):
            for gold, doc, fold in development_articles(gold_dir):
                if fold not in FOLDS:
                    continue
                _HITS.clear()
                doc = nlp(doc)
                for line in _lines(doc, _dev_verdicts(doc, gold)):
                    print(f"{gold['id']}\t{line}")
        return
    for seed, _, record in drawn_records(args.news, args.seeds, args.n):
        _HITS.clear()
        doc = analyze_record(nlp, record)
        for line in _lines(doc, {}):
            print(f"{seed}\t{line}")


if __name__ == "__main__":
    main()
