"""Trigger verbs whose object is a pose or an opinion (evaudit5, an unseen-news audit):
"تظاهر بالتغافل"، "تظاهر بأنه ابن سائق السفارة" pretend, no demonstration; "ويؤيد
المواطن زامل الغامدي الرأي السابق"، "أوافق الأستاذ صالح الشيحي أن الاعتذار …" agree
with what someone thinks, no deal made and no party backed. The word lists are in
`data/words.tsv` (`pretended`, `opinions`).
"""

from __future__ import annotations

from rasd.events.lexicon import Trigger
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, bare, unjoined
from rasd.text.normalize import match_key

# A switch for `benchmarks/event_diff.py` (the unseen count of these rules).
ON = True

_PRETENDED = WORD_LISTS.words("pretended")
_POSED_AS = WORD_LISTS.words("posed_as")
_OPINIONS = WORD_LISTS.words("opinions")
_OPINION_VERBS = WORD_LISTS.words("opinion_verbs")
_OPINION_HEADS = WORD_LISTS.words("opinion_heads")
_AGREED_TO = WORD_LISTS.words("agreed_to")
# "وتظاهر الاثنان بأنهما": the subject between the verb and its pose.
_POSE_REACH = 3
# "ويؤيد المواطن زامل الغامدي الرأي": the subject's name between the verb and its object.
_OBJECT_REACH = 5
# "أوافق الأستاذ صالح الشيحي أن": a title and a name between the verb and its أن.
_THAT_REACH = 5


def pose_or_opinion(words: list[Word], i: int, trigger: Trigger) -> bool:
    """Whether the trigger at `i` pretends, or agrees with an opinion."""
    if not ON or trigger.kind != "verb":
        return False
    if trigger.type == "PROTEST" and trigger.lemma == "تظاهر":
        return pretended(words, i)
    if trigger.lemma in _OPINION_VERBS:
        return opinion_object(words, i) or person_that(words, i)
    return False


def pretended(words: list[Word], i: int) -> bool:
    """ "تظاهر بالتغافل"، "يتظاهرون وكأنهم"، "وتظاهر الاثنان بأنهما رهن إشارة الحكومة":
    a that-clause right after the verb, or بـ and a pose (`pretended`, without بـ/ال) or
    "بأن" past the subject; "تظاهروا بالآلاف"، "بالقرب من"، "بعد أن" stay protests."""
    if i + 1 < len(words) and unjoined(words[i + 1]) in _POSED_AS:
        return True
    for w in words[i + 1 : i + 1 + _POSE_REACH]:
        if w.surface in BOUNDARY:
            return False
        key = unjoined(w)
        if key.startswith("بان") or (
            key.startswith("ب") and key[1:].removeprefix("ال") in _PRETENDED
        ):
            return True
    return False


def opinion_object(words: list[Word], i: int) -> bool:
    """ "ويؤيد المواطن زامل الغامدي الرأي السابق"، "أؤيد ما ذهب إليه": a definite opinion
    noun (or "ما ذهب") as the object, past the subject, before any comma; "يؤيد طرح
    مشروع قرار" (tabling a draft, no article) is backing an act."""
    for j in range(i + 1, min(len(words), i + 1 + _OBJECT_REACH)):
        w = words[j]
        if w.surface in BOUNDARY:
            return False
        key = unjoined(w)
        if key.startswith("ال") and bare(w) in _OPINIONS and not held_opinion(words, j):
            return True
        if key == "ما" and j + 1 < len(words) and bare(words[j + 1]).startswith("ذهب"):
            return True
    return False


def held_opinion(words: list[Word], j: int) -> bool:
    """ "استطلاع الرأي"، "الرأي العام": the opinion noun names a poll or the public, not
    the view agreed with (`opinion_heads`, the noun before it or the adjective after)."""
    return any(bare(words[k]) in _OPINION_HEADS for k in (j - 1, j + 1) if 0 <= k < len(words))


def person_that(words: list[Word], i: int) -> bool:
    """ "أوافق الأستاذ صالح الشيحي أن الاعتذار عملية ليست سهلة": agreeing with a person
    that something is so (a أن clause after the person, no على): "وافق البرلمان على أن"،
    "وهو ما وافق عليه قبل أن" agree to a proposal, an act."""
    for between, w in enumerate(words[i + 1 : i + 1 + _THAT_REACH + 1]):
        key = match_key(w.surface)
        if w.surface in BOUNDARY or key.removeprefix("و") in _AGREED_TO:
            return False
        if key in ("ان", "بان"):
            return between > 0
    return False
