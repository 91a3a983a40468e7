"""Inquiry words that are achieving: "تحقيق تقدم"، "حقق نجاحا"، "من أجل تحقيق" achieve a
goal, "مكتب التحقيقات" names a body and "رهن التحقيق" a state someone is held in;
an inquiry is opened or made with في or مع and no direct object.
"""

from __future__ import annotations

from rasd.events.keys import light_key
from rasd.events.phrases import PREPOSITIONS, has_enclitic
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, bare, definite, unjoined
from rasd.text.normalize import match_key

_ACHIEVED = WORD_LISTS.words("achieved")
_INVESTIGATORS = WORD_LISTS.words("investigators")
_CONTRIBUTING = WORD_LISTS.words("contributing")
_PENDING = WORD_LISTS.words("pending")
_STRIVING = WORD_LISTS.words("striving")
_INQUIRY_OPENERS = WORD_LISTS.words("inquiry_openers")
_DEMONSTRATIVES = WORD_LISTS.words("demonstratives")
# Words that open what an inquiry is about ("تحقيق في"، "تحقيق مع المتهمين"): past them
# an achievement word is the inquiry's subject matter, not what is achieved.
_INQUIRY_PREPS = {"في", "مع", "بشان", "حول", "عن"}
_TIME_PREPS = WORD_LISTS.words("time_preps")


def not_inquiry(words: list[Word], i: int) -> bool:
    """ "مكتب التحقيقات الفيدرالي"، "لجنة تحقيق": a body's name; "رهن التحقيق": a state
    someone is held in; "يسهم في تحقيق"، "تحقيق قوات النظام تقدما"، "تحقيقا لرؤية
    المملكة": achieving."""
    before = [bare(w).removeprefix("س") for w in words[max(0, i - 2) : i]]
    if before and (before[-1] in _INVESTIGATORS or before[-1] in _PENDING):
        return True
    if len(before) == 2 and before[1] == "في" and before[0] in _CONTRIBUTING:
        return True
    if _striven_for(words, i):
        return True
    # "تحقيق ذلك"، "تحقيق هذا الهدف": a goal pointed back to; an inquiry takes its
    # demonstrative before ("هذا التحقيق").
    if i + 1 < len(words) and bare(words[i + 1]) in _DEMONSTRATIVES:
        return True
    for w in words[i + 1 : i + 6]:
        if w.surface in BOUNDARY or match_key(w.surface) in _INQUIRY_PREPS:
            return False
        # "تحقيقا لرؤية المملكة": the achievement may carry a joined ل, the purpose
        if any(k.removeprefix("ال") in _ACHIEVED for k in w.keys):
            return True
    return False


def _striven_for(words: list[Word], i: int) -> bool:
    """ "استطاع فيها الفرنسيون تحقيق المونديال"، "من أجل تحقيق"، "أمكن تحقيقه": a striving
    or ability word up to three words before, with no inquiry opened between ("لا يمكن
    إجراء تحقيق"). A goal is the noun's object, so the noun has no article and no
    inquiry preposition follows ("قادر على التحقيق معه" is an inquiry)."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    if definite(words[i]) or (nxt and match_key(nxt.surface) in _INQUIRY_PREPS):
        return False
    for w in reversed(words[max(0, i - 3) : i]):
        keys = {k.removeprefix("ال") for k in w.keys}
        keys |= {k.removeprefix("س") for k in keys}  # the future "ستحاول"
        if w.surface in BOUNDARY or keys & _INQUIRY_OPENERS:
            return False
        if keys & _STRIVING:
            return True
    return False


def achieving(words: list[Word], i: int) -> bool:
    """ "حقق نجاحا"، "حققت القوات التركية الجمعة تقدما"، "وحقق معه إنجازات"، "المكاسب
    التي حققتها": the verb with a direct object (an attached pronoun, or an object
    before its في or مع) is achieving; investigating takes في or مع and no such object
    ("حققت مع مديرها في هايتي")."""
    return has_enclitic(words[i]) or _object_first(words, i)


def _object_first(words: list[Word], i: int) -> bool:
    """Whether the verb at `i` has a direct object before the في or مع of an inquiry:
    an achievement ("حقق الزعيم الكوري كيم جونغ إيل فوزا ساحقا في انتخابات"), an
    indefinite accusative, or another preposition that the في comes after ("تحقق
    إستراتيجية المدينة نحو الريادة في"، "يحقق العبادي أيا من وعوده في")."""
    for w in words[i + 1 :]:
        key = unjoined(w)
        if w.surface in BOUNDARY or key in ("في", "مع"):
            return False
        if key in _TIME_PREPS or key in ("بعد", "قبل"):
            continue  # "حققت الشرطة خلال الأسبوع في القضية": a time, not the object
        if bare(w) in _ACHIEVED or key in PREPOSITIONS or accusative(key):
            return True
    return False


def accusative(key: str) -> bool:
    """An indefinite noun with the accusative alef ("فوزا"، "تقدما"), not a name ending
    in alef ("روسيا"، "أمريكا"; `light_key` keeps their alef)."""
    return not key.startswith("ال") and key.endswith("ا") and light_key(key) != key
