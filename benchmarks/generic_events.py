"""Kept events that may be generic or sit in a related-article link line (issue 13,
evlink), counted by the scorer's label on development folds 0 and 1: paired (True),
matching only an optional gold event (None) or spurious (False). A class worth a rule
has spurious events and no paired ones. The cues, each read in the event's sentence
(the link cue in its paragraph):

  link-line      the paragraph opens with للمزيد/اقرأ أيضا/شاهد/ذات صلة
  habitual       تارة/عادة/دائما/غالبا/أحيانا within three words of the trigger
  relative-imperfective  an imperfective trigger right after a relative pronoun
                 ("الشرطة التي تقمع")
  named-as       a verbal noun under مسمى/بذريعة/بحجة/تحت شعار
  kind-object    a quantifier and a kind noun after the trigger ("تدين جميع أعمال")

The stage runs with `kind_acts` off, so the kind-object class is counted as it was kept\nbefore evlink. Development folds 0 and 1 only are read; the check folds never.

Usage: python benchmarks/generic_events.py [--list] [--sets ../shared/gold benchmarks/news-gold]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from annotated_sets import add_sets_option

from rasd.document import Document, Event
from rasd.evaluate.gold import development_articles, event_labels
from rasd.events import kind_acts
from rasd.pipeline import Pipeline

READABLE = {0, 1}
_LINK = re.compile(r"^\s*(للمزيد|اقرأ|إقرأ|شاهد|ذات صلة)")
_HABIT = re.compile(r"^(و?تارة|عادة|دائما|غالبا|أحيانا)ً?$")  # not دوما, a Syrian town too
_RELATIVE = re.compile(r"(?:التي|الذي|الذين|اللذين|اللتين|اللواتي|اللاتي)\s+([يتن]\S+)")
_NAMED_AS = re.compile(r"(مسمى|بذريعة|بحجة|تحت شعار)\s+\S+")


def _paragraph(doc: Document, at: int) -> str:
    return next((doc.text[p.start : p.end] for p in doc.paragraphs if p.start <= at < p.end), "")


def cues(doc: Document, ev: Event) -> list[str]:
    """The classes whose cue the event shows."""
    s = doc.sentences[ev.sentence]
    text = doc.text[s.start : s.end]
    trigger = str(ev.attrs.get("trigger", ""))
    at = text.find(trigger) if trigger else -1
    words = text.split()
    near = len(text[: max(at, 0)].split())
    found = []
    if _LINK.match(_paragraph(doc, s.start)):
        found.append("link-line")
    if at >= 0 and any(_HABIT.match(w) for w in words[max(0, near - 3) : near + 4]):
        found.append("habitual")
    if trigger and any(m.group(1) == trigger for m in _RELATIVE.finditer(text)):
        found.append("relative-imperfective")
    if _NAMED_AS.search(text):
        found.append("named-as")
    if _kind_object(doc, ev):
        found.append("kind-object")
    return found


def _kind_object(doc: Document, ev: Event) -> bool:
    """`kind_acts.kind_object` as if switched on, the stage running with it off."""
    kind_acts.KIND_ACTS = True
    try:
        return kind_acts.kind_object(doc, ev)
    finally:
        kind_acts.KIND_ACTS = False


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_sets_option(parser)
    parser.add_argument("--list", action="store_true", help="print each event with a cue")
    args = parser.parse_args()
    kind_acts.KIND_ACTS = False  # count the kind-object class as the stage kept it before
    nlp = Pipeline()
    counts: Counter = Counter()
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READABLE:
                continue
            out = nlp(doc)
            labels, _ = event_labels(out, gold)
            for ev, label in zip(out.events or [], labels, strict=True):
                for cue in cues(out, ev):
                    counts[(cue, label)] += 1
                    if args.list:
                        s = out.sentences[ev.sentence]
                        line = out.text[s.start : s.end][:140].replace("\n", " ")
                        print(f"{cue}\t{label}\t{ev.type}\t{gold['id']}\t{line}")
    for cue in ("link-line", "habitual", "relative-imperfective", "named-as", "kind-object"):
        row = {str(label): counts[(cue, label)] for label in (True, None, False)}
        print(cue, row)


if __name__ == "__main__":
    main()
