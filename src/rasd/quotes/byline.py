"""The byline that opens an article ("أحمد علي- سبق- القاهرة: أعلن موقع فيسبوك …"):
the reporter, the outlet and the place, up to a colon. The reporter wrote the words
after it; he said none of them, so his name is no speaker a cue may be given.
"""

from __future__ import annotations

from rasd.quotes.view import DocView

BYLINE_REACH = 10  # tokens from the paragraph's start to the colon that closes a byline
BYLINE_PARAGRAPHS = 2  # the title's line, then the body's first paragraph
_DASHES = "-–—/"


def byline(v: DocView) -> tuple[int, int]:
    """The tokens of the article's opening byline, up to its colon: a person's name
    opening the text or the paragraph after the title, then a dash before the outlet
    or place, then the colon; (0, 0) when none opens it."""
    if "byline" not in v.memo:
        v.memo["byline"] = _byline(v)
    return v.memo["byline"]


def _byline(v: DocView) -> tuple[int, int]:
    start = 0
    for paragraph in range(BYLINE_PARAGRAPHS):
        while start < v.n and v.para_of[start] < paragraph:
            start += 1
        end = _byline_from(v, start)
        if end:
            return start, end
    return 0, 0


def _byline_from(v: DocView, start: int) -> int:
    """One past the colon of a byline that opens at token start; else 0."""
    if start >= v.n or v.entity_label(start) != "PER":
        return 0
    name = v.entity_at.get(start)
    j = start
    while j < v.n and v.entity_at.get(j) is name:
        j += 1
    if not v.punct(j, _DASHES):
        return 0  # "أحمد علي: …", or a sentence the name opens
    for c in range(j + 1, min(v.n, start + BYLINE_REACH)):
        if v.punct(c, ":"):
            return c + 1
        if v.cue(c) is not None or (v.punct(c) and not v.punct(c, _DASHES + "،,")):
            return 0
    return 0


def in_byline(v: DocView, token: int) -> bool:
    """Token is part of the article's opening byline."""
    start, end = byline(v)
    return start <= token < end
