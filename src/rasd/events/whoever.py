"""Acts told of "whoever" did them ("ومن دعا إلى باطل فهو …"، "إن من انتقدوا الخطاب
أغلبهم …"، "هناك من يطالب بـ"، "منهم من رفض"): the relative "من" right before the verb,
at a clause's start or after إن/هناك/منهم, names no doer, so the act is generic; so does
"من" after a universal quantifier ("بكل من يعارض وجودها"، "لكل من يرفض تطبيق القانون":
evgeneric, issue 13). "أول من طالب" (the first who did) tells one doer, and "تمكنت من
قتل" is a preposition before a verbal noun; neither is read here (evaudit2, an
unseen-news audit)."""

from __future__ import annotations

from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word
from rasd.text.normalize import match_key

# A switch for `benchmarks/event_diff.py`.
ON = True
_OPENERS = WORD_LISTS.words("whoever_openers")


def whoever(words: list[Word], pos: int) -> bool:
    """Whether the verb at `pos` follows a relative "من" that names no one."""
    if pos < 1 or not ON:
        return False
    rel = match_key(words[pos - 1].surface)
    if rel in ("ومن", "فمن"):
        return True  # "ومن دعا إلى باطل": a clause opened by "and whoever"
    if rel != "من":
        return False
    if pos < 2:
        return True
    before = words[pos - 2]
    return before.surface in BOUNDARY or match_key(before.surface) in _OPENERS
