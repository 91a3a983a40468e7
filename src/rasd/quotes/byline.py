"""The byline that opens an article ("أحمد علي- سبق- القاهرة: أعلن موقع فيسبوك …"):
the reporter, the outlet and the place or desk, up to a colon. The reporter wrote the
words after it; he said none of them, so his name is no speaker a cue may be given, and
the desk's name ("سبق- متابعة:", follow-up) is no cue of the paragraph it opens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the view asks desk_cue of its cues
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
        if v.cue(c) is not None and not _desk_slot(v, c):
            return 0
        if v.punct(c) and not v.punct(c, _DASHES + "،,"):
            return 0
    return 0


def _desk_slot(v: DocView, k: int) -> bool:
    """Token k stands between a byline's last dash and its colon ("- متابعة:")."""
    return v.punct(k - 1, _DASHES) and v.punct(k + 1, ":")


def desk_cue(v: DocView, k: int) -> bool:
    """ "سبق- متابعة: كشف المتحدث …"، "أيمن حسن- سبق- متابعة:": a cue's word in the
    desk slot of the byline that opens the text or the paragraph after the title
    names the desk, not someone who continued speaking."""
    if not _desk_slot(v, k):
        return False
    paragraph = v.para_of[k]
    if paragraph < 0 or paragraph >= BYLINE_PARAGRAPHS:
        return False
    start = k
    while start > 0 and v.para_of[start - 1] == paragraph:
        start -= 1
    if k - start >= BYLINE_REACH:
        return False
    # "وقال الوزير - متابعة:": a verb before it opens no byline
    return not any(
        (v.punct(j) and not v.punct(j, _DASHES + "،,")) or v.cue(j) is not None
        for j in range(start, k)
    )


def in_byline(v: DocView, token: int) -> bool:
    """Token is part of the article's opening byline."""
    start, end = byline(v)
    return start <= token < end
