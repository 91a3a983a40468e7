"""Gold and predicted quotations of the sentences holding one construction (dev folds 0-1).

For each sentence of development folds 0-1 whose text matches REGEX, every gold
quotation in it is tallied by outcome (found: the scorer pairs it, with the right or a
wrong speaker; boundary: a prediction shares its words; never found) and every
prediction in it that the scorer pairs with no gold quotation is counted as extra. Fold
2 confirms and is never listed; the check folds are never loaded. Usage:

    python benchmarks/sentence_quotes.py 'REGEX' ../shared/gold benchmarks/news-gold [--list]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Any

from speaker_misses import gold_speakers, paired_quotes, shown_articles, speaker_names

from rasd.document import Document, Quote
from rasd.evaluate.gold import token_f1
from rasd.quotes.commands import quote_pipeline

SHARES = 0.3  # token F1 with the best prediction above which a miss is a boundary one


def _speaker(doc: Document, q: Quote) -> str:
    return doc.slice(q.speaker) if q.speaker else "-"


def _gold_outcome(
    doc: Document, g: dict[str, Any], pair: Quote | None, preds: list[Quote]
) -> tuple[str, Quote | None]:
    if pair is not None:
        right = bool(speaker_names(pair, doc) & gold_speakers(g))
        return ("found-right" if right else "found-wrong-speaker"), pair
    best = max(preds, key=lambda p: token_f1(doc.slice(p), g["text"]), default=None)
    if best is not None and token_f1(doc.slice(best), g["text"]) >= SHARES:
        return "boundary", best
    return "never", None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("regex")
    parser.add_argument("gold", type=Path, nargs="+", help="annotated folders")
    parser.add_argument("--list", action="store_true", help="list the sentences")
    args = parser.parse_args()
    pattern = re.compile(args.regex)
    nlp = quote_pipeline()
    tally: Counter[str] = Counter()
    for gold, raw in shown_articles(args.gold):
        doc = nlp(raw)
        pairs = {j: q for j, q, _ in paired_quotes(doc, gold)}
        paired_ids = {id(q) for q in pairs.values()}
        for s in doc.sentences or []:
            text = doc.text[s.start : s.end]
            if not pattern.search(text):
                continue
            tally["sentences"] += 1
            preds = [q for q in doc.quotes or [] if s.start <= q.start < s.end]
            lines = []
            for j, g in enumerate(gold.get("quotes", [])):
                if g["text"] not in text:
                    continue
                outcome, q = _gold_outcome(doc, g, pairs.get(j), preds)
                tally[outcome] += 1
                said = f"{_speaker(doc, q)} | {doc.slice(q)[:200]}" if q else "-"
                lines.append(
                    f"  {outcome}: gold {g['speaker']} | {g['text'][:200]}\n    got {said}"
                )
            for q in preds:
                if id(q) not in paired_ids:
                    tally["extra"] += 1
                    lines.append(f"  extra: {_speaker(doc, q)} | {doc.slice(q)[:200]}")
            if args.list:
                print(f"{gold['id']} | {text[:500]}")
                print("\n".join(lines))
    for k, n in tally.most_common():
        print(f"{n:5}  {k}")


if __name__ == "__main__":
    main()
