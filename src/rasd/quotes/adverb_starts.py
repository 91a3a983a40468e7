"""An adverb of manner or frequency between a cue's subject and its complement ("ونددت
الوزارة بشدة بالهجوم"، "ورحب الوزير بحرارة بالاتفاق"، "وتندد أنقرة دائما بالدعم
الأمريكي"): how or how often it was said, not what. A ب adverb read as the cue's
preposition opened the quotation one word early, and one without ب left the
complement after it unread."""

from __future__ import annotations

from rasd.quotes.view import DocView

_OPENERS = frozenset({"على", "الى", "عن", "من", "في"})


def adverb_at(v: DocView, i: int, takes: frozenset[str] = frozenset({"ب"})) -> bool:
    """Token i is an adverb (words.tsv `complement_adverb`) before the complement; a ب
    word counts only when the next word opens with a preposition, since "باستمرار
    الاتفاق" (the deal's continuation) is itself what was hoped for, or when the cue
    (its cues.tsv `takes`) has no ب complement: "وأدانت دولة الإمارات بشدة التصعيد"
    can only be how it condemned."""
    if not v.is_("complement_adverb", i) or i + 1 >= v.n:
        return False
    if not v.proclitics[i].endswith("ب") or "ب" not in takes:
        return True
    nxt = i + 1
    return v.word(nxt) and (v.proclitics[nxt].endswith("ب") or v.keys[nxt] in _OPENERS)


def past_adverb(v: DocView, start: int, end: int, takes: frozenset[str]) -> int:
    """Where the complement may open past such an adverb right at `start` and a comma
    after it; -1 when none is there."""
    if start >= end or not adverb_at(v, start, takes):
        return -1
    j = start + 1
    j = j + 1 if v.punct(j, "،,") else j
    return j if j < end else -1


def adverb_ends(v: DocView, i: int) -> bool:
    """Token i, past a speaker phrase's first word, is a `complement_adverb` that ends
    the phrase ("وأدانت دولة الإمارات العربية المتحدة بشدة التصعيد": read as more of the
    subject it took the complement too); a name the entity layer tagged is a place
    ("في مدينة دوما"), not "always"."""
    return v.is_("complement_adverb", i) and v.entity_label(i) is None
