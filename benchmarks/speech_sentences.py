"""Speech-act events whose sentence does not hold their cue: each kept event read from
a quotation (`attrs["speech"]`), matched to its quotation by the evidence's end, is
counted when the event's sentence is not the one that holds the quotation's cue (the
quotation's start where it has no cue), and listed when its earliest part (quotation,
speaker or cue) lies in another sentence than the cue: those an anchor on the earliest
part put elsewhere (before evsent) and the cue's sentence now holds. Users read an event's sentence in the
timeline: a sentence that does not hold the act is a wrong citation.

Development folds 0 and 1 (default; each event marked + when the scorer pairs it with a
gold event, - when not, ~ when it only matches an optional one) or unseen news
(`--seeds`, annotated articles skipped). The check folds are never read.

Usage: python benchmarks/speech_sentences.py [--list] [--sets ../shared/gold benchmarks/news-gold]
       python benchmarks/speech_sentences.py --seeds 11533-11537 [-n 150] [--list]
"""

from __future__ import annotations

import argparse
from bisect import bisect_right
from collections import Counter
from pathlib import Path

from annotated_sets import add_sets_option, labelled_dev_events
from news_sample import analyze_record, drawn_records

from rasd.document import Document, Event, Quote
from rasd.pipeline import Pipeline

MARK = {True: "+", False: "-", None: "~"}


def _quote_of(doc: Document, ev: Event) -> Quote | None:
    spoken = [q for q in doc.quotes or [] if q.speaker is not None]
    by_end = next((q for q in spoken if q.end == ev.end), None)
    # A quotation wholly before its cue's sentence: the evidence holds its cue.
    return by_end or next(
        (q for q in spoken if q.cue and q.end <= ev.start <= q.cue.start < ev.end), None
    )


def _sentence_at(doc: Document, offset: int) -> int:
    return max(0, bisect_right([s.start for s in doc.sentences], offset) - 1)


def _line(doc: Document, index: int) -> str:
    return doc.slice(doc.sentences[index]).replace("\n", " ")[:200]


def report(doc: Document, name: str, labels: list, counts: Counter, listing: bool) -> None:
    for ev, label in zip(doc.events or [], labels, strict=True):
        if not ev.attrs.get("speech"):
            continue
        counts["speech events"] += 1
        quote = _quote_of(doc, ev)
        if quote is None:
            counts["no quotation matched"] += 1
            continue
        act = _sentence_at(doc, quote.cue.start if quote.cue else quote.start)
        earliest = _sentence_at(
            doc, min(quote.start, quote.speaker.start, (quote.cue or quote).start)
        )
        if act != ev.sentence:
            counts["other sentence"] += 1
            counts[f"other sentence {MARK[label]}"] += 1
        if earliest == act:
            continue
        counts["earliest part elsewhere"] += 1
        if listing:
            source = doc.slice(ev.source) if ev.source else "-"
            print(f"{MARK[label]} {name}\t{ev.type}\t{source}\tevent s{ev.sentence}, cue s{act}")
            print(f"    earliest: {_line(doc, earliest)}")
            print(f"    cue:      {_line(doc, act)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    parser.add_argument("--seeds", default="", help="unseen news instead of dev folds 0-1")
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("-n", type=int, default=150, help="articles per seed")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    nlp = Pipeline()
    counts: Counter = Counter()
    articles = 0
    if args.seeds:
        for seed, i, record in drawn_records(args.news, args.seeds, args.n, ""):
            doc = analyze_record(nlp, record)
            articles += 1
            report(
                doc,
                f"{seed} {record.get('id', i)}",
                [None] * len(doc.events or []),
                counts,
                args.list,
            )
    else:
        for name, out, labels in labelled_dev_events(nlp, args.sets):
            articles += 1
            report(out, name, labels, counts, args.list)
    print(f"{articles} articles:", dict(counts))


if __name__ == "__main__":
    main()
