"""The speakers of quotations under verbs that take an addressee ("طالب الرئيس
الأميركي حلفاء الناتو بزيادة", "حث غوتيريش الحكومات على") on unseen news, for
reading: does the speaker phrase stop before the addressee? With --diff, each
article is analysed with the addressee rules off (`quotes.addressees.ENABLED`, and
`events.speech` not splitting a side that swallowed the addressee) and on, and only
the quotations whose speaker, or the speech events whose sides, differ are printed.

Usage: python benchmarks/addressee_speakers.py [--seeds 10395-10397] [-n 40] [--diff]

For each seed one file of the news folder is drawn and its records shuffled
(`news_sample.unseen_records`); the first `n` articles whose opening holds such a
verb are read. Articles of the gold sets are skipped.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from news_sample import analyze_record, drawn_records

import rasd.events.speech as speech
import rasd.quotes.addressees as addressees
from rasd.document import Document
from rasd.pipeline import DEFAULT_STAGES, Pipeline

_STEMS = "طالب دعا دعت حث ناشد اتهم وصف حذر أبلغ حض"
_PRESENT = "يطالب تطالب يدعو تدعو يحث تحث يناشد تناشد يتهم تتهم يصف تصف يحذر تحذر يبلغ تبلغ"
VERBS = re.compile(
    r"(?<![\u0621-\u064A])[وف]?(?:"
    + "|".join(f"{s}(?:ت|وا|ا|تا)?" for s in _STEMS.split())
    + "|"
    + "|".join(f"{s}(?:ون|ان)?" for s in _PRESENT.split())
    + r")(?![\u0621-\u064A])"
)


def rows(doc: Document) -> dict[tuple, str]:
    """Each quotation under such a verb: (cue start, speaker) -> the words from the
    cue on; and each speech event of such a sentence: (sentence, type, source,
    target) -> its sentence."""
    out: dict[tuple, str] = {}
    for q in doc.quotes or []:
        if q.cue is None or not VERBS.fullmatch(doc.slice(q.cue)):
            continue
        speaker = doc.slice(q.speaker) if q.speaker else "?"
        end = q.speaker.end if q.speaker else q.cue.end
        context = doc.text[q.cue.start : end + 60].replace("\n", " ")
        out[("Q", q.cue.start, speaker)] = context
    for ev in doc.events or []:
        sentence = doc.slice(doc.sentences[ev.sentence])
        if not VERBS.search(sentence):
            continue
        sides = tuple(doc.slice(m) if m else "-" for m in (ev.source, ev.target))
        out[("E", ev.sentence, ev.type, *sides)] = sentence.replace("\n", " ")[:200]
    return out


_SPLIT = speech.swallowed


def _analyzed(nlp: Pipeline, record: dict, on: bool) -> Document:
    addressees.ENABLED = on
    speech.swallowed = _SPLIT if on else (lambda *_: False)
    return analyze_record(nlp, record)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--seeds", default="10395-10397")
    parser.add_argument("-n", type=int, default=40, help="articles per seed")
    parser.add_argument("--diff", action="store_true", help="print what the rules change")
    args = parser.parse_args()
    nlp = Pipeline(list(DEFAULT_STAGES))
    changed = shown = articles = 0
    for seed, _, record in drawn_records(args.news, args.seeds, args.n, VERBS.pattern):
        articles += 1
        if not args.diff:
            for k, text in rows(analyze_record(nlp, record)).items():
                if k[0] == "Q":
                    shown += 1
                    print(f"{seed}\t{k[2]}\n    {text}")
            continue
        old = rows(_analyzed(nlp, record, False))
        new = rows(_analyzed(nlp, record, True))
        for sign, keys in (("-", old.keys() - new.keys()), ("+", new.keys() - old.keys())):
            for k in sorted(keys, key=str):
                changed += 1
                print(f"{sign} {seed}\t{' | '.join(map(str, k))}\n    {(old | new)[k]}")
    print(f"{articles} articles: {shown} quotations shown, {changed} rows changed")


if __name__ == "__main__":
    main()
