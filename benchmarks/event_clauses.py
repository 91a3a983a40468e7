"""Events told in a relative clause or a time adjunct on development folds 0 and 1
(evrelative, issue 13): every event coded with `keep_background` whose evidence opens
within four words after a relative pronoun (الذي، التي، الذين …: "الهجوم الذي شنه") or
a time adjunct (بعد، منذ، إثر، عقب، في أعقاب …: "إثر الهجوم"), counted by construction,
by whether the layer keeps it or which flag leaves it out, and by the scorer's label: req
(paired with a required gold event), opt (only an optional one matches) or spur.

It measures how the gold codes background acts told in such clauses before a rule
flags them: on folds 0-1 most kept ones are required (evrelative's tally).

Usage: python benchmarks/event_clauses.py [--list] [--sets ../shared/gold benchmarks/news-gold]
Development folds 0 and 1 only are read; the check folds never.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace

from annotated_sets import add_sets_option

from rasd.document import Document, Event
from rasd.evaluate.gold import development_articles, event_labels
from rasd.events.extract import EventExtractor
from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key

READABLE = {0, 1}
_RELATIVES = {match_key(w) for w in ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان")}
_ADJUNCTS = {match_key(w) for w in ("بعد", "منذ", "إثر", "عقب", "بعيد", "إبان", "أعقاب")}
_REACH = 4
# Flags that keep an event out of the default layer: told as background, or below the
# confidence filter (`keep_background` keeps those too, marked "unlikely").
_FLAGS = ("background", "unlikely", "future", "hypothetical")
_LABELS = {True: "req", None: "opt", False: "spur"}


def construction(doc: Document, ev: Event) -> str:
    """ "relative" or "adjunct" when one of the words just before the event's evidence
    opens such a clause (the nearest wins), else ""."""
    sentence = doc.sentences[ev.sentence]
    before = [match_key(w).removeprefix("و") for w in doc.text[sentence.start : ev.start].split()]
    for word in reversed(before[-_REACH:]):
        if word in _RELATIVES:
            return "relative"
        if word in _ADJUNCTS:
            return "adjunct"
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    parser.add_argument("--list", action="store_true", help="print each event with its sentence")
    args = parser.parse_args()
    nlp = Pipeline()
    wide = EventExtractor(keep_background=True)
    counts: Counter[tuple[str, str, str]] = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READABLE:
                continue
            out = wide(replace(nlp(doc), events=None))
            labels, _ = event_labels(out, gold)
            for ev, label in zip(out.events or [], labels, strict=True):
                kind = construction(out, ev)
                if not kind:
                    continue
                kept = next((f for f in _FLAGS if ev.attrs.get(f)), "kept")
                counts[(kind, kept, _LABELS[label])] += 1
                if args.list:
                    text = out.slice(out.sentences[ev.sentence]).replace("\n", " ")[:200]
                    evidence = out.text[ev.start : ev.end][:60]
                    print(
                        f"{kind}\t{kept}\t{_LABELS[label]}\t{ev.type}\t{gold['id']}\t[{evidence}]\t{text}"
                    )
    for (kind, kept, label), n in sorted(counts.items()):
        print(f"{kind:9} {kept:10} {label:5} {n:4}")


if __name__ == "__main__":
    main()
