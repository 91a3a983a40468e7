"""A speaker's act told as the bare verbal noun that opens the cue's object ("مؤكدا رفض
ذلك جملة وتفصيلا"، "وأكد اليماني دعم الحكومة لجهود المبعوث"، "وأكد إدانة معاداة
السامية").

The lexicon's owned phrases carry the speaker's pronoun ("رفضها"، "تأييده"): the act is
the speaker's, told as the object of a plain cue ("أعلنت رفضها"). Without the pronoun the
same noun opening the object of "أكد"، "أعلن"، "جدد" is still the speaker's stance, the
act the cue asserts. It is another's act reported when a named party follows as its
doer ("أكد رفض إيران"، "دعم تركي آل الشيخ للأهلي"), and it is spoken of, not done, after a
preposition ("أشار إلى رفض"، "تحدث عن دعم"، "متهمة بدعم الإرهاب"): only the bare noun
counts, first in the object or after the "على" of "أكد على"، "شدد على". Words quoted as
said are a sentence of their own, whose opening noun is its subject or a verb ("قائلا:
"رفض مشروع القرار يدل …""، "وكشف مصدر "رفض القادة في البداية طلب كامبل""; unseen news,
design seed 10802): only a cue's reported object counts. Which nouns count
is the lexicon's owned row; how a noun loses its pronoun is Arabic's, so it is a rule.
Only rejection and condemnation: bare support ("دعم"، "مساندة"، "وقوف") names backing
given as often as a stance told ("أكد … دعم البنوك لمنظومة التمويل الصغير"، "إصرار الدوحة
على دعم الجماعات"; unseen news, design seeds 10800-10801).
"""

from __future__ import annotations

import re

from rasd.document import Document, Quote
from rasd.text.normalize import match_key

_PRONOUNS = ("هما", "هم", "ها", "ه")
_NAMED = {"PER", "ORG", "LOC"}
_WORD = re.compile(r"\w+")
# "أكد على رفض"، "شدد على دعم": the preposition the cue of emphasis takes.
_EMPHASIS = "على"
_TOLD = frozenset({"REJECT", "DISAPPROVE"})


def bare_nouns(owned: dict[tuple[str, ...], str]) -> dict[str, str]:
    """The owned one-word phrases of rejection and condemnation without their pronoun,
    with their type: "رفضها" → "رفض", "ادانته" → "ادانة" (the ة a pronoun turns into ت
    comes back)."""
    nouns: dict[str, str] = {}
    for phrase, event_type in owned.items():
        if len(phrase) != 1 or event_type not in _TOLD:
            continue
        word = phrase[0]
        suffix = next((s for s in _PRONOUNS if word.endswith(s) and len(word) > len(s) + 2), "")
        stem = word.removesuffix(suffix) if suffix else word
        nouns[stem[:-1] + "ة" if suffix and stem.endswith("ت") else stem] = event_type
    return nouns


def opening_act(doc: Document, quote: Quote, nouns: dict[str, str]) -> str | None:
    """The act of the bare verbal noun opening the quotation, unless a named party
    right after it is the one who acts."""
    if not nouns or quote.kind == "direct":
        return None
    text = doc.slice(quote)
    words = list(_WORD.finditer(text))
    at = 1 if words and match_key(words[0].group()) == _EMPHASIS else 0
    if at >= len(words):
        return None
    event_type = nouns.get(match_key(words[at].group()))
    if event_type is None:
        return None
    after = words[at + 1] if at + 1 < len(words) else None
    if after is not None and _named_in(doc, quote.start + after.start(), quote.start + after.end()):
        return None  # "أكد رفض إيران": Iran's rejection, reported
    return event_type


def _named_in(doc: Document, start: int, end: int) -> bool:
    # A name may start past a clitic of its word ("لإيران").
    return any(start <= e.start < end and e.label in _NAMED for e in doc.entities or [])
