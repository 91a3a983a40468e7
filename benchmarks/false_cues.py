"""Predicted quotations of development folds 0 and 1 that pair with no gold quotation,
each with its cue and the words around the cue, for reading which cues were no act of
speech (a noun, a verbal noun, an adjective or a passive read as a cue; issue 12).

Fold 2 confirms by its totals and is never listed; the check folds never are.

Usage: python benchmarks/false_cues.py > false.txt
"""

from __future__ import annotations

from quote_misses import judged_quotes

from rasd.pipeline import Pipeline

CONTEXT = 40  # characters shown on each side of the cue


def main() -> None:
    spurious = total = 0
    for gold, doc, quotes, paired in judged_quotes(Pipeline(["text", "ner", "quotes"])):
        total += len(quotes)
        for i, q in enumerate(quotes):
            if i in paired or q.cue is None:
                continue
            spurious += 1
            c = q.cue
            left = doc.text[max(0, c.start - CONTEXT) : c.start].replace("\n", " ")
            right = doc.text[c.end : c.end + CONTEXT].replace("\n", " ")
            cue = doc.text[c.start : c.end]
            print(f"{gold['id']}\t{cue}\t{left} [{cue}] {right}")
    print(f"# {spurious} of {total} predicted quotations pair with no gold quotation")


if __name__ == "__main__":
    main()
