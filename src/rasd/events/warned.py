"""Whom a warning is aimed at when no name says so.

A warning (حذر) threatens only when aimed at someone (`speech._warned`). The side rules
read named entities only, so a warning aimed at a group named by a common noun ("حذرت
ماي الزعماء الأوروبيين من أنها مستعدة للخروج"، "حذر الغربيين من أن") had no target and
was dropped. The words between the cue (or a speaker right after it) and the warned-of
clause ("من أن"، "بأن") are then its object: a definite noun phrase of a few words,
not a time alone ("حذر الخميس من أن"), a manner ("حذر مجددا") or a prepositional phrase
("حذر في بيان من أن").
"""

from __future__ import annotations

from rasd.document import Document, Mention, Quote
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

_TIMES = WORD_LISTS.words("dawn_days")
_NOT_ADDRESSEES = WORD_LISTS.words("warning_not_addressees")
_MAX_WORDS = 4


def unnamed_addressee(doc: Document, quote: Quote) -> Mention | None:
    """The common-noun object of a warning cue, or None."""
    cue, speaker = quote.cue, quote.speaker
    if cue is None or speaker is None or quote.start <= cue.end:
        return None
    begin = cue.end
    if speaker.start >= cue.end:
        # A speaker right after the cue (VSO) is its subject; the object follows it.
        if doc.text[cue.end : speaker.start].strip():
            return None
        begin = speaker.end
    elif doc.text[speaker.end : cue.start].strip() not in ("", "و"):
        return None  # a speaker found elsewhere: the words after the cue may be the subject
    gap = doc.text[begin : quote.start]
    # A time before the object is skipped ("حذر … أمس المشرعين الأميركيين من أن").
    while gap.split() and match_key(gap.split()[0]) in _TIMES:
        skipped = gap.split()[0]
        cut = gap.index(skipped) + len(skipped)
        begin, gap = begin + cut, gap[cut:]
    words = [match_key(w) for w in gap.split()]
    clause = match_key(doc.text[quote.start : quote.start + 12]).split()
    if not words or len(words) > _MAX_WORDS or not clause:
        return None
    if not (clause[0] == "من" or clause[0].startswith("بان")):
        return None
    if not words[0].startswith("ال") or any(w in _TIMES or w in _NOT_ADDRESSEES for w in words):
        return None
    if any(not c.isalpha() for w in words for c in w):
        return None  # a comma or number: an aside, not an object
    offset = len(gap) - len(gap.lstrip())
    return Mention(begin + offset, begin + len(gap.rstrip()))
