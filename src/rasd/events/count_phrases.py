"""Counts among a trigger's words: a number in digits or in words, a count of
people ("ثلاثة أشخاص"، "عدد من القادة") and a count right after a verb ("قتل نحو
20"). After a killing verb such a count names victims, not killers.

Kept apart from the word tests of `phrases.py`: the side rules ask these questions
of the words around a trigger, all of them about numbers."""

from __future__ import annotations

from rasd.events.counts import NUM_WORDS
from rasd.events.sentence import WORD_LISTS, Word


def is_number(words: list[Word], i: int) -> bool:
    return 0 <= i < len(words) and words[i].token.kind == "number"


COUNT_NOUNS = WORD_LISTS.words("count_nouns")


def counted_phrase(words: list[Word], i: int) -> bool:
    """Whether word `i` starts a count of people ("ثلاثة أشخاص"، "شخصان"): after a
    killing verb such a phrase names victims, not killers."""
    if i >= len(words):
        return False
    w = words[i]
    if w.token.kind == "number" or set(w.keys) & COUNT_NOUNS:
        return True
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt is not None and w.keys[-1] in ("عدد", "عشرات", "مئات") and nxt.keys[-1] == "من":
        return True  # "قتل عدد من القادة"
    # "ثلاثة أشخاص"، "ثمانية من عناصر الشرطة"
    return number_word(w) and nxt is not None and bool(set(nxt.keys) & (COUNT_NOUNS | {"من"}))


_ABOUT = WORD_LISTS.words("about")


def count_after(words: list[Word], pos: int) -> int | None:
    """The position of a count right after a verb, past "نحو"/"أكثر من"."""
    j = pos + 1
    while j < len(words) and j - pos <= 3 and words[j].keys[-1] in _ABOUT | {"من"}:
        j += 1
    if j < len(words) and is_count(words, j) and j > pos + 1:
        return j
    return None


def is_count(words: list[Word], i: int) -> bool:
    """Whether word `i` is a number, in digits or in words."""
    return is_number(words, i) or number_word(words[i])


def number_word(w: Word) -> bool:
    return any(k in NUM_WORDS or k.removeprefix("و") in NUM_WORDS for k in w.keys)
