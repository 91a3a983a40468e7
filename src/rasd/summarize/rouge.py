"""ROUGE-1, ROUGE-2 and ROUGE-L (F1) with Arabic-aware tokens.

Tokens are Rasd's search terms: diacritics, alef, ya and ta marbuta folded and
light stemming applied (clitics and Light-10 affixes), as ROUGE applies the
Porter stemmer to English; "المساعدات" and "مساعدات" count as the same word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Rouge:
    r1: float
    r2: float
    rl: float


def _f1(overlap: int, candidate: int, reference: int) -> float:
    if not overlap or not candidate or not reference:
        return 0.0
    p, r = overlap / candidate, overlap / reference
    return 2 * p * r / (p + r)


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for j, y in enumerate(b, 1):
            current.append(previous[j - 1] + 1 if x == y else max(previous[j], current[j - 1]))
        previous = current
    return previous[-1]


def rouge(candidate: Sequence[str], reference: Sequence[str]) -> Rouge:
    scores = []
    for n in (1, 2):
        c, r = _ngrams(candidate, n), _ngrams(reference, n)
        scores.append(_f1(sum((c & r).values()), sum(c.values()), sum(r.values())))
    lcs = _lcs(candidate, reference)
    return Rouge(scores[0], scores[1], _f1(lcs, len(candidate), len(reference)))
