"""Whom a protest is aimed at when it protests an act: the act's doer.

The arabic-event-gsr coders give as a protest's target the one who did what is
protested ("احتجاجا على أحكام أصدرها القضاء" → القضاء، "احتجاجا على رفض إدارة
الوكالة" → إدارة الوكالة), not the act's victim or object. The doer is told after the
act, in a relative clause whose verb carries the act as its pronoun ("ضد الحصار الذي
تفرضه إسرائيل"، "على الرسوم التي نشرتها صحيفة دنماركية") or after an agent marker
("احتجاجا على إقالة رئيس المحكمة العليا من قبل الرئيس برويز مشرف").
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.events.clause_bounds import AGENT_MARKERS
from rasd.events.phrases import RELATIVES, has_enclitic
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word
from rasd.events.side_targets import supported
from rasd.events.sides import Actor

# Words that open what a protest is against ("احتجاجا على"، "ضد"، "تنديدا بـ").
_CUES = WORD_LISTS.words("protested_cues")
# Those of them naming the protest itself ("احتجاجا على"، "تنديدا بـ"), whose first
# actor is the target before any place protested at ("احتشد آلاف التونسيين أمام
# مجلس النواب احتجاجا على تقرير لجنة الحريات").
_PROTESTING = WORD_LISTS.words("protesting_cues")
# How far the cue may stand after the trigger, the doer after the cue, and the
# first actor after a protesting cue.
_CUE_REACH = 8
_DOER_REACH = 7
_FIRST_REACH = 4


def _cue(words: list[Word], pos: int) -> int | None:
    for j in range(pos, min(len(words), pos + _CUE_REACH)):
        if words[j].surface in BOUNDARY and j > pos:
            return None
        if words[j].keys[-1].removeprefix("و") in _CUES:
            return j
    return None


def _agent_marked(words: list[Word], j: int) -> bool:
    return j + 1 < len(words) and (words[j].keys[-1], words[j + 1].keys[-1]) in AGENT_MARKERS


def _relative_doer(words: list[Word], j: int) -> bool:
    """ "الذي تفرضه [إسرائيل]": a relative pronoun, then a verb carrying the act as
    its pronoun, then the doer at word `j` + 2."""
    return words[j].keys[-1] in RELATIVES and j + 2 < len(words) and has_enclitic(words[j + 1])


def protested_target(
    words: list[Word], actors: list[Actor], pos: int, skip: Callable[[Word], bool]
) -> Actor | None:
    """What a protest at `pos` is against, when a cue names it: the doer of the act
    protested, else the first actor after a protesting cue."""
    cue = _cue(words, pos)
    if cue is None:
        return None
    return _doer(words, actors, cue, skip) or _first_after(words, actors, cue, skip)


def _first_after(
    words: list[Word], actors: list[Actor], cue: int, skip: Callable[[Word], bool]
) -> Actor | None:
    if words[cue].keys[-1].removeprefix("و") not in _PROTESTING or cue + 1 >= len(words):
        return None
    if words[cue + 1].keys[-1] != "على" and not words[cue + 1].prep:
        return None  # "ونظم 100 شخص احتجاجا قبيل زيارة": the protest held, not its object
    for a in actors:
        if not cue < a.first <= cue + _FIRST_REACH:
            continue
        if any(w.surface in BOUNDARY or w.keys[-1] in RELATIVES for w in words[cue + 1 : a.first]):
            return None  # past the act protested ("تنديدا بالحادث الذي جد ليلة الخميس")
        if a.is_place or skip(words[a.first]) or supported(words, a):
            continue
        return a
    return None


def _doer(
    words: list[Word], actors: list[Actor], cue: int, skip: Callable[[Word], bool]
) -> Actor | None:
    """The doer of the act protested, told after it."""
    for j in range(cue + 1, min(len(words) - 1, cue + _DOER_REACH)):
        if words[j].surface in BOUNDARY:
            return None
        at = j + 2 if _agent_marked(words, j) or _relative_doer(words, j) else None
        if at is None:
            continue
        if any(cue < a.first < j for a in actors):
            # "على سياسات الحكومة التي يدعمها صندوق النقد": the act's own genitive
            # names its doer, the relative clause someone else
            return None
        doer = next((a for a in actors if a.first == at), None)
        if doer is None or doer.is_place or skip(words[doer.first]):
            return None
        return doer
    return None
