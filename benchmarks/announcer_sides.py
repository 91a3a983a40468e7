"""Events whose source or target is the speaker of the quotation holding their trigger
while the reported clause names its own subject before the trigger ("أعلن تسيبراس أن
أثينا وسكوبيي توصلتا"، "قالت سانا إن إرهابيين قصفوا"), for counting issue 13's
"announcer as a side" class. The speaker is no side there unless a pronoun of the
clause points back to it ("إن بلاده أوقفت"، "إن وفدها التقى"): those are printed
with the class "pronoun" for reading.

On dev folds 0-1 of both annotated sets (`--dev`; the confirm fold and the check part
are never read) each flagged event is printed with its sides' verdicts against the
paired gold event ("unpaired" when none); on unseen news (`--seeds`) without.

Usage: python benchmarks/announcer_sides.py --dev [--sets ../shared/gold benchmarks/news-gold]
       python benchmarks/announcer_sides.py --seeds 11125-11126 [-n 300] [--contains REGEX]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from annotated_sets import add_sets_option
from news_sample import analyze_record, drawn_records
from side_scores import SIDES, judged_events

from rasd.document import Document, Event
from rasd.pipeline import Pipeline

FOLDS = (0, 1)
_OPENER = re.compile(r"^\W*(?:و?ب?[أإا]ن)\s+")
_PRONOUN_OPEN = re.compile(r"^\W*و?ب?[أإا]ن(?:ه|ها|هم|هما|ني|نا)\b")
_CLITIC = re.compile(r"(?:ه|ها|هم|هما)$")


def flagged(doc: Document, event: Event) -> list[str]:
    """'SIDE own' or 'SIDE pronoun' for each side that is the speaker of a quotation
    whose reported clause holds a word before the trigger."""
    found: list[str] = []
    for q in doc.quotes or []:
        if q.speaker is None or not q.start <= event.start < q.end:
            continue
        before = doc.text[q.start : event.start]
        if _PRONOUN_OPEN.match(before):
            continue
        words = _OPENER.sub("", before).split()
        if not words:
            continue
        kind = "pronoun" if _CLITIC.search(words[0].strip('"«»')) else "own"
        for side in SIDES:
            m = getattr(event, side)
            if m is not None and m.start < q.speaker.end and q.speaker.start < m.end:
                found.append(f"{side} {kind}")
    return found


def _said(doc: Document, event: Event) -> str:
    def one(m):
        return "-" if m is None else doc.slice(m) + ("*" if m.attrs.get("ranked") else "")

    return f"{one(event.source)} -> {one(event.target)}"


def dev(sets: list[str]) -> None:
    for doc, event, verdicts in judged_events(Pipeline(), sets, FOLDS):
        for c in flagged(doc, event):
            sentence = doc.slice(doc.sentences[event.sentence]).replace("\n", " ")
            print(f"{c}\t{event.type}\t{_said(doc, event)}\t{'/'.join(verdicts)}\t{sentence[:250]}")


def unseen(news: Path, seeds: str, n: int, contains: str) -> None:
    nlp = Pipeline()
    articles = 0
    for seed, _, record in drawn_records(news, seeds, n, contains):
        doc = analyze_record(nlp, record)
        articles += 1
        for event in doc.events or []:
            for c in flagged(doc, event):
                sentence = doc.slice(doc.sentences[event.sentence]).replace("\n", " ")
                print(f"{c}\t{seed}\t{event.type}\t{_said(doc, event)}\t{sentence[:250]}")
    print(f"{articles} articles")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    parser.add_argument("--dev", action="store_true", help="dev folds 0-1 with verdicts")
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--seeds", default="")
    parser.add_argument("-n", type=int, default=300, help="articles per seed")
    parser.add_argument("--contains", default="", help="only articles matching this regex")
    args = parser.parse_args()
    if args.dev:
        dev(args.sets)
    else:
        unseen(args.news, args.seeds, args.n, args.contains)


if __name__ == "__main__":
    main()
