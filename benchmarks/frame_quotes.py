"""Gold quotations whose cue is an attribution frame (بحسب، وفق، وفقا لـ، حسب، نقلا
عن), on development folds 0-1, with the prediction.

Each is tallied by outcome (found: the scorer pairs it; boundary: a prediction shares
its words; never found), by where the frame stands in its sentence (start; end: no comma
after it, the source closes the sentence; mid: a comma and more words follow the source)
and by which side of the frame the gold words lie (before, after). Fold 2 confirms and is
never listed; the check folds are never loaded. Usage:

    python benchmarks/frame_quotes.py ../shared/gold benchmarks/news-gold [--list]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Any

from speaker_misses import paired_quotes, sentence_of, shown_articles

from rasd.document import Document
from rasd.evaluate.gold import token_f1
from rasd.quotes.commands import quote_pipeline

FRAME = re.compile(r"(^|\s)[وف]?(ب?حسب|حسبما|وفق|وفقا|وفقاً|وفقًا|نقلا|نقلاً)(\s|$)")
SHARES = 0.3  # token F1 with the best prediction above which a miss is a boundary one
START_CHARS = 3  # a frame this close to its sentence's start opens it


def _frame_at(doc: Document, g: dict[str, Any]) -> tuple[int, int, int] | None:
    """The sentence holding the gold text and the offset of its frame, if the cue is
    one (the nearest to the gold words)."""
    if not FRAME.search(" " + (g.get("cue") or "") + " "):
        return None
    at = doc.text.find(g["text"])
    if at < 0:
        return None
    start, end = sentence_of(doc, at)
    frames = [m.start(2) + start for m in FRAME.finditer(doc.text[start:end])]
    if not frames:
        return None
    frame = min(frames, key=lambda f: min(abs(f - at), abs(f - at - len(g["text"]))))
    return start, end, frame


def _position(doc: Document, start: int, end: int, frame: int) -> str:
    before = doc.text[start:frame].strip(" ،,و")
    after = doc.text[frame:end]
    if len(before) <= START_CHARS:
        return "start"
    # no comma after the frame: the source closes the sentence
    return "mid" if re.search(r"[،,]", after) else "end"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="annotated folders")
    parser.add_argument("--list", action="store_true", help="list the quotations")
    args = parser.parse_args()
    nlp = quote_pipeline()
    tally: Counter[tuple[str, str, str]] = Counter()
    for gold, raw in shown_articles(args.gold):
        doc = nlp(raw)
        paired = {j for j, _, _ in paired_quotes(doc, gold)}
        for j, g in enumerate(gold.get("quotes", [])):
            at = _frame_at(doc, g)
            if at is None:
                continue
            start, end, frame = at
            position = _position(doc, start, end, frame)
            side = "before" if doc.text.find(g["text"]) < frame else "after"
            preds = [doc.slice(q) for q in doc.quotes or []]
            best = max(preds, key=lambda p: token_f1(p, g["text"]), default="")
            f1 = token_f1(best, g["text"]) if best else 0.0
            outcome = "found" if j in paired else "boundary" if f1 >= SHARES else "never"
            tally[(outcome, position, side)] += 1
            if args.list and outcome != "found":
                print(f"{gold['id']} | {outcome} {position} {side} [{g.get('cue')}]")
                print(f"    sentence: {doc.text[start:end]}")
                print(f"    gold: {g['text']}")
                print(f"    predicted: {best[:300] if f1 >= SHARES else '-'}")
    for (outcome, position, side), n in sorted(tally.items(), key=lambda x: (x[0][0], -x[1])):
        print(f"{n:5}  {outcome:9} {position:6} {side}")
    print(f"{sum(tally.values())} frame quotations")


if __name__ == "__main__":
    main()
