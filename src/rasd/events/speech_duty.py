"""Demands told as a duty laid on a named party ("إن على الولايات المتحدة سحب
المقاتلين"، "يتعين على بريطانيا خفض عدد دبلوماسييها").

Under a plain cue (قال، أضاف) the words "إن على X" or "يتعين على X" state what X must
do: a DEMAND aimed at X when X is a named person, body or place. The same words before
a common noun are mostly no act ("أن على الرغم"، "إن على الموظف أن يشتغل 24 ساعة"), so
the phrase counts only where a named entity begins at the next word, or a body or
people of the actor dictionary ("إن على القضاء"، "يتعين على الأوروبيين"). The party
named after such a phrase is whom a demand is aimed at, though another name comes
first in the quotation (`addressed_party`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from rasd.document import Document, Entity, Mention, Quote
from rasd.events.keys import light_key
from rasd.events.lexicon import ActorDictionary
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

_NAMED = {"PER", "ORG", "LOC"}
_BODIES = {"ORG", "LOC"}
_WORD = re.compile(r"\w+")


def addressed_type(
    doc: Document,
    quote: Quote,
    phrases: dict[tuple[str, ...], str],
    actors: ActorDictionary | None = None,
) -> str | None:
    """The type of the first lexicon phrase in the quotation that a named entity
    follows (or, given the actor dictionary, a body or people it lists), or None."""
    for event_type, at, following in _duties(doc, quote, phrases):
        if _entity_at(doc, at) is not None or (actors is not None and _body_at(actors, following)):
            return event_type
    return None


def addressed_party(
    doc: Document, quote: Quote, phrases: dict[tuple[str, ...], str]
) -> Mention | None:
    """The named party the first duty phrase followed by a name lays its duty on: whom
    the demand is aimed at, though another name comes first in the quotation ("بعد
    الضربات الغربية على سوريا، يجب على روسيا أن تضغط"؛ "إن على الدول الثلاث أن تتذكر …
    وأن على إثيوبيا أن تعلم": Ethiopia, not the river named between)."""
    for _, at, _ in _duties(doc, quote, phrases):
        party = _entity_at(doc, at)
        if party is not None:
            return Mention(party.start, party.end, party.canonical or doc.slice(party))
    return None


def _duties(
    doc: Document, quote: Quote, phrases: dict[tuple[str, ...], str]
) -> Iterator[tuple[str, int, list[str]]]:
    """Each lexicon phrase in the quotation with its type, the offset of the word after
    it and the keys of the three words from there."""
    if not phrases:
        return
    text = doc.slice(quote)
    words = [(m.start(), match_key(m.group()).removeprefix("و")) for m in _WORD.finditer(text)]
    keys = [w for _, w in words]
    firsts = {phrase[0] for phrase in phrases}
    for i, word in enumerate(keys):
        if word not in firsts:
            continue  # most words open no phrase: skip trying each one
        for phrase, event_type in phrases.items():
            end = i + len(phrase)
            if phrase[0] == word and end < len(words) and tuple(keys[i:end]) == phrase:
                yield event_type, quote.start + words[end][0], keys[end : end + 3]


_QUANTIFIERS = WORD_LISTS.words("duty_quantifiers")


def _body_at(actors: ActorDictionary, keys: list[str]) -> bool:
    """Whether an unnamed body or people of the actor dictionary is the one addressed
    ("إن على القضاء التصدي"، "يتعين على الأوروبيين اتخاذ قرار"، "من الواجب على جميع
    الإيرانيين"): a common noun outside it ("إن على الموظف"، "أن على الرغم") is no
    party."""
    if keys and keys[0] in _QUANTIFIERS:
        keys = keys[1:]
    stems = tuple(light_key(k) for k in keys)
    return any(actors.get(stems[:n]) is not None for n in range(len(stems), 0, -1))


def obliged_party(
    doc: Document, quote: Quote, modals: dict[str, str]
) -> tuple[str, Mention] | None:
    """The type of the first word of obligation in the quotation whose obliged party is
    named, with that party: the subject right before it ("روسيا يجب أن تقدم") or the
    party after لـ ("ينبغي للمجتمع الدولي أن"); the subject of the verb after "أن" is
    mostly asked nothing ("ينبغي أن تستغله الخوذ البيضاء"، "يجب أن تعلم الولايات
    المتحدة"). Plain يجب with no named party is mostly no demand
    ("كان يجب ألا يطلق النار"), and the party is whom the demand aims at, not the
    first name quoted ("قرار ترامب كان خطأ وإنه ينبغي لأوروبا التمسك")."""
    if not modals:
        return None
    text = doc.slice(quote)
    words = [(m.start(), m.end(), match_key(m.group())) for m in _WORD.finditer(text)]
    # A state or body obliged: a person who "must" is mostly a player or a coach's
    # choice ("ميسي يجب أن يعطي المزيد"، "روني يجب أن يلعب").
    named = [e for e in doc.entities or [] if e.label in _BODIES]
    for i, (_, _, word) in enumerate(words):
        event_type = modals.get(word.removeprefix("و").removeprefix("لا"))
        party = _party(named, quote.start, words, i) if event_type else None
        if event_type and party is not None:
            return event_type, Mention(party.start, party.end, party.canonical or doc.slice(party))
    return None


def _party(
    named: list[Entity], base: int, words: list[tuple[int, int, str]], i: int
) -> Entity | None:
    before = base + words[i - 1][1] if i > 0 else -1
    after = words[i + 1][2] if i + 1 < len(words) else ""
    start = base + words[i + 1][0] if after else -1
    for e in named:
        if e.end == before and _opens_clause(base, words, e.start):
            return e
        if after[:1] == "ل" and after != "لا" and start < e.start <= start + 2:
            return e
    return None


def _opens_clause(base: int, words: list[tuple[int, int, str]], start: int) -> bool:
    """Whether the name opens the quotation or its clause: the one obliged is the
    subject ("إن روسيا يجب"), not a genitive or a place ("مصير إدلب يجب"، "الرعايا
    الفرنسيين في واغادوغو يجب")."""
    j = next((j for j, w in enumerate(words) if base + w[0] == start), None)
    return j == 0 or (j is not None and words[j - 1][2] in _OPENERS)


_OPENERS = {"ان", "بان", "لان", "لكن", "ولكن"}


def _entity_at(doc: Document, start: int) -> Entity | None:
    # Looked up only where a phrase matched: most quotations hold none.
    return next((e for e in doc.entities or [] if e.start == start and e.label in _NAMED), None)
