"""A speaker written with a demonstrative after the cue ("وأعربت هذه الشركات عن
مخاوفها"، "وقال هذا المسؤول إن"): the demonstrative is a function word, so no speaker
phrase started there; the cue was left with no speaker, or with none at all when its
content is a preposition's ("عن"، "بـ")."""

from __future__ import annotations

from rasd.quotes.circumstances import skip_adverbials
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.view import CueHit, DocView
from rasd.text.normalize import match_key

# The demonstrative agrees with the verb it is the subject of ("وقالت هذه المصادر"، "وقال
# هذا المسؤول"، "وطالب هؤلاء"); one that does not is its object ("ووصف هذه الخطوة").
_AGREEING = {"m": ("هذا", "ذلك", "هؤلاء"), "f": ("هذه", "تلك"), "p": ("هؤلاء",)}


def demonstrative_subject(
    v: DocView, k: int, p: int, end: int, hit: CueHit, complements: frozenset[str]
) -> Phrase | None:
    """The phrase after a demonstrative right after the cue, when what was said opens
    right after it with أن or a preposition the cue takes; a bare noun after it is the
    object ("نفى هذه الاتهامات"، "وصف هذه الخطوة بأنها")."""
    if p + 1 >= end or v.keys[p] not in _AGREEING.get(hit.form.gender, ()):
        return None
    if v.is_("negation", k - 1):
        return None  # "ولا تكشف هذه الميزة عن"، "ولم يكشف هذا الأخير عن": nothing said
    if {"O", "M"} & hit.form.takes or v.lexicon.has("describing", match_key(hit.form.lemma)):
        return None  # "دعا هذه الدول إلى"، "اعتبر هذا القرار": whom it is aimed at
    j = p + 1
    if not (v.word(j) and v.definite[j]) or v.is_("time", j) or v.cue(j) is not None:
        return None  # "قال هذا الأسبوع إن": when, not who
    phrase = noun_phrase(v, j, end, complements=complements)
    if phrase is None:
        return None
    after, _ = skip_adverbials(v, phrase.end, end)
    return phrase if after < end and _opens_content(v, after, hit) else None


def _opens_content(v: DocView, j: int, hit: CueHit) -> bool:
    if v.complementizer(j):
        return True
    takes = {match_key(t) for t in hit.form.takes}
    if v.keys[j] in takes:
        return True  # "عن"، "الى"، "على"
    proclitic = v.proclitics[j][-1:]
    return proclitic in ("ب", "ل") and proclitic in takes


_ENDINGS = ("ون", "ين", "ات", "ة", "ه")  # plural and feminine endings


def head_key(word: str) -> str:
    """A noun without its article and plural or feminine ending, so that "هؤلاء
    المسؤولون" finds "كثير من المسؤولين" and "تلك المصادر" "مصادر يمنية"."""
    key = match_key(word).removeprefix("و").removeprefix("ال")
    for ending in _ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return key


def repeats_head(words: list[str], head: str) -> bool:
    """Whether a speaker's words hold the noun a demonstrative phrase repeats."""
    key = head_key(head)
    return any(head_key(w) == key for w in words)
