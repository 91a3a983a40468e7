"""Quotation marks: which tokens open and close a quoted stretch, per paragraph.

Directional marks (« » “ ” „ ‘ ’) pair by nesting. The straight marks " and ' look the
same on both sides, so spacing decides: a mark glued to the word after it opens, one
glued to the word before it closes. News text is often unbalanced: a quote opened and
never closed runs to the end of its paragraph, and a closing mark with no opening one
(an "orphan") is kept so that a reporting cue before it can claim the text up to it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from operator import attrgetter

from rasd.document import Span, Token

_PAIRS = {"«": "»", "“": "”", "„": "“", "‘": "’"}
_CLOSERS = {"»", "”", "’"}
_STRAIGHT = {'"', "'"}
_GLUE_RIGHT = set(".,،؛;:!?؟)]}»”…-–—")
_OPENING_CONTEXT = set("([«“:،ـ")
_PROCLITICS = set("وفبلك")
_MARKS = frozenset(_PAIRS) | _CLOSERS | _STRAIGHT  # the only tokens `find_regions` reads
_START = attrgetter("start")
_END = attrgetter("end")
TERMINAL = frozenset({".", "!", "?", "؟"})  # marks that end a sentence


@dataclass(slots=True)
class Region:
    """Quoted tokens `[first, last)` (marks excluded) in paragraph `para`.

    `opener`/`closer` are the mark tokens (None when missing: an unclosed quote has
    no closer and ends at its paragraph; an orphan closer has no opener and its
    `first` is unknown until a cue claims it, -1 here).
    """

    first: int
    last: int
    para: int
    opener: int | None
    closer: int | None


def _side(text: str, tok: Token, para: Span) -> str:
    """ "open", "close" or "?" for a straight mark, from the characters around it."""
    before = text[tok.start - 1] if tok.start > para.start else " "
    after = text[tok.end] if tok.end < para.end else " "
    # "وقال:" نحن …": after a colon a mark opens what is said, however spaced; so
    # does one after a lone proclitic ("و"أدنوك"", "بـ"انتهاك"") or a comma.
    space_before = (
        before.isspace() or before in _OPENING_CONTEXT or _after_proclitic(text, tok, para)
    )
    space_after = after.isspace() or after in _GLUE_RIGHT or after in _STRAIGHT
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "?"


def _after_proclitic(text: str, tok: Token, para: Span) -> bool:
    """A mark glued after a one-letter proclitic that stands alone: "و"أدنوك"", "ب"انتهاك"."""
    k = tok.start - 1
    if k <= para.start or text[k] not in _PROCLITICS:
        return False
    return text[k - 1].isspace() or text[k - 1] in _STRAIGHT


def find_regions(text: str, tokens: list[Token], paragraphs: list[Span]) -> list[Region]:
    """Outermost quoted regions of every paragraph, in text order."""
    regions: list[Region] = []
    # Only the marks' tokens count, and most paragraphs hold none: each paragraph
    # visits its own marks, not every token.
    marks = [
        k
        for k, tok in enumerate(tokens)
        if tok.kind == "punct" and text[tok.start : tok.end] in _MARKS
    ]
    i = 0
    for p, para in enumerate(paragraphs):
        if not marks or marks[-1] < i:
            break  # no mark left: no region
        # Tokens in text order: the paragraph's are those from the first starting in
        # it to the first ending past it.
        first = bisect_left(tokens, para.start, lo=i, key=_START)
        i = bisect_right(tokens, para.end, lo=first, key=_END)
        own = marks[bisect_left(marks, first) : bisect_left(marks, i)]
        if own:
            regions.extend(_paragraph_regions(text, tokens, own, i, p, para))
    return regions


