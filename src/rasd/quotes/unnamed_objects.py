"""Where an unnamed speaker's description ends and the verb's object or addressee
begins ("أفاد مصدر قضائي | وكالة فرانس برس"، "ووصف دبلوماسي رفيع المستوى | المشكلة
بأنها"): an indefinite noun takes only indefinite adjectives, and an adjective heads
no genitive but the one word of "رفيع المستوى", so a name or a definite word after
them is no part of who spoke. The phrase reader (`noun_phrase.py`) asks this through
`phrase_objects.object_after_adjective`.
"""

from __future__ import annotations

from rasd.quotes.circumstances import skip_adverbials
from rasd.quotes.speaker_words import definite, entity_end, nisba
from rasd.quotes.view import DocView


def opens_name(v: DocView, i: int) -> bool:
    """An entity the entity layer reads starts at token i ("وكالة | فرانس برس")."""
    e = v.entity_at.get(i) if v.entity_at is not None else None
    return e is not None and e.start >= v.tokens[i].start


def opens_body(v: DocView, i: int) -> bool:
    """A body's name starts at i ("مصدر مطلع | رويترز"); a person's name there may be
    the unnamed speaker's own, apposed ("دبلوماسي سابق جون …")."""
    return opens_name(v, i) and v.entity_label(i) == "ORG"


def quoted_entity(v: DocView, j: int) -> bool:
    """A name alone between quotation marks opens at j ("وكالة | "فرانس برس""), not
    a quotation that starts with one."""
    if not (j + 1 < v.n and v.punct(j, '"«“') and opens_name(v, j + 1)):
        return False
    e = entity_end(v, j + 1, v.n)
    return e < v.n and v.punct(e, '"»”')


def object_after_genitive(v: DocView, k: int, i: int) -> bool:
    """ "دبلوماسي رفيع المستوى المشكلة"، "مسؤول أمريكي رفيع المستوى الصحفيين": a
    definite word after the genitive of an unnamed speaker's adjective (words.tsv
    `genitive_adjective`) is neither more of that genitive (it takes one word) nor an
    adjective of the indefinite speaker: it is what the verb acts on or is aimed at."""
    a, g = i - 2, i - 1
    if a <= k or not (v.word(i) and v.word(g) and v.word(a)):
        return False
    if definite(v, a) or v.proclitics[a] or not v.is_("genitive_adjective", a):
        return False
    if not definite(v, g) or v.proclitics[g] or not definite(v, i) or v.proclitics[i]:
        return False
    return not any(v.is_(c, i) for c in ("time", "function", "title", "cut")) and (
        v.cue(i) is None and not v.complementizer(i)
    )


def object_after_listed_adjective(v: DocView, k: int, i: int) -> bool:
    """ "وأبلغ مسؤول كبير الصحفيين أن"، "أفاد مصدر مطلع وكالة الأنباء": after a bare
    adjective of an unnamed source that heads no genitive (words.tsv `source_adjective`),
    a definite word or a name is no part of the source."""
    h = i - 1
    if h <= k or not (v.word(i) and v.word(h)) or v.proclitics[i] or v.proclitics[h]:
        return False
    if definite(v, h) or not v.is_("source_adjective", h):
        return False
    if any(v.is_(c, i) for c in ("time", "function", "title", "cut", "anonymous")):
        return False
    if v.cue(i) is not None or v.complementizer(i):
        return False
    return definite(v, i) or opens_body(v, i) or heads_name(v, i)


def heads_name(v: DocView, i: int) -> bool:
    """The bare head word of an agency, paper or body before its name, quoted or not
    ("وكالة | فرانس برس"، "وكالة | "فرانس برس""; words.tsv `medium_head`, `body_head`):
    other bare words before a name may be an adjective the tokenizer did not split
    ("مسؤولون حكوميون وزراعيون رويترز") or a verb ("يدعى")."""
    j = i + 1
    if j >= v.n or not (v.is_("medium_head", i) or v.is_("body_head", i)):
        return False
    return quoted_entity(v, j) or (not v.proclitics[j] and opens_name(v, j))


def past_named_addressee(v: DocView, i: int, end: int) -> int:
    """ "…، كما أفاد مسؤول عسكري أميركي وكالة فرانس برس الاثنين.": one past the named
    addressee (and the time words after it) that an unnamed speaker's phrase ending in
    an adjective before i stopped at, so a frame closing the sentence still reads as
    one; i when none is there."""
    adjective = nisba(v, i - 1) or v.is_("source_adjective", i - 1)
    if not (0 < i < end and adjective and not v.definite[i - 1]):
        return i
    j = i if opens_body(v, i) else i + 1  # "وكالة | فرانس برس"
    if j == i + 1 and not heads_name(v, i):
        return i
    quoted = j < end and quoted_entity(v, j)
    j += quoted
    if not (j < end and opens_name(v, j)):
        return i
    e = entity_end(v, j, end) + quoted
    return skip_adverbials(v, e, end)[0]
