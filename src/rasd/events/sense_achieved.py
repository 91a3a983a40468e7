""" "تحقيق" governing what is achieved: "وتحقيق العدل"، "في تحقيق المصالحة"، "تحقيقا لعودة
الشرعية" reach a goal, no inquiry. An inquiry is told with what it is about after في،
مع or بشأن, with an adjective ("تحقيق شامل") or with whoever makes it ("تحقيق النيابة");
a goal is the indefinite noun's definite object, or the purpose ل of its accusative.
A body named by inquiries with a joined preposition ("لهيئة التحقيق") is no inquiry either.
"""

from __future__ import annotations

from rasd.events.sentence import WORD_LISTS, Word, bare, definite
from rasd.text.normalize import match_key

# Who makes an inquiry, after its noun ("تحقيق النيابة"، "تحقيق الأمم المتحدة"): the
# inquiry's maker, not a goal (bare words).
_INQUIRY_MAKERS = WORD_LISTS.words("inquiry_makers")
# Verbs that open or make an inquiry ("فتحت تحقيقا لمعرفة"، "أجرت الشرطة تحقيقا لـ"):
# the ل after them is the inquiry's purpose (bare words).
_INQUIRY_VERBS = WORD_LISTS.words("inquiry_verbs")
_INVESTIGATORS = WORD_LISTS.words("investigators")
_QUOTES = {'"', "«", "“", "'"}
# How far before "تحقيقا" a verb that opens it may stand ("أجرت الشرطة المحلية تحقيقا").
_VERB_REACH = 3


def goal_achieved(words: list[Word], i: int) -> bool:
    """Whether the inquiry noun at `i` is achieving what follows it, or names a body."""
    if i > 0 and {k.removeprefix("ال") for k in words[i - 1].keys} & _INVESTIGATORS:
        return True  # "وإحالته لهيئة التحقيق والادعاء العام": the body's name
    noun = match_key(words[i].surface).removeprefix("و")
    if definite(words[i]) or noun.endswith(("ات", "اتها", "اته", "اتهم")):
        return False  # "التحقيق"، "تحقيقات": inquiries; "تحقيق" is the verbal noun
    nxt = _next_word(words, i)
    if nxt is None:
        return False
    if definite(nxt) and not nxt.prep:
        # "وتحقيق الانضباط المالي"، "تحقيق المركز الأول": the construct's object
        return bare(nxt) not in _INQUIRY_MAKERS
    return _purpose_of(words, i, noun, nxt)


def _next_word(words: list[Word], i: int) -> Word | None:
    """The word after `i`, past an opening quotation mark ("وتحقيق "الوصول الشامل"")."""
    for w in words[i + 1 : i + 3]:
        if w.surface not in _QUOTES:
            return w
    return None


def _purpose_of(words: list[Word], i: int, noun: str, nxt: Word) -> bool:
    """ "تحقيقا لعودة الشرعية": the accusative of purpose with its ل, unless a verb
    before opens an inquiry ("فتحت النيابة تحقيقا لكشف ملابسات الحادث")."""
    if not noun.endswith("ا") or not nxt.prep or not match_key(nxt.surface).startswith("ل"):
        return False
    before = words[max(0, i - _VERB_REACH) : i]
    return not any(bare(w).removeprefix("س") in _INQUIRY_VERBS for w in before)
