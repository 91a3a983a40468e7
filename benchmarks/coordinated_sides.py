"""Events whose sides come from coordination or from who said it, on dev folds 0-1 of
both annotated sets (the check part and the confirm fold are never read), for counting
issue 13's "coordinated and announcing parties" family.

Each event of the article (paired with a gold event or not) is printed once per class
it falls in, with its sides (* marks a side the ranker filled), each side's verdict
against the paired gold event (`side_scores.verdict`; "unpaired" when none) and its
sentence:
  partner-missed  a reciprocal act (AGREE, CONSULT, COOPERATE) whose source is followed
                  by و and another word, with no target right after it ("توصل واشنطن
                  وأنقرة" → target not أنقرة)
  co-subject      a one-sided act whose target follows the source after و, the trigger
                  not between them ("رحب X والمقدوني Y" → target Y)
  dual            a side that is a dual or plural title noun ("الرئيسان"، "الوزيرين")
  speaker         a side that is the speaker of a quotation holding the trigger

Usage: python benchmarks/coordinated_sides.py [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
import re

from annotated_sets import add_sets_option
from side_scores import SIDES, judged_events

from rasd.document import Document, Event, Mention
from rasd.pipeline import Pipeline

FOLDS = (0, 1)
PARTNERED = {"AGREE", "CONSULT", "COOPERATE"}
_AND_NEXT = re.compile(r"\s*،?\s*و\S")
_JOINED = re.compile(r"\s*،?\s*و\S*(\s+\S+)?\s*")
_DUAL = re.compile(
    r"^ال(رئيس|زعيم|وزير|جانب|طرف|بلد|دولت|رجل|قائد|مسؤول|حزب|فريق|وفد|حكومت|ملك|أمير)(ان|ين)$"
)


def classes(doc: Document, event: Event) -> list[str]:
    """The classes of the family the event falls in."""
    source, target, text = event.source, event.target, doc.text
    found: list[str] = []
    joined = (
        source is not None
        and target is not None
        and target.start >= source.end
        and _JOINED.fullmatch(text[source.end : target.start]) is not None
        and not source.end <= event.start < target.start
    )
    if joined and event.type not in PARTNERED:
        found.append("co-subject")
    if (
        source is not None
        and event.type in PARTNERED
        and not joined
        and _AND_NEXT.match(text[source.end : source.end + 30])
    ):
        found.append("partner-missed")
    for side in SIDES:
        m = getattr(event, side)
        if m is not None and _DUAL.match(doc.slice(m).strip()):
            found.append(f"dual {side}")
    for q in doc.quotes or []:
        if q.speaker is None or not q.start <= event.start < q.end:
            continue
        for side in SIDES:
            m = getattr(event, side)
            if m is not None and m.start < q.speaker.end and q.speaker.start < m.end:
                found.append(f"speaker {side}")
    return found


def _said(doc: Document, m: Mention | None) -> str:
    if m is None:
        return "-"
    return doc.slice(m) + ("*" if m.attrs.get("ranked") else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    args = parser.parse_args()
    for doc, event, verdicts in judged_events(Pipeline(), args.sets, FOLDS):
        sentence = doc.slice(doc.sentences[event.sentence]).replace("\n", " ")
        for c in classes(doc, event):
            sides = f"{_said(doc, event.source)} -> {_said(doc, event.target)}"
            print(f"{c}\t{event.type}\t{sides}\t{'/'.join(verdicts)}\t{sentence[:250]}")


if __name__ == "__main__":
    main()
