"""Speakers who tell findings: researchers named with their place of research.

"وقال الأستاذ في جامعة أبردين، لييوني روديك كولينز، إن تناول الطعام مبكرا يمكن أن
يساعد"، "وقالت إلين مكنيلي من كلية … التابعة لجامعة هارفارد": like a study's authors
(`speech._study`), such a speaker aiming at no one states findings, no criticism or
rejection; what they call for is still a demand. Audited on unseen news (2018 BBC/CNN/
France24/Sky/Al Arabiya health and science pages), the speech-act model read their
findings as criticism. Aimed at a named party ("قال فالي نصر … من كلية الدراسات المتقدمة
بجامعة جون هوبكينز، إن الرئيس الأمريكي، دونالد ترامب أهان …") an academic criticises.
"""

from __future__ import annotations

import re

from rasd.document import Document, Quote
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

_PLACES = WORD_LISTS.words("research_places")
_LEAGUE = WORD_LISTS.words("league_marks")
_RESEARCHERS = WORD_LISTS.words("researchers")
# A relative clause or "وهو" after the name tells the speaker's past, not a post ("وأكدت
# ماريا، التي تخرجت … من جامعة هازارا"): the affiliation ends before it.
_CLAUSE_OPENERS = WORD_LISTS.words("relatives") | {"وهو", "وهي"}
# How many words after the speaker's name its affiliation may run ("من كلية … التابعة لجامعة").
_AFFILIATION_REACH = 10


def _bare(word: str) -> str:
    for prefix in ("و", "ب", "ل"):
        if word.startswith(prefix) and len(word) > 4:
            word = word[1:]
            break
    return word.removeprefix("ال")


def research_speaker(doc: Document, quote: Quote) -> bool:
    """Whether the speaker is named with a place of research or as a researcher, in its
    phrase or in the words after it before the quotation."""
    speaker = quote.speaker
    if speaker is None:
        return False
    end = quote.start if quote.start > speaker.end else speaker.end
    between = doc.text[speaker.end : end].split(".")[0]  # a speaker told sentences before
    after = re.findall(r"\w+", match_key(between))[:_AFFILIATION_REACH]
    opener = next((i for i, w in enumerate(after) if w in _CLAUSE_OPENERS), len(after))
    words = re.findall(r"\w+", match_key(doc.slice(speaker))) + after[:opener]
    for i, word in enumerate(words):
        bare = _bare(word)
        if any(w.startswith(tuple(_RESEARCHERS)) for w in (bare, word.removeprefix("و"))):
            return True
        following = words[i + 1] if i + 1 < len(words) else ""
        if bare in _PLACES and following not in _LEAGUE:
            return True
    return False
