"""A name inside the source's own description is not the target: "ووصف تيم كوك، المدير
التنفيذي لأبل، … الوضع"، "ودعا بافل دوروف مؤسس تليغرام"، "فرضت ميليشيات الحوثي
الموالية لإيران". The apposition after the source tells who the source is, so the
company, party or patron it names is the source's own side, not whom the act is aimed
at. Checked on every event after merging, whichever rule or quotation gave the target."""

from __future__ import annotations

import re

from rasd.document import Document, Event
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

_COMMAS = {"،", ","}
# "الموالية"، "بقيادة"، "مؤسس": a word that ties the name after it to the actor before it
_TIES = frozenset(match_key(w) for w in WORD_LISTS.words("affiliation_ties"))
_CLAUSE_WORDS = WORD_LISTS.words("relatives") | WORD_LISTS.words("complementizers")
_REACH = 6  # words between the source and the name, the name's clitic included
_WORDS = re.compile(r"[،,]|[^\s،,.:;\"«»()]+")
# `benchmarks/event_diff.py rasd.events.side_affiliation KEEP_OWN_TARGETS True False`
KEEP_OWN_TARGETS = False


def _bare(word: str) -> str:
    return match_key(word).removeprefix("و")


def _tied(gap: list[str]) -> bool:
    """ "الموالية لـ"، "بقيادة"، "اللواء 22 التابع لـ": a tie word right after the
    source (or its number) opens the gap. After another noun it ties that noun, the
    object ("هاجمت مروحيتان نقطة التفتيش التابعة للجيش")."""
    at = 1 if gap[0].isdigit() and len(gap) > 1 else 0
    return _bare(gap[at]) in _TIES and not any(w in _COMMAS for w in gap)


def _apposition(gap: list[str]) -> bool:
    """ "، المدير التنفيذي لـ": the name sits in one comma-opened apposition whose first
    word is a definite title or a tie, with no clause or second comma before it."""
    if len(gap) < 2 or gap[0] not in _COMMAS:
        return False
    first = match_key(gap[1])
    if not (first.startswith("ال") or first in _TIES):
        return False
    return not any(w in _COMMAS or _bare(w) in _CLAUSE_WORDS for w in gap[1:])


def own_target(doc: Document, event: Event) -> bool:
    """Whether the event's target is a name inside the description right after its
    source, with the trigger elsewhere ("تيم كوك انتقد أبل" keeps أبل)."""
    source, target = event.source, event.target
    if KEEP_OWN_TARGETS or source is None or target is None or source.end > target.start:
        return False
    gap = _WORDS.findall(doc.text[source.end : target.start])
    if not gap or len(gap) > _REACH:
        return False
    trigger = event.attrs.get("trigger")
    if trigger and any(trigger in w for w in gap):
        return False
    return _tied(gap) or _apposition(gap)
