"""What each path of `events.merging.merge` joins on development folds 0 and 1, and
whether a join lost a required gold event (the joined mention alone pairs with a gold
event the kept events leave unpaired) or joined one incident told twice.

Development folds 0 and 1 only are read; the check folds never.

Usage: python benchmarks/merge_trace.py [--list] [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace
from functools import partial

from annotated_sets import add_sets_option

from rasd.document import Document, Event
from rasd.evaluate.gold import _event_similarity, _pairs, development_articles
from rasd.events import extract, merging
from rasd.events.extract import EventExtractor
from rasd.pipeline import DEFAULT_STAGES, Pipeline

READABLE = {0, 1}


def _path(
    c: merging.Candidate, kept: list[Event], first: dict, copies: dict, retelling, body: int
) -> str:
    if next((e for e in kept if merging._corefer(e, c.event, copies)), None) is not None:
        return "corefer"
    if next((e for e in kept if merging._casualties(first[id(e)], c, copies)), None):
        return "casualties"
    if merging._told_of_retold(c, retelling):
        return "retold"
    if not c.anaphoric and merging._meeting_retold(kept, c, body) is not None:
        return "meeting"
    return "anaphoric"


def traced_merge(log: list):
    """`merge` recording, for each candidate joined to a kept event, the pair and path."""
    original = merging.merge

    def merge(candidates, keep_negated, copies=None, body=0):
        copies = copies or {}
        snapshot = [(c, replace(c.event, attrs=dict(c.event.attrs))) for c in candidates]
        out = original(candidates, keep_negated, copies, body)
        kept_ids = {id(e) for e in out}
        kept: list[Event] = []
        first: dict = {}
        retelling = merging._retelling_nouns(candidates)
        for c, alone in snapshot:
            if c.negated and not keep_negated:
                continue
            if id(c.event) in kept_ids:
                kept.append(c.event)
                first[id(c.event)] = c
                continue
            into = next((e for e in kept if merging._corefer(e, alone, copies)), None)
            log.append(
                (
                    _path(replace(c, event=alone), kept, first, copies, retelling, body),
                    into,
                    alone,
                    c,
                )
            )
        return out

    return merge


def _similar(doc: Document, ev: Event, g: dict) -> float:
    return _event_similarity(doc, ev, g)


def _text(doc: Document, sentence: int) -> str:
    s = doc.sentences[sentence]
    return doc.text[s.start : s.end][:120]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--old", action="store_true", help="merge as before this session")
    args = parser.parse_args()
    if args.old:
        merging._SPEECH_IN_OWN_SENTENCE = False
    nlp = Pipeline([s for s in DEFAULT_STAGES if s != "events"])
    ex = EventExtractor()
    counts: Counter = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READABLE:
                continue
            log: list = []
            extract.merge = traced_merge(log)
            base = nlp(doc)
            out = ex(replace(base, events=None))
            required = [g for g in gold.get("events", []) if not g.get("optional")]
            paired = {j for _, j in _pairs(out.events or [], required, partial(_similar, out))}
            for path, into, alone, _ in log:
                hits = [j for j, g in enumerate(required) if _event_similarity(out, alone, g)]
                lost = [j for j in hits if j not in paired]
                speech = "speech" if alone.attrs.get("speech") else "trigger"
                into_speech = (
                    "speech" if into is not None and into.attrs.get("speech") else "trigger"
                )
                apart = (
                    "same-sent"
                    if into is not None and into.sentence == alone.sentence
                    else "other-sent"
                )
                verdict = "LOST" if lost else ("gold" if hits else "nongold")
                counts[(path, f"{speech}->{into_speech}", apart, verdict)] += 1
                if args.list:
                    print(
                        "\t".join(
                            [
                                path,
                                verdict,
                                speech,
                                into_speech,
                                apart,
                                alone.type,
                                gold["id"],
                                _text(out, alone.sentence),
                                _text(out, into.sentence) if into else "-",
                            ]
                        )
                    )
    for k, n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(n, *k, sep="\t")


if __name__ == "__main__":
    main()
