"""Quotations of development folds 0 and 1 cued by a present of اعتبر (يعتبر، تعتبر،
يعتبرون, with or without و), paired with gold (OK) or not (FALSE), and the gold
quotations whose cue is one, for tallying the passive "is considered" read as a
quotation by what follows the verb (issue 12).

Fold 2 confirms by its totals and is never listed; the check folds never are.

Usage: python benchmarks/considered_quotes.py > considered.txt
"""

from __future__ import annotations

import re

from quote_misses import judged_quotes

from rasd.pipeline import Pipeline

PRESENT = re.compile(r"^[وف]?[يت]عتبر")
CONTEXT = 40  # characters shown before the cue; half again after it


def main() -> None:
    for gold, doc, quotes, paired in judged_quotes(Pipeline(["text", "ner", "quotes"])):
        for i, q in enumerate(quotes):
            c = q.cue
            if c is None or not PRESENT.match(doc.text[c.start : c.end]):
                continue
            left = doc.text[max(0, c.start - CONTEXT) : c.start].replace("\n", " ")
            right = doc.text[c.end : c.end + CONTEXT * 3 // 2].replace("\n", " ")
            mark = "OK" if i in paired else "FALSE"
            print(f"{mark}\t{gold['id']}\t{left} [{doc.text[c.start : c.end]}] {right}")
        for g in gold.get("quotes", []):
            if PRESENT.match(g.get("cue") or ""):
                print(f"GOLD\t{gold['id']}\t{g['cue']}\t{g['text'][:60]}")


if __name__ == "__main__":
    main()
