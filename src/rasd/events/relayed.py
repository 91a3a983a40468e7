"""Speakers who relay what others say: news outlets.

"وقالت الصحيفة إن المركزي الأوروبي قلق"، "وفق ما أوردته وكالة فرانس برس": the quotes layer
rightly makes the outlet the quotation's speaker, but an outlet telling the news acts on
no one, so a quotation it relays is no speech act unless its cue is an act itself
("صحيفة تنتقد"). Audited on unseen news (2018 BBC/CNN/France24/Sky/Al Arabiya), such
relayed quotations were read as criticisms of the people they report on.
"""

from __future__ import annotations

import re

from rasd.document import Document, Quote
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

_OUTLETS = WORD_LISTS.words("outlets")
_NEWS_WORDS = WORD_LISTS.words("news_words")
_WIRE_SERVICES = WORD_LISTS.words("wire_services")
_STATE_OUTLETS = WORD_LISTS.words("state_outlets")
_BEFORE_NAME = 20  # characters before a name where its outlet noun stands


def _keys(word: str) -> set[str]:
    """A word's match keys with and without و and the article: "وكالة" is one word,
    "والصحيفة" is "و" + "ال" + صحيفة."""
    forms = {word, word[1:]} if word.startswith("و") else {word}
    return forms | {f[2:] for f in forms if f.startswith("ال")}


def _words(text: str) -> list[set[str]]:
    return [_keys(w) for w in re.findall(r"\w+", match_key(text))]


def outlet_speaker(doc: Document, quote: Quote) -> bool:
    """Whether the quotation's speaker is a news outlet that is not a state's voice: a
    word of `outlets` or a wire service first, a word of news in its name ("وكالة كيودو
    للأنباء"), or a name the article writes after an outlet noun ("بحسب صحيفة فايننشال
    تايمز" … "وقالت فايننشال تايمز")."""
    if quote.speaker is None:
        return False
    name = doc.slice(quote.speaker)
    words = _words(name)
    if not words or any(w & _STATE_OUTLETS for w in words):
        return False
    if words[0] & _OUTLETS or any(w & _WIRE_SERVICES for w in words[:2]):
        return True
    return any(w & _NEWS_WORDS for w in words) or _named_outlet(doc, name)


def _named_outlet(doc: Document, name: str) -> bool:
    """Whether the article writes `name` right after an outlet noun somewhere."""
    at = doc.text.find(name)
    while at > 0:
        before = _words(doc.text[max(0, at - _BEFORE_NAME) : at])
        if before and before[-1] & _OUTLETS:
            return True
        at = doc.text.find(name, at + 1)
    return False
