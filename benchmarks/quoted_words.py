"""Short direct quotations that may be quoted words of the speaker phrase, not speech
(issue 12, qquoted), on development folds 0 and 1 only.

Runs the text, ner and quotes stages on the development articles of folds 0 and 1 of
../shared/gold and benchmarks/news-gold (fold 2 confirms and is not read; the check
folds never are) and lists each predicted direct quotation of 1-4 words whose closing
mark is followed by the complement of a cue (إن / أن / بأن / a colon) or by a word in ب
(the charge of "تتهم "X" بـ…"): initials in a name, a descriptor of the speaker, a
channel's name. Each is marked "paired" when the scorer pairs it with a gold quotation,
and "content" when a gold quotation starts within a few words after it (what the
complement opens, the words the quoted piece stood for).

Usage:

    python benchmarks/quoted_words.py            # counts
    python benchmarks/quoted_words.py --list     # and each case, with its context
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from typing import Any

from quote_misses import _pairs, read_articles

from rasd.document import Document
from rasd.pipeline import Pipeline

MAX_WORDS = 4
_NEXT = re.compile(r'^\s*["»”’\']?\s*(:|(?:إن|أن|إنّ|أنّ|بأن|بأنه|بأنها|انه|أنه|أنها)\s|ب\w)')
_NEAR = 40  # characters after the quotation within which the gold content starts


def quoted_words(doc: Document, gold: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    """(flags, quoted words, context) per short direct quotation before a complement."""
    quotes = doc.quotes or []
    texts = [g["text"] for g in gold]
    paired = set(_pairs([doc.slice(q) for q in quotes], texts).values())
    starts = [doc.text.find(t) for t in texts if t.strip()]
    found = []
    for i, q in enumerate(quotes):
        words = doc.slice(q).split()
        tail = doc.text[q.end : q.end + 12]
        if q.kind != "direct" or not 1 <= len(words) <= MAX_WORDS or not _NEXT.match(tail):
            continue
        content = any(q.end < s <= q.end + _NEAR for s in starts)
        flags = f"{'paired' if i in paired else 'unpaired'} {'content' if content else '-'}"
        context = doc.text[max(0, q.start - 60) : q.end + 60].replace("\n", " ")
        found.append((flags, doc.slice(q), context))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every case")
    args = parser.parse_args()
    nlp = Pipeline(["text", "ner", "quotes"])
    counts: Counter[str] = Counter()
    for gold, doc in read_articles(nlp):
        for flags, words, context in quoted_words(doc, gold.get("quotes", [])):
            counts[flags] += 1
            if args.list:
                print(f"{gold['id']} | {flags} | {words} | {context}")
    for flags, n in counts.most_common():
        print(f"{n:5}  {flags}")


if __name__ == "__main__":
    main()
