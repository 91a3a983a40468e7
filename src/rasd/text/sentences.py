"""Sentence boundaries over tokens.

A sentence ends at a paragraph break, or after `.` `!` `?` `؟` (with any closing
quotes or brackets that follow) when a word follows. Decimal numbers are single
tokens, so "3.5" never ends a sentence; a one-letter word before "." is an initial
or abbreviation ("د." for doctor, "U.S."); ".." and "…" are pauses inside Arabic news
sentences, not ends. A dot glued to short words on both sides is inside an acronym
("أو.إن.جي.سي"), not an end either; so is a dot glued before a web domain's ending
("العربية.نت", "موقع سبق.كوم").
"""

from __future__ import annotations

from rasd.document import Sentence, Span, Token

_TERMINATORS = frozenset({".", "!", "?", "؟", "!!", "??", "؟؟", "?!", "!?", "؟!", "!؟"})
_CLOSERS = frozenset({'"', "'", "»", "”", ")", "]", "}"})
_QUOTES = frozenset({'"', "'"})


def paragraphs(text: str) -> list[Span]:
    spans: list[Span] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            spans.append(Span(start, end))
        start = end + 1
    return spans


def _is_abbreviation(text: str, tokens: list[Token], i: int) -> bool:
    """Token i is "."; is it the dot of an initial or an abbreviation?"""
    if i == 0:
        return False
    prev = tokens[i - 1]
    return (
        prev.end == tokens[i].start
        and prev.end - prev.start == 1
        and prev.kind
        in (
            "word",
            "latin",
        )
    )


ACRONYM_PART = 3  # letters of each part of a dotted acronym ("أو.إن.جي.سي")

# The endings of web domains that outlets use as their names ("العربية.نت"); a dot
# glued to a long word before any other word ("فيه.وابتسم") does end a sentence.
_DOMAIN_ENDINGS = frozenset({"نت", "كوم", "net", "com", "org"})


def dot_inside_name(text: str, tokens: list[Token], i: int) -> bool:
    """Token i is "."; is it glued between two short words of an acronym, or before a
    web domain's ending?"""
    if i == 0 or i + 1 >= len(tokens):
        return False
    prev, dot, nxt = tokens[i - 1], tokens[i], tokens[i + 1]
    if not (prev.end == dot.start and dot.end == nxt.start):
        return False
    if text[nxt.start : nxt.end].lower() in _DOMAIN_ENDINGS:
        return True
    if not prev.kind == nxt.kind == "word":
        return False
    return nxt.end - nxt.start <= ACRONYM_PART and prev.end - prev.start <= ACRONYM_PART


def split_sentences(text: str, tokens: list[Token], paras: list[Span]) -> list[Sentence]:
    """Sentences covering `tokens` (which must be in text order) within paragraphs."""
    sentences: list[Sentence] = []
    n = len(tokens)
    i = 0
    for para in paras:
        while i < n and tokens[i].start < para.start:
            i += 1
        first = i
        open_quote = False
        while i < n and tokens[i].end <= para.end:
            tok_text = text[tokens[i].start : tokens[i].end]
            if tok_text in _QUOTES:
                open_quote = not open_quote
            i += 1
            if tok_text not in _TERMINATORS or (
                tok_text == "."
                and (_is_abbreviation(text, tokens, i - 1) or dot_inside_name(text, tokens, i - 1))
            ):
                continue
            # Closing quotes and brackets right after the terminator stay with it.
            while (
                i < n
                and tokens[i].end <= para.end
                and text[tokens[i].start : tokens[i].end] in _CLOSERS
            ):
                if text[tokens[i].start : tokens[i].end] in _QUOTES:
                    if not open_quote:
                        break
                    open_quote = False
                i += 1
            if i < n and tokens[i].end <= para.end and first < i:
                sentences.append(Sentence(tokens[first].start, tokens[i - 1].end, first, i))
                first = i
        if first < i:
            sentences.append(Sentence(tokens[first].start, tokens[i - 1].end, first, i))
    return sentences
