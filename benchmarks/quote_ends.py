"""Predicted quotations that run on past the end of a gold quotation, by what stands
where the gold one ends (issue 12, qend), on development folds 0 and 1 only.

Runs the text, ner and quotes stages on the development articles of folds 0 and 1 of
../shared/gold and benchmarks/news-gold (fold 2 confirms and is not read; the check
folds never are). For each gold quotation found in the text, the prediction that
starts within it or just before it and ends later than it (past its closing marks)
is classed by the words right after the gold end:

- contrast: a comma, then لكن / في حين / في وقت / فيما / بينما …;
- stop: a full stop (or ? !) inside the paragraph;
- mark: a closing quotation mark, then more;
- cue: the next quotation of the same gold article starts inside the run-on;
- comma: a comma, then anything else;
- other.

Usage:

    python benchmarks/quote_ends.py            # counts per class, matched or missed
    python benchmarks/quote_ends.py --list     # and each case, with the words after

"matched": the scorer still pairs the two (token F1 at least 0.5), so cutting the
run-on changes no dev count; "missed": the run-on costs the gold quotation.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from quote_misses import read_articles

from rasd.document import Document, Quote
from rasd.evaluate.gold import QUOTE_MATCH_F1, token_f1
from rasd.pipeline import Pipeline

SLACK = 3  # characters of marks or spaces a prediction may hold past the gold end
_CONTRAST = re.compile(r"^\W*،\s*و?(لكن|ولكن|غير أن|إلا أن|في حين|في وقت|فيما|بينما|وسط)\b")
_STOP = re.compile(r'^["»”\s]*[.?!؟]')
_MARK = re.compile(r'^\s*["»”]')
_COMMA = re.compile(r"^\W*،")


@dataclass(frozen=True, slots=True)
class RunOn:
    klass: str
    matched: bool  # the scorer still pairs the prediction with the gold quotation
    gold: str
    after: str  # the predicted words past the gold end


def run_ons(doc: Document, gold: list[dict[str, Any]]) -> list[RunOn]:
    """Each prediction running past a gold quotation of one article."""
    found = []
    starts = sorted(s for g in gold if (s := doc.text.find(g["text"])) >= 0)
    for g in gold:
        start = doc.text.find(g["text"])
        if start < 0 or not g["text"].strip():
            continue
        end = start + len(g["text"])
        quote = _running_on(doc.quotes or [], start, end)
        if quote is None:
            continue
        after = doc.text[end : quote.end]
        klass = _klass(after, any(end < s < quote.end for s in starts))
        matched = token_f1(doc.slice(quote), g["text"]) >= QUOTE_MATCH_F1
        found.append(RunOn(klass, matched, g["text"], after))
    return found


def _running_on(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The prediction overlapping [start, end) that ends past it, if any."""
    for q in quotes:
        if q.start < end and q.end > end + SLACK and q.start >= start - 40:
            return q
    return None


def _klass(after: str, next_gold: bool) -> str:
    if _CONTRAST.match(after):
        return "contrast"
    if _STOP.match(after):
        return "stop"
    if _MARK.match(after):
        return "mark"
    if next_gold:
        return "cue"
    if _COMMA.match(after):
        return "comma"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every case")
    args = parser.parse_args()
    nlp = Pipeline(["text", "ner", "quotes"])
    counts: Counter[tuple[str, bool]] = Counter()
    for gold, doc in read_articles(nlp):
        for r in run_ons(doc, gold.get("quotes", [])):
            counts[r.klass, r.matched] += 1
            if args.list:
                flag = "matched" if r.matched else "MISSED"
                print(f"{gold['id']} | {r.klass} {flag} | {r.gold[-80:]} ||| {r.after[:160]}")
    for (klass, matched), n in counts.most_common():
        print(f"{n:5}  {klass:8} {'matched' if matched else 'missed'}")


if __name__ == "__main__":
    main()
