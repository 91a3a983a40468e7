"""Relayed speech (نقلت وكالة رويترز عن مسؤول قوله إن …): the relay before "عن", the
source after it, the relayed words' verbal noun and the speaker's gender on its pronoun;
with no "عن" ("ونقلت رويترز أن …") the medium that relays is the speaker.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.quotes.clues import speaks
from rasd.quotes.lexicon import DEMONSTRATIVES
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.view import DocView

RELAY = "عن*"  # in cues.tsv: the speaker follows عن (نقل عن)


def relayed(v: DocView, i: int, end: int) -> Phrase | None:
    if i >= end or v.keys[i] != "عن":
        return None
    start = i + 2 if i + 1 < end and v.keys[i + 1] in DEMONSTRATIVES else i + 1
    return noun_phrase(v, start, end)  # "نقلت مواقع، عن تلك المصادر، أن"


RELAY_REACH = 8  # tokens from a relaying cue's subject to the "عن" of its source
FROM_HIM = frozenset({"عنه", "عنها", "عنهم", "عنهما"})


def relay_before_source(v: DocView, phrase: Phrase, p: int) -> tuple[Phrase, int]:
    """ "ونقل التلفزيون الرسمي عن محافظ البنك …": a speaker phrase read through "عن"
    is the relay up to it; the source follows it."""
    cut = next((j for j in range(phrase.start + 1, phrase.end) if v.keys[j] == "عن"), None)
    if cut is None:
        return phrase, p
    name = phrase.name if phrase.name is not None and phrase.name[1] <= cut else None
    return replace(phrase, end=cut, name=name), cut


def relay_from(v: DocView, i: int, end: int) -> int:
    """The "عن" before the relayed speaker: at i, or past the relay's name, time or
    place ("ونقلت "رويترز" عن مصدرين"، "ونقلت بي بي سي في نوفمبر عن مصادر"); i when
    none comes before a complementizer, a cue or the sentence's end."""
    for j in range(i, min(end, i + RELAY_REACH)):
        if v.keys[j] == "عن":
            return j
        if v.complementizer(j) or v.punct(j, ".!?؟:") or v.cue(j) is not None:
            break
    return i


def medium_relays(v: DocView, relay: Phrase | None, i: int) -> bool:
    """ "ونقلت رويترز أن الزلزال …"، "ونقلت وسائل إعلام أن مشتبها به …": no "عن" names
    a source, and "أن" opens the words right after the relay, so the medium that relays
    them says them, as after "ذكرت"; "نقلت الطائرة الركاب" and "نقل المصاب إلى
    المستشفى" (carried, moved) have no "أن" there, and "ونقل صورة أن العراق غير
    مستقر" (conveyed an image) no relay that speaks or is cited (words.tsv
    `cited_source`: "ونقلت الصحيفة أن"، "ونقلت صحف تركية أن")."""
    return (
        relay is not None
        and v.complementizer(i)
        and (speaks(v, relay) or v.is_("cited_source", relay.start))
    )


def after_relayed(v: DocView, i: int, end: int) -> int:
    """Skips "قوله"، "تأكيده"، "قولها": the relayed words' verbal noun."""
    while i < end and v.word(i) and v.third_person[i] and not v.complementizer(i):
        i += 1
    return i


_PRONOUN_GENDER = (("هما", "p"), ("هم", "p"), ("هن", "p"), ("ها", "f"), ("ه", "m"))


def pronoun_gender(key: str) -> str | None:
    """The gender of a word's attached pronoun ("قولها"، "عنها": f; "عنهم": p)."""
    return next((g for end, g in _PRONOUN_GENDER if key.endswith(end)), None)


def relayed_gender(v: DocView, first: int, last: int) -> str | None:
    """The gender of the pronoun on the relayed words' verbal noun ("قولها": f)."""
    for i in range(first, last):
        if v.third_person[i]:
            return pronoun_gender(v.keys[i])
    return None
