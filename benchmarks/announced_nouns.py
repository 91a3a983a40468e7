"""Bare verbal nouns after أعلن/كشف on development folds 0 and 1, and whether the gold
lists a quotation that opens at them (issue 12, qrows3).

"أعلنت المرجعية تضامنها مع المحتجين" is a stance stated (a quotation); "أعلن انسحابه" is
the act the announcement performs (an event, ../shared/gold/README.md). For each noun
stem given, every occurrence within 11 words after a form of أعلن or كشف (before any
أن/عن and within the sentence) is printed with GOLD when a gold quotation of the
article starts there, and the counts per stem follow. Fold 2 confirms by its totals and
is not read; the check folds never are.

Usage: python benchmarks/announced_nouns.py "عزم بدء سيطرت تضامن رفض دعم" [--sets …]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict

from annotated_sets import add_sets_option

from rasd.evaluate.gold import development_articles

READ_FOLDS = frozenset({0, 1})
WINDOW = 11  # words after the cue that may hold its subject and adverbs
_CUE = re.compile(
    r"^[وف]?(أعلن|يعلن|أعلنت|تعلن|أعلنوا|يعلنون|أعلنا|كشف|يكشف|كشفت|تكشف|كشفوا|معلنا|معلنة)$"
)
_STOPS = frozenset({"أن", "عن", "إن", "بأن", "أنه", "أنها"})
_SUFFIX = re.compile(r"(ه|ها|هم|هما|نا|ي|ة|ته|تها|تهم)?")
_PUNCT = '،,."«»():'


def _stem_of(word: str, stems: list[str]) -> str | None:
    """The listed stem the word is, bare or with a pronoun suffix."""
    return next(
        (s for s in stems if word.startswith(s) and _SUFFIX.fullmatch(word[len(s) :])), None
    )


def occurrences(text: str, openings: list[str], stems: list[str]) -> list[tuple[str, bool, str]]:
    """(stem, whether a gold quotation opens there, context) for each noun after a cue."""
    found = []
    words = text.split()
    for i, word in enumerate(words):
        if not _CUE.match(word.strip(_PUNCT)):
            continue
        for j in range(i + 1, min(len(words), i + 1 + WINDOW)):
            bare = words[j].strip(_PUNCT)
            if bare in _STOPS or words[j - 1].endswith("."):
                break
            stem = _stem_of(bare, stems)
            if stem:
                head = " ".join(words[j : j + 3]).strip(_PUNCT)
                gold = any(o.startswith(head) or head.startswith(o) for o in openings if o)
                found.append((stem, gold, " ".join(words[max(0, i - 3) : j + 8])))
                break
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stems", help="noun stems, space-separated")
    add_sets_option(parser)
    args = parser.parse_args()
    stems = args.stems.split()
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for gold_dir in args.sets:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READ_FOLDS:
                continue
            openings = [" ".join(q["text"].split()[:3]) for q in gold.get("quotes", [])]
            for stem, listed, context in occurrences(doc.text, openings, stems):
                tally[stem]["gold" if listed else "none"] += 1
                print(f"{'GOLD' if listed else 'none'}\t{stem}\t{gold['id']}\t{context}")
    for stem in stems:
        print(f"{stem}: {tally[stem]['gold']} listed, {tally[stem]['none']} not")


if __name__ == "__main__":
    main()
