"""Predicted quotations of development folds 0 and 1 that pair with no gold quotation
and lie inside or over another prediction (a double reading, issue 12), by class:

- piece: a short quoted piece (≤ 3 words) inside another prediction's span;
- inside: a longer span inside another prediction's span;
- over: another prediction lies inside it;
- crossing: the two spans overlap in part.

For each class it also says whether the two predictions share the cue or the speaker,
and, on the gold side, how many short quoted pieces inside another gold quotation the
annotators list as quotations of their own (the precision side of dropping them).
Fold 2 confirms by its totals and is never listed; the check folds never are.

Usage: python benchmarks/overlapping_quotes.py [--list] > double.txt
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

from quote_misses import judged_quotes

from rasd.document import Document, Quote
from rasd.pipeline import Pipeline

SHORT_WORDS = 3
_WORD = re.compile(r"\w+")


def _klass(q: Quote, other: Quote, doc: Document) -> str:
    if other.start <= q.start and q.end <= other.end:
        return "piece" if len(_WORD.findall(doc.slice(q))) <= SHORT_WORDS else "inside"
    if q.start <= other.start and other.end <= q.end:
        return "over"
    return "crossing"


def _same(a: Quote, b: Quote, doc: Document) -> str:
    cue = (
        a.cue is not None
        and b.cue is not None
        and (a.cue.start, a.cue.end) == (b.cue.start, b.cue.end)
    )
    spk = (
        a.speaker is not None
        and b.speaker is not None
        and doc.slice(a.speaker) == doc.slice(b.speaker)
    )
    return f"{'same-cue' if cue else 'other-cue'},{'same-speaker' if spk else 'other-speaker'}"


def _gold_pieces(gold: dict) -> tuple[int, int]:
    """Short gold quotations inside another gold quotation, and all short direct ones."""
    quotes = [g["text"] for g in gold.get("quotes", [])]
    short = [t for t in quotes if len(_WORD.findall(t)) <= SHORT_WORDS]
    inside = [t for t in short if any(t != o and t in o for o in quotes)]
    return len(inside), len(short)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", action="store_true")
    listed = ap.parse_args().list
    counts: Counter[str] = Counter()
    gold_inside = gold_short = 0
    for gold, doc, quotes, paired in judged_quotes(Pipeline(["text", "ner", "quotes"])):
        gi, gs = _gold_pieces(gold)
        gold_inside, gold_short = gold_inside + gi, gold_short + gs
        for i, q in enumerate(quotes):
            if i in paired:
                continue
            others = [
                o for j, o in enumerate(quotes) if j != i and o.start < q.end and q.start < o.end
            ]
            if not others:
                continue
            o = max(others, key=lambda o: min(o.end, q.end) - max(o.start, q.start))
            key = f"{_klass(q, o, doc)} {_same(q, o, doc)} {q.kind}/{o.kind} other-{'paired' if quotes.index(o) in paired else 'false'}"
            counts[key] += 1
            if listed:
                spk = doc.slice(q.speaker) if q.speaker else "-"
                ospk = doc.slice(o.speaker) if o.speaker else "-"
                print(
                    f"{gold['id']}\t{key}\n  FALSE [{spk}] {doc.slice(q)}\n  OTHER [{ospk}] {doc.slice(o)}"
                )
    for key, n in counts.most_common():
        print(f"# {n}\t{key}")
    print(f"# {sum(counts.values())} false predictions over another prediction")
    print(
        f"# gold: {gold_inside} short quotations inside another gold quotation, of {gold_short} short"
    )


if __name__ == "__main__":
    main()
