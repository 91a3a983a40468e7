"""Organisations whose name is two names joined by a hyphen ("بيجو-سيتروين",
"إس إن سي – لافالين", "تايمز-بيكايون", "فونتانكا-رو"): the tokenizer splits the hyphen
off, and the tagger names each side as an organisation of its own."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from rasd.document import Token
from rasd.ner.scoring import chunks

# Two organisations joined by a hyphen are one name (`hyphenated_organisations`).
HYPHENATED_ORGANISATIONS = True
_HYPHENS = frozenset("-–")
# The article, alone or after a glued ل، ب، و، ف or ك.
_ARTICLES = ("ال", "لل", "بال", "وال", "فال", "كال")


def hyphenated_organisations(text: str, tokens: Sequence[Token], tags: list[str]) -> None:
    """Join an organisation, a hyphen and the organisation right after it into one name
    (`tags`, one sentence's, changed in place). Not where a word carries the article, nor
    where the hyphen touches one side only (it opens or closes an aside: "وكالة شؤون
    الشباب -الادارة العامة للهيئات الشبابية-"), nor between the two sides of a score
    ("سبورتينغ بن عروس - أولمبيك الكاف 0 - 0")."""
    if not HYPHENATED_ORGANISATIONS:
        return
    for (first, i, j), (second, k, end) in pairwise(chunks(tags)):
        joined = first == second == "ORG" and k == j + 1 and _hyphen(text, tokens, j)
        if joined and not _defined(text, tokens[i:end]) and not _scored(text, tokens, i, end):
            tags[j] = tags[k] = "I-ORG"


def _hyphen(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether token i is a hyphen with a space on both sides or on neither."""
    before, hyphen, after = tokens[i - 1], tokens[i], tokens[i + 1]
    spaced_before = before.end < hyphen.start
    return text[hyphen.start : hyphen.end] in _HYPHENS and spaced_before == (
        hyphen.end < after.start
    )


def _defined(text: str, tokens: Sequence[Token]) -> bool:
    """Whether a word carries the article: an Arabic body's name carries it somewhere,
    and a hyphen between two such names sets a department after its ministry ("وزارة
    الداخلية - المديرية العامة للأمن العام") or lists bodies ("جامعة الملك سعود - جامعة
    حائل - جامعة الدمام")."""
    return any(text[t.start : t.end].startswith(_ARTICLES) for t in tokens)


def _scored(text: str, tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether a number stands right before token `start` or right after token `end - 1`
    (a match's result: "الإتحاد المنستيري 2 - 1 سبورتينغ بن عروس - أولمبيك الكاف 0 - 0")."""
    around = [tokens[n] for n in (start - 1, end) if 0 <= n < len(tokens)]
    return any(text[t.start : t.end].isdigit() for t in around)
