"""The holder of a title that takes another titled person as its genitive: "موفد خادم
الحرمين الشريفين الملك سلمان بن عبد العزيز، المستشار في الديوان الملكي نزار العلولا،",
"مستشار الرئيس الأمريكي دونالد ترامب، جاريد كوشنر،". The name right after the chain is
the genitive's holder (the king, the president); the person apposed between commas
after it holds the head title and is the speaker.
"""

from __future__ import annotations

from rasd.quotes.phrase_objects import PREPOSITIONS
from rasd.quotes.speaker_words import Phrase, entity_end
from rasd.quotes.view import DocView

# Words of a description apposed before the head's holder ("المستشار في الديوان الملكي").
DESCRIPTION_WORDS = 6
# Words of a modifier after the genitive's name ("… بوتين إلى الشرق الأوسط،").
MODIFIER_WORDS = 4
_COMMAS = "،,"


def chain_holder(v: DocView, phrase: Phrase, limit: int) -> tuple[int, int] | None:
    """The person apposed after a title chain whose name is the genitive's, or None."""
    if phrase.name is None or v.entity_at is None:
        return None
    if not _chained(v, phrase.start, phrase.name[0]):
        return None
    if phrase.name[1] > phrase.end:
        return None  # a name apposed after the chain already holds the head title
    if v.entity_label(phrase.name[1] - 1) != "PER":
        return None
    comma = _past_modifier(v, _past_genitive_name(v, phrase.end, limit), limit)
    if not v.punct(comma, _COMMAS):
        return None
    holder = _apposed_person(v, comma + 1, limit)
    if holder is None or not v.punct(holder[1], _COMMAS):
        return None  # "…، نزار العلولا، أن": the apposition closes with its own comma
    return holder


def _chained(v: DocView, head: int, first: int) -> bool:
    """The phrase opens with a title that names someone's agent (words.tsv
    `agent_title`: موفد، مستشار، ممثل …) whose genitive is the name or a title before
    it ("مستشار ترامب"، "ممثل الأمين العام … غوتيريس"): the name at `first` is not the
    head's."""
    if not v.is_("agent_title", head):
        return False
    if first == head + 1:
        # "مستشار ترامب": a bare head in construct takes the name as its genitive;
        # "المستشار كوشنر" is the head's own name.
        return not v.definite[head]
    if v.is_("rank_before_name", first - 1):
        return False  # "المتحدث باسم الجيش العقيد تركي المالكي": the rank names the head's
    return any(v.is_("title", j) for j in range(head + 1, first))


def _past_genitive_name(v: DocView, i: int, limit: int) -> int:
    """Past the genitive's own title and name when the phrase stopped before them
    ("خادم الحرمين الشريفين [الملك سلمان بن عبد العزيز]")."""
    j = i
    while j < limit and v.is_("title", j) and v.entity_label(j) != "PER":
        j += 1
    if j < limit and v.entity_label(j) == "PER":
        return entity_end(v, j, limit)
    return i


def _past_modifier(v: DocView, i: int, limit: int) -> int:
    """Past a short modifier opened by a preposition ("إلى الشرق الأوسط")."""
    if i >= limit or not (v.keys[i] in PREPOSITIONS or v.proclitics[i] in ("ل", "لل")):
        return i
    j = i + 1
    while j < limit and j - i <= MODIFIER_WORDS and v.word(j):
        if v.cue(j) is not None or v.complementizer(j) or v.entity_label(j) == "PER":
            return i
        j += 1
    return j


def _apposed_person(v: DocView, i: int, limit: int) -> tuple[int, int] | None:
    """The person the entity layer names at i, or after a description opened by a
    title word ("المستشار في الديوان الملكي نزار العلولا"), before any verb or clause."""
    if v.proclitics[i][:1] in ("و", "ف"):
        return None  # "…، والرئيس الفرنسي إيمانويل ماكرون،": a second person, joined
    j = i
    while j < limit and j - i <= DESCRIPTION_WORDS:
        if v.entity_label(j) == "PER":
            if j > i and not v.is_("title", i):
                return None  # only a title opens the description before the name
            return (j, entity_end(v, j, limit))
        if not v.word(j) or v.cue(j) is not None or v.complementizer(j):
            return None
        j += 1
    return None
