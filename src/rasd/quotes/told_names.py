"""Who was told, named after ل (issue 12, qaddress): "وأكد للجوهرة أف أم أن"، "وقالت
للمرصد السوري مصادر محلية إن"، "بحسب ما أكده لمراسل الجوهرة أف أم في المهدية، المدير
الجهوي للتجارة الحبيب النصري". A subject never takes ل, so a body named with it right
after a cue, or after the verb of a "بحسب ما" frame, heard the words and did not say
them: the speaker is named after it, or is the verb's own pronoun. The audience words
(`circumstances.audience_at`) already read "للصحافيين" and "لوكالة X" so; here an
organisation of the entity layer is read so too, whole.
"""

from __future__ import annotations

from rasd.quotes.regions import is_name_region
from rasd.quotes.speaker_words import entity_end
from rasd.quotes.view import DocView

SAID_REACH = 8  # tokens from the body told to the words said or the subject's "أن"


def told_body_end(v: DocView, k: int, limit: int) -> int | None:
    """One past a body's name told at k ("للجوهرة أف أم"، "للمرصد السوري"), its ل a
    preposition: only where its name starts (not "لحقوق الإنسان" inside "المرصد
    السوري لحقوق الإنسان"). Not read by `audience_at`, which the phrase reader also
    stops at: "المتحدث الرسمي لحركة فتح" goes on."""
    e = v.entity_at.get(k) if v.entity_at is not None and k < limit else None
    if e is None or e.label != "ORG" or not v.proclitics[k].endswith("ل"):
        return None
    return entity_end(v, k, limit) if e.start > v.tokens[k].start else None


def body_told_words(v: DocView, k: int, limit: int) -> int | None:
    """`told_body_end` after a cue when what was said follows soon (a complementizer,
    quoted words or a colon, past the subject if one is named there): "وأكد للجوهرة
    أف أم أن"; not "الفهمي يجدد للأهلي واليوناني …" (renewed with the club)."""
    end = told_body_end(v, k, limit)
    if end is None:
        return None
    for j in range(end, min(limit, end + SAID_REACH)):
        if v.complementizer(j) or v.region_opening(j) is not None or v.punct(j, ":"):
            return end
        if v.punct(j, ".!?؟") or v.cue(j) is not None:
            return None
    return None


OUTLET_MARK_WORDS = 4  # words of an outlet's name in brackets ("لمراسلة (وات)")


def past_outlet_mark(v: DocView, j: int, end: int) -> int:
    """Past the outlet's name in quotation marks or brackets after whom a cue or a
    frame's verb told ("لصحيفة «الحياة»"، "لمراسلة (وات)"); j when none is there."""
    r = v.region_opening(j)
    if r is not None and v.regions[r].closer is not None and is_name_region(v, r):
        return v.regions[r].closer + 1
    if j < end and v.punct(j, "("):
        close = next(
            (m for m in range(j + 1, min(end, j + 2 + OUTLET_MARK_WORDS)) if v.punct(m)), 0
        )
        return close + 1 if close and v.punct(close, ")") else j
    return j