def _paragraph_regions(
    text: str, tokens: list[Token], marks: list[int], end: int, p: int, para: Span
) -> list[Region]:
    """The regions of paragraph `p` from its marks' tokens `marks` (`end`: one past
    its last token)."""
    found: list[Region] = []
    stack: list[tuple[str, int]] = []  # (expected closer, opener index)
    straight_open: dict[str, int] = {}
    sides = _straight_sides(text, tokens, marks, para)
    inner: dict[str, int] = {}  # straight quotations open inside an open one
    for k in marks:
        tok = tokens[k]
        mark = text[tok.start : tok.end]
        if inner.get(mark):
            inner[mark] += 1 if sides[k] == "open" else -1
            continue
        if mark in _PAIRS and not (mark == "“" and stack and stack[-1][0] == "“"):
            stack.append((_PAIRS[mark], k))
        elif mark in _CLOSERS or mark == "“":
            if stack and stack[-1][0] == mark:
                _, o = stack.pop()
                found.append(Region(o + 1, k, p, o, k))
            elif not stack:
                found.append(Region(-1, k, p, None, k))
        elif mark in _STRAIGHT:
            side = sides[k]
            if mark in straight_open and side == "open" and _opens_inner(text, tokens, sides, k):
                inner[mark] = 1
            elif mark in straight_open and side != "open":
                o = straight_open.pop(mark)
                found.append(Region(o + 1, k, p, o, k))
            elif mark in straight_open:
                o = straight_open.pop(mark)
                found.append(_before_opener(text, tokens, o, k, p))
                if _after_colon(text, tok, para):
                    straight_open[mark] = k
            elif side == "close" and mark == '"':
                found.append(Region(-1, k, p, None, k))
            elif mark == '"' or side == "open":
                straight_open[mark] = k
    for _, o in stack:
        found.append(Region(o + 1, end, p, o, None))
    for o in straight_open.values():
        found.append(Region(o + 1, end, p, o, None))
    return _outermost(found)


def _after_colon(text: str, tok: Token, para: Span) -> bool:
    k = tok.start - 1
    while k > para.start and text[k].isspace():
        k -= 1
    return k >= para.start and text[k] == ":"


def _before_opener(text: str, tokens: list[Token], o: int, k: int, p: int) -> Region:
    """The quotation opened at `o` when another opener comes at `k`. Usually the mark
    at `k` was a badly spaced closer; but one after a colon ("قال البشير: "أؤكد …")
    opens new words, and the quotation at `o` was never closed: it ends with the
    sentence before."""
    if not _after_colon(text, tokens[k], Span(tokens[o].start, tokens[k].end)):
        return Region(o + 1, k, p, o, k)
    stop = next(
        (j for j in range(k - 1, o, -1) if text[tokens[j].start : tokens[j].end] in TERMINAL),
        None,
    )
    return Region(o + 1, stop if stop is not None else k, p, o, None)


def _straight_sides(text: str, tokens: list[Token], marks: list[int], para: Span) -> dict[int, str]:
    """The side of every straight mark of the paragraph (of its marks' tokens
    `marks`), by token index."""
    return {
        k: _side(text, tokens[k], para)
        for k in marks
        if text[tokens[k].start : tokens[k].end] in _STRAIGHT
    }


def _opens_inner(text: str, tokens: list[Token], sides: dict[int, str], k: int) -> bool:
    """An opening straight mark inside an open quotation starts a quotation within it
    (":"تسهم الشراكة بين "بيكر هيوز" و"أدنوك" في …"") when the next mark of its kind
    closes it and an even number follow: inner pairs, then the outer closer. Otherwise
    the first mark was a badly spaced closer."""
    mark = text[tokens[k].start : tokens[k].end]
    following = [
        side for j, side in sides.items() if j > k and text[tokens[j].start : tokens[j].end] == mark
    ]
    return len(following) % 2 == 0 and following[:1] == ["close"]


def _outermost(regions: list[Region]) -> list[Region]:
    """Drops regions nested in others (an embedded quote belongs to its outer quote)
    and empty ones."""
    regions.sort(key=lambda r: (r.opener if r.opener is not None else r.closer or 0, -r.last))
    kept: list[Region] = []
    for r in regions:
        if r.opener is not None and r.first >= r.last:
            continue
        start = r.opener if r.opener is not None else r.last
        if (
            kept
            and kept[-1].opener is not None
            and kept[-1].opener
            < start
            < (kept[-1].closer if kept[-1].closer is not None else kept[-1].last)
        ):
            continue
        kept.append(r)
    return kept
