"""Events told with a date after their trigger, and almanac lines (issue 13), on
development folds 0 and 1: each kept event (and, with `--background`, each flagged one)
whose clause names a year after the trigger, sorted by how that year stands to the
article's own year (`doc.published`), with the scorer's label (paired with a required
gold event, optional only, spurious); and each required or optional gold event whose
evidence names a year, the same way.

Forms counted after the trigger, in its clause (up to `REACH` words, to the next
comma or stop): "عام/سنة YYYY", a month and its year ("تشرين الثاني 2017"), a bare year
("في 2009"); and a sentence opening with "YYYY -" (an almanac line).

Development folds 0 and 1 only are read; the check folds never.

`--list` prints each such event (P: kind, label, kept or flagged, whether
`history.recalled_by_date` flags it, article, type, the words from the trigger to the
year || the sentence) and each such gold event (G).

Usage: python benchmarks/dated_events.py [--list] [--background] [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from annotated_sets import add_sets_option

from rasd.document import Document, Event
from rasd.evaluate.gold import development_articles, event_labels
from rasd.events.dates import parse_published
from rasd.events.extract import EventExtractor
from rasd.events.history import recalled_by_date
from rasd.pipeline import DEFAULT_STAGES, Pipeline
from rasd.text.normalize import match_key

READABLE = {0, 1}
REACH = 10
YEAR = re.compile(r"^(19|20)\d\dم?[،,.]?$")
ALMANAC = re.compile(r"^\s*(19|20|1[0-8])?\d\d\s*[-–]")
_STOPS = ",،.:؛"
FLAGS = ("background", "future", "hypothetical", "unlikely")


def year_after(words: list[str], i: int) -> int | None:
    """The first year of the calendar in the trigger's clause after word `i`."""
    for w in words[i + 1 : i + 1 + REACH]:
        if YEAR.match(w):
            return int(w[:4])
        if w[-1:] in _STOPS:
            return None
    return None


def trigger_at(words: list[str], trigger: str) -> int | None:
    key = match_key(trigger).removeprefix("و")
    return next((i for i, w in enumerate(words) if w.removeprefix("و") == key), None)


def between(doc: Document, ev: Event) -> str:
    """The words from the trigger to its year, for reading."""
    sentence = doc.text[doc.sentences[ev.sentence].start : doc.sentences[ev.sentence].end]
    words = [match_key(w) for w in sentence.split()]
    i = trigger_at(words, str(ev.attrs.get("trigger", "")))
    if i is None:
        return "?"
    for j, w in enumerate(words[i + 1 : i + 1 + REACH]):
        if YEAR.match(w):
            return f"{j + 1}: " + " ".join(words[i : i + 2 + j])
        if w[-1:] in _STOPS:
            break
    return "-"


def relation(year: int | None, published: int | None) -> str:
    if year is None:
        return "no year"
    if published is None:
        return "year, no date"
    gap = published - year
    return "same year" if gap <= 0 else "1 year back" if gap == 1 else "2+ years back"


def event_class(doc: Document, ev: Event) -> str:
    sentence = doc.text[doc.sentences[ev.sentence].start : doc.sentences[ev.sentence].end]
    if ALMANAC.match(sentence):
        return "almanac"
    words = [match_key(w) for w in sentence.split()]
    i = trigger_at(words, str(ev.attrs.get("trigger", "")))
    published = parse_published(doc.published)
    year = year_after(words, i) if i is not None else None
    return relation(year, published.year if published else None)


def gold_class(evidence: str, published: int | None) -> str:
    if ALMANAC.match(evidence):
        return "almanac"
    years = [int(w[:4]) for w in evidence.split() if YEAR.match(w)]
    return relation(min(years) if years else None, published)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--background", action="store_true", help="flagged events too")
    args = parser.parse_args()
    nlp = Pipeline([s for s in DEFAULT_STAGES if s != "events"])
    extractor = EventExtractor(keep_background=args.background)
    predicted: Counter = Counter()
    gold_counts: Counter = Counter()
    names = {True: "paired", None: "optional", False: "spurious"}
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READABLE:
                continue
            out = extractor(nlp(doc))
            labels, _ = event_labels(out, gold)
            for ev, label in zip(out.events or [], labels, strict=True):
                kind = event_class(out, ev)
                flag = "flagged" if any(ev.attrs.get(k) for k in FLAGS) else "kept"
                predicted[(kind, names[label], flag)] += 1
                if args.list and kind != "no year":
                    rule = "history" if recalled_by_date(out, ev) else "-"
                    said = out.slice(out.sentences[ev.sentence]).replace("\n", " ")[:160]
                    fields = [kind, names[label], flag, rule, gold["id"], ev.type]
                    print("P\t" + "\t".join(fields) + f"\t{between(out, ev)} || {said}")
            published = parse_published(out.published)
            for g in gold.get("events", []):
                kind = gold_class(g["evidence"], published.year if published else None)
                status = "optional" if g.get("optional") else "required"
                gold_counts[(kind, status)] += 1
                if args.list and kind != "no year":
                    print(f"G\t{kind}\t{status}\t{gold['id']}\t{g['type']}\t{g['evidence'][:160]}")
    for (kind, label, flag), n in sorted(predicted.items()):
        print(f"predicted\t{kind}\t{label}\t{flag}\t{n}")
    for (kind, status), n in sorted(gold_counts.items()):
        print(f"gold\t{kind}\t{status}\t{n}")


if __name__ == "__main__":
    main()
