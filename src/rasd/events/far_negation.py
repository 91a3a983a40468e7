"""Acts negated or failed at a distance (evaudit6, session 29): "لم يوجه أي اتهامات
مباشرة", where the negator stands three words back, past the light verb that carries
the act and "أي"; "أخفق وزراء تجارة دول حوض المحيط الهادئ في التوصل إلى اتفاق" and "لم
تفلح الطبيعة … في أن يتوصل الوزراء", where a verb of failure reaches its في/عن/من
complement across its subject. `attributes.cancelled` reads the nearer negators."""

from __future__ import annotations

from rasd.events.sentence import BOUNDARY, Word, unjoined
from rasd.events.sentence import WORD_LISTS as _LISTS

_NEGATORS = _LISTS.words("negators")
_CARRIERS = _LISTS.words("negated_carriers")
_ANY = _LISTS.words("negative_any")
_FAILURE = _LISTS.words("failure_verbs")
_UNABLE = _LISTS.words("unable_verbs")
_COMPLEMENT = _LISTS.words("failure_complements")
_CLAUSE_WORDS = (
    _LISTS.words("complementizers")
    | _LISTS.words("relatives")
    | _LISTS.words("failure_subject_ends")
)
# "لم يوجه أي \"اتهامات مباشرة\"": quotation marks around the act noun.
_QUOTES = {'"', "«", "»", "“", "”"}
# "لم يوجه أي اتهامات": the negator, the verb that carries the act, "أي" and the act.
_NEGATOR_REACH = 5
# "لم تفلح الطبيعة الخلابة لجزر هاوي الأمريكية، والأجواء الهادئة للمحيط الهادئ في":
# a subject of up to ten words.
_FAILURE_REACH = 12
# A switch for `benchmarks/event_diff.py`.
FAR_ON = True


def far_cancelled(words: list[Word], pos: int) -> bool:
    """Whether a negator past a light verb, or a verb of failure past its subject,
    cancels the act at `pos`."""
    return FAR_ON and (_negated_carrier(words, pos) or _failed(words, pos))


def _negated_carrier(words: list[Word], pos: int) -> bool:
    """ "لم يوجه أي اتهامات"، "لم يتخذ أي إجراء"، "لم تقم بأي هجوم": a negator whose verb
    carries the act noun, with only "أي" (and its ب) between the verb and the noun."""
    for j in range(pos - 2, max(-1, pos - _NEGATOR_REACH - 1), -1):
        if unjoined(words[j]) not in _NEGATORS:
            continue
        verb, between = words[j + 1], words[j + 2 : pos]
        return unjoined(verb) in _CARRIERS and all(
            _any_word(w) or w.surface in _QUOTES for w in between
        )
    return False


def _any_word(word: Word) -> bool:
    """ "أي"، "أية"، "بأي": the word of "any" that a negation calls for."""
    key = unjoined(word)
    return key in _ANY or (key[:1] == "ب" and key[1:] in _ANY)


def _failed(words: list[Word], pos: int) -> bool:
    """ "أخفق الوزراء في التوصل"، "لم تفلح … في أن يتوصل"، "لم يتمكن الجيش من تحرير": a
    verb of failure, or a negated verb of success, whose في/عن/من complement is the act."""
    start = _complement(words, pos)
    if start is None:
        return False
    for j in range(start - 1, max(-1, start - _FAILURE_REACH - 1), -1):
        key = unjoined(words[j])
        if _ends_subject(words, j, key):
            return False
        if key in _FAILURE:
            return True
        if key in _UNABLE:
            return j > 0 and unjoined(words[j - 1]) in _NEGATORS
    return False


def _ends_subject(words: list[Word], j: int, key: str) -> bool:
    """Whether the word at `j` cannot stand in the failure verb's subject: a clause
    boundary (not the comma before a subject joined by و: "الطبيعة الخلابة …، والأجواء
    الهادئة"), a complementizer, or another في/عن/من, which the complement follows
    first ("لن تتمكن من إنتاج أسلحة … وسخر من انتقادات": من belongs to سخر)."""
    if words[j].surface in BOUNDARY:
        return not (words[j].surface in ("،", ",") and j + 1 < len(words) and words[j + 1].conj)
    return key in _COMPLEMENT or key in _CLAUSE_WORDS


def _complement(words: list[Word], pos: int) -> int | None:
    """Where the في/عن/من that opens the act begins ("في التوصل"، "في أن يتوصل")."""
    j = pos - 1
    if j >= 1 and unjoined(words[j]) in ("ان", "بان"):
        j -= 1
    if j >= 0 and unjoined(words[j]) in _COMPLEMENT:
        return j
    return None
