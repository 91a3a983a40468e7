"""A lone verb is never a speaker (issue 12, qpron).

A cue whose subject is dropped or a pronoun ("تبتسم وهي تقول إنه"، "وأضافت نتوقع
أن"، "، تجلى فيه معجزة الوحي قال عليه الصلاة والسلام") has before or after it a
verb that the phrase readers take for a bare noun: the news writes it in other
persons too, which no noun and no name is. Such a one-word "speaker" gives way to
the speaker the zero subject stands for.
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.quotes.speaker_words import Phrase, verb_alone
from rasd.quotes.state import token_at
from rasd.quotes.view import VERB_MIN_FREQ, DocView

PRESENT_PREFIXES = "يتن"  # he/she/we: the persons a news text tells in


def other_person(v: DocView, key: str) -> bool:
    """ "يسيطر"، "نتوقع"، "تبتسم" beside "يسيطرون"، "يتوقعون"، "يبتسمون"; "يتظاهرون"
    beside "يتظاهر"; the past "تجلى" of the form تفعّل beside its present "يتجلى"."""
    if len(key) < 4 or key[0] not in PRESENT_PREFIXES:
        return False
    if key[0] == "ي" and key.endswith("ون") and v.freq.get(key[:-2], 0) >= VERB_MIN_FREQ:
        return True
    if v.freq.get("ي" + key[1:] + "ون", 0) >= VERB_MIN_FREQ:
        return True
    return key[0] == "ت" and v.freq.get("ي" + key, 0) >= VERB_MIN_FREQ


def lone_verb(v: DocView, start: int, end: int) -> bool:
    """Tokens start..end are one bare verb: a word with no article, name, title or
    source in it that the news also writes as a verb of another person."""
    if end - start != 1 or not v.word(start) or v.definite[start]:
        return False
    if v.entity_label(start) is not None or v.is_("function", start):
        return False
    if v.is_("title", start) or v.is_("anonymous", start) or v.is_("source_head", start):
        return False
    key = v.stems[start]
    # "وتطوق القوات التركية …": a "و" the reader left on the verb
    bare = key[1:] if key[:1] in ("و", "ف") else key
    return verb_alone(v, start) or other_person(v, key) or other_person(v, bare)


def verb_phrase(v: DocView, phrase: Phrase | None) -> bool:
    return phrase is not None and lone_verb(v, phrase.start, phrase.end)


def verb_mention(v: DocView, mention: Mention | None) -> bool:
    """A speaker mention that is one bare verb."""
    if mention is None:
        return False
    start = token_at(v, mention.start)
    end = token_at(v, max(mention.start, mention.end - 1)) + 1
    return lone_verb(v, start, end)


def past_beside_present(v: DocView, k: int) -> bool:
    """A bare past verb that the word lists do not know ("استرجع"، "هاجم"): the news
    also writes its present ("يسترجع") and its feminine ("استرجعت"), as no noun and
    no name is written."""
    if not v.word(k) or v.definite[k] or v.entity_label(k) is not None:
        return False
    if v.is_("function", k) or v.is_("title", k) or v.is_("source_head", k):
        return False
    key = v.stems[k]
    present = "ي" + (key[1:] if key[:1] == "ا" else key)  # "استرجع" → "يسترجع"
    return (
        len(key) >= 3
        and v.freq.get(present, 0) >= VERB_MIN_FREQ
        and v.freq.get(key + "ت", 0) >= VERB_MIN_FREQ
    )
