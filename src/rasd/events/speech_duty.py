"""Demands told as a duty laid on a named party ("إن على الولايات المتحدة سحب
المقاتلين"، "يتعين على بريطانيا خفض عدد دبلوماسييها").

Under a plain cue (قال، أضاف) the words "إن على X" or "يتعين على X" state what X must
do: a DEMAND aimed at X when X is a named person, body or place. The same words before
a common noun are mostly no act ("أن على الرغم"، "إن على الموظف أن يشتغل 24 ساعة"), so
the phrase counts only where a named entity begins at the next word.
"""

from __future__ import annotations

import re

from rasd.document import Document, Quote
from rasd.text.normalize import match_key

_NAMED = {"PER", "ORG", "LOC"}
_WORD = re.compile(r"\w+")


def addressed_type(doc: Document, quote: Quote, phrases: dict[tuple[str, ...], str]) -> str | None:
    """The type of the first lexicon phrase in the quotation that a named entity
    follows, or None."""
    if not phrases:
        return None
    text = doc.slice(quote)
    words = [(m.start(), match_key(m.group()).removeprefix("و")) for m in _WORD.finditer(text)]
    keys = [w for _, w in words]
    for i, word in enumerate(keys):
        for phrase, event_type in phrases.items():
            end = i + len(phrase)
            found = phrase[0] == word and end < len(words) and tuple(keys[i:end]) == phrase
            if found and _named_at(doc, quote.start + words[end][0]):
                return event_type
    return None


def _named_at(doc: Document, start: int) -> bool:
    # Looked up only where a phrase matched: most quotations hold none.
    return any(e.start == start and e.label in _NAMED for e in doc.entities or [])
