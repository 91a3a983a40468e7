"""Predicted quotation spans that differ from the gold one they overlap, by how (issue 12,
qinside), on development folds 0 and 1 only.

Runs the text, ner and quotes stages on the development articles of folds 0 and 1 of
../shared/gold and benchmarks/news-gold (fold 2 confirms and is not read; the check
folds never are). For each gold quotation found in the text, the overlapping prediction
with the best token F1 is classed when its span differs:

- frame: the predicted words outside the gold span hold an attribution frame
  (بحسب / حسب / وفق / نقلا عن / طبقا …);
- late: the prediction ends later than the gold quotation;
- early: it starts earlier;
- short: it lies inside the gold quotation.

Usage:

    python benchmarks/span_errors.py            # counts per class, matched or missed
    python benchmarks/span_errors.py --list     # and each case, with the extra words

"matched": the scorer still pairs the two (token F1 at least 0.5).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from typing import Any

from quote_ends import SLACK
from quote_misses import read_articles

from rasd.document import Document
from rasd.evaluate.gold import QUOTE_MATCH_F1, token_f1
from rasd.pipeline import Pipeline

_FRAME = re.compile(r"(^|\s)و?(ب?حسب|حسبما|وفق|وفقا|وفقً?اً?|طبقا|نقلا|نقلاً)(\s|$)")


def span_errors(doc: Document, gold: list[dict[str, Any]]) -> list[tuple[str, bool, str, str]]:
    """(class, matched, gold text, predicted words outside it) per differing span."""
    found = []
    for g in gold:
        start = doc.text.find(g["text"])
        if start < 0 or not g["text"].strip():
            continue
        end = start + len(g["text"])
        overlapping = [q for q in doc.quotes or [] if q.start < end and q.end > start]
        if not overlapping:
            continue
        quote = max(overlapping, key=lambda q: token_f1(doc.slice(q), g["text"]))
        before = doc.text[quote.start : start] if quote.start < start - SLACK else ""
        after = doc.text[end : quote.end] if quote.end > end + SLACK else ""
        if before or after:
            klass = "frame" if _FRAME.search(before + " " + after) else "late" if after else "early"
        elif quote.end < end - SLACK or quote.start > start + SLACK:
            klass = "short"
        else:
            continue
        matched = token_f1(doc.slice(quote), g["text"]) >= QUOTE_MATCH_F1
        found.append((klass, matched, g["text"], f"{before} ||| {after}"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every case")
    args = parser.parse_args()
    nlp = Pipeline(["text", "ner", "quotes"])
    counts: Counter[tuple[str, bool]] = Counter()
    for gold, doc in read_articles(nlp):
        for klass, matched, text, extra in span_errors(doc, gold.get("quotes", [])):
            counts[klass, matched] += 1
            if args.list:
                flag = "matched" if matched else "MISSED"
                print(f"{gold['id']} | {klass} {flag} | {text[-80:]} | {extra[-200:]}")
    for (klass, matched), n in counts.most_common():
        print(f"{n:5}  {klass:6} {'matched' if matched else 'missed'}")


if __name__ == "__main__":
    main()
