"""A quoted name in a speaker phrase: the body a title is held at or named after
("باسم "غرفة العمليات المركزية في الجنوب" ابراهيم الجباوي") and the name a phrase's
head is given in quotation marks ("وكالة أنباء "فارس""). Apart from
`phrase_objects.py`, which asks where a speaker phrase gives way to the verb's object:
these ask what a closed quotation inside the phrase names.
"""

from __future__ import annotations

from rasd.quotes.speaker_words import Phrase, definite, entity_end, one_common_word
from rasd.quotes.view import DocView

QUOTED_BODY_WORDS = 8  # a quoted body's name between a title and its holder


def holder_after_quoted(v: DocView, k: int, i: int, limit: int) -> tuple[int, int] | None:
    """The person's name right after a quoted body's name that completes a title
    ("باسم "غرفة العمليات المركزية في الجنوب" ابراهيم الجباوي", "باسم تحالف "دعم
    الشرعية في اليمن"، تركي المالكي،") or a post held in it ("شريك أول في "استراتيجي
    آند" فادي عدرا"، "خبير اقتصادي في شركة الاستثمار "بيمكو"، يواكيم فيلس")."""
    r = v.region_opening(i)
    held_in = any(v.keys[j] == "في" for j in range(k + 1, i))
    if r is None or not (held_in or any(v.is_(c, i - 1) for c in ("naming", "title"))):
        return None
    reg = v.regions[r]
    if reg.closer is None or not 0 < reg.last - reg.first <= QUOTED_BODY_WORDS:
        return None
    j = reg.closer + 1
    if v.punct(j, "،,"):
        j += 1
    if j >= limit or v.entity_label(j) != "PER":
        return None
    return (j, entity_end(v, j, limit))


def held_at_body(v: DocView, head: int, name: int) -> bool:
    """The noun before a quoted name after a title is the body where the title is
    held ("لشركة"، "من قناة"), not a title itself nor "باسم" (a spokesman speaks for
    the body he is named after). After a definite noun ("مدير المبيعات بالشركة "سامي
    بن علي الراشد"") or as a person's name the quoted words name the speaker."""
    if v.is_("title", head) or "باسم" in v.keys[max(head - 1, 0) : head + 1]:
        return False
    return not definite(v, head) and v.entity_label(name) != "PER"


def quoted_name(
    v: DocView, i: int, k: int, run: list[int], phrase: Phrase
) -> tuple[int, int] | None:
    """Tokens of a short closed quotation at i that names the phrase's head (a news
    agency's too: "وكالة الأنباء الرسمية السورية "بترا""), unless a name was read."""
    r = v.region_opening(i)
    if r is None or i == k or phrase.name is not None:
        return None
    if run and not (run[0] == k and v.is_("source_head", k)):
        return None  # a name read before the quotation, not an agency's description
    reg = v.regions[r]
    head = i - 1
    # "وكالة الأنباء الرسمية السورية "بترا"", "وكالة أنباء "فارس"": the head's
    # complement, definite or one common word, then its name.
    named = any(v.is_(c, head) for c in ("naming", "source_head", "title")) or (
        v.is_("source_head", k)
        and (one_common_word(v, k, i) or all(definite(v, j) for j in range(k + 1, i)))
    )
    if reg.closer is None or not named or not 0 < reg.last - reg.first <= 4:
        return None
    return (reg.first, reg.last)
