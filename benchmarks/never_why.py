"""Why the quotes layer never finds the gold quotations it misses (dev folds 0-1 only).

Sorts each never-found (or taken-and-unpaired) gold quotation of dev folds 0 and 1 by
the reason the layer misses it, not by its cue:

- guard: the cue word is read as a cue (`DocView.cue`) but no quotation came of it;
- form: a word there holds the cue's lemma forms but the lexicon does not read it;
- nocue: the gold names no cue word, or the cue word is not in the text near it;
- inner: the gold quotation lies inside another gold quotation.

Usage: python benchmarks/never_why.py [--list]   (prints dev folds 0-1 only)
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quote_misses import GOLD_DIRS, READ_FOLDS, classify

from rasd.evaluate.gold import development_articles
from rasd.pipeline import Pipeline
from rasd.quotes.extract import QuoteExtractor
from rasd.quotes.view import DocView
from rasd.text.normalize import match_key

BEFORE, AFTER = 300, 200  # characters searched for the cue around the quotation


def _cue_token(doc, view, cue: str, start: int, end: int) -> int | None:
    """The token of the gold cue nearest the quotation's start."""
    key = match_key(cue)
    best = None
    lo, hi = max(0, start - BEFORE), min(len(doc.text), end + AFTER)
    for k, tok in enumerate(doc.tokens):
        if tok.end < lo or tok.start > hi:
            continue
        if key and key in view.keys[k]:
            d = abs(tok.start - start) if tok.start < start else tok.start - end + 50
            if best is None or d < best[0]:
                best = (d, k)
    return best[1] if best else None


def why(doc, view, gold: dict, misses_nested: bool) -> tuple[str, str]:
    if misses_nested:
        return "inner", ""
    text = gold["text"]
    start = doc.text.find(text)
    if start < 0:
        start = doc.text.find(text[:30])
    end = start + len(text)
    cue = gold.get("cue") or ""
    if start < 0:
        return "nofind", ""
    if not cue or cue in ("-", ":"):
        return "nocue", ""
    k = _cue_token(doc, view, cue, start, end)
    if k is None:
        return "nocue", f"cue {cue} not near"
    surface = doc.text[doc.tokens[k].start : doc.tokens[k].end]
    if view.cue(k) is not None:
        return "guard", surface
    return "form", surface


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    nlp = Pipeline(["text", "ner", "quotes"])
    ex = QuoteExtractor()
    counts: Counter = Counter()
    forms: Counter = Counter()
    for gold_dir in GOLD_DIRS:
        for gold, doc, fold in development_articles(gold_dir):
            if fold not in READ_FOLDS:
                continue
            doc = nlp(doc)
            view = DocView(doc, ex.lexicon, ex.frequencies, ex.words)
            golds = gold.get("quotes", [])
            found = classify([doc.slice(q) for q in doc.quotes or []], golds)
            for m in found:
                if not (m.klass == "never" or (m.taken and m.klass == "shifted")):
                    continue
                g = next(x for x in golds if x["text"] == m.gold)
                reason, what = why(doc, view, g, m.nested)
                counts[(reason, m.kind)] += 1
                if reason == "form":
                    forms[match_key(g.get("cue") or "")] += 1
                if args.list:
                    start = doc.text.find(m.gold[:30])
                    ctx = doc.text[max(0, start - 160) : start].replace("\n", " / ")
                    print(f"{reason} {m.klass} {m.kind} [{g.get('cue')}] <{what}> {gold['id']}")
                    print(f"    ...{ctx} [[{m.gold[:160]}]]")
                    if m.predicted:
                        print(f"    predicted: {m.predicted[:200]}")
    for key, n in counts.most_common():
        print(n, *key)
    print("form cues:", forms.most_common(40))


if __name__ == "__main__":
    main()
