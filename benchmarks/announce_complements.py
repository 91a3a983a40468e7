"""Quotations cued by أعلن/كشف عن or نص/ينص على on development folds 0 and 1, by the noun
that opens them (issue 12, qannounce).

"وكانت واشنطن أعلنت الخميس الماضي عن عقوبات جديدة" announces an act, not a quotation;
"أعلن عن قلقه" states a position. Every predicted or gold quotation that opens at or
right after عن/على with one of these verbs within the eight words before is printed
(PRED/GOLD, paired or not, the verb, the preposition, the opening noun and the words
around), and the opening nouns are counted at the end. Fold 2 confirms by its totals and is not read; the check
folds never are.

Usage: python benchmarks/announce_complements.py > announce.txt
"""

from __future__ import annotations

import re
from collections import Counter

from quote_misses import _pairs, read_articles

from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key

_CUE = re.compile(r"^[وف]?(ا?علن|يعلن|تعلن|معلن|كشف|يكشف|تكشف|كاشف|نص|ينص|تنص)")
_PREP = frozenset({"عن", "على"})
WINDOW = 8  # words before the preposition that may hold the cue, its subject and time


def _before(text: str, start: int, n: int) -> list[str]:
    return match_key(text[max(0, start - 200) : start]).split()[-n:]


def _row(tag: str, paired: bool, text: str, start: int) -> tuple[str, str] | None:
    opening = match_key(text[start : start + 60]).split()[:2]
    words = _before(text, start, WINDOW + 1)
    if opening and opening[0] in _PREP:
        prep, noun, words = opening[0], (opening[1:] or ["?"])[0], words[-WINDOW:]
    elif words and words[-1] in _PREP:
        prep, noun, words = words[-1], (opening or ["?"])[0], words[:-1]
    else:
        return None
    cue = next((w for w in reversed(words) if _CUE.match(w)), None)
    if cue is None:
        return None
    around = text[max(0, start - 70) : start + 50].replace("\n", " ")
    print(f"{tag}\t{'paired' if paired else 'UNPAIRED'}\t{cue}\t{prep}\t{noun}\t{around}")
    return tag, noun


def main() -> None:
    counts: Counter[tuple[str, str, bool]] = Counter()
    for gold, doc in read_articles(Pipeline(["text", "ner", "quotes"])):
        quotes = doc.quotes or []
        texts = [g["text"] for g in gold.get("quotes", [])]
        pairs = _pairs([doc.slice(q) for q in quotes], texts)
        taken = set(pairs.values())
        for i, q in enumerate(quotes):
            row = _row("PRED", i in taken, doc.text, q.start)
            if row:
                counts[(row[0], row[1], i in taken)] += 1
        for j, t in enumerate(texts):
            at = doc.text.find(t)
            row = _row("GOLD", j in pairs, doc.text, at) if at >= 0 else None
            if row:
                counts[(row[0], row[1], j in pairs)] += 1
    for (tag, noun, paired), n in sorted(counts.items(), key=lambda x: (x[0][1], x[0][0])):
        print(f"# {noun}\t{tag}\t{'paired' if paired else 'unpaired'}\t{n}")


if __name__ == "__main__":
    main()
