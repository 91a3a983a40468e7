"""Quotations with the right span and a wrong speaker whose gold speaker stands before
the cue in its sentence (dev folds 0-1): a subject written before its verb ("لكن أنقرة
تعتبرها"، "وكانت السلطات التركية قد وصفت"), a relative clause's antecedent ("الأوساط
الأمريكية التي وصفت"), or a speaker further back. Each is printed with the words from
the gold speaker to the cue and the number of words between them, for sorting by hand.
Only development folds 0 and 1 are read (fold 2 confirms: never listed; the check
folds are never loaded). Usage:

    python benchmarks/fronted_speakers.py ../shared/gold benchmarks/news-gold
"""

from __future__ import annotations

import argparse
from pathlib import Path

from speaker_misses import sentence_of, shown_articles, wrong_speakers

from rasd.quotes.commands import quote_pipeline

CONTEXT = 80  # characters shown before the gold speaker


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="annotated folders")
    args = parser.parse_args()
    nlp = quote_pipeline()
    found = 0
    for gold, doc in shown_articles(args.gold):
        doc = nlp(doc)
        for q, g, _ in wrong_speakers(doc, gold):
            if q.cue is None:
                continue
            start, _ = sentence_of(doc, q.cue.start)
            before = doc.text[start : q.cue.start]
            names = [g["speaker"], *g.get("speaker_aliases", [])]
            at = max(before.rfind(name) for name in names)
            if at < 0:
                continue
            found += 1
            cue = doc.slice(q.cue)
            said = doc.slice(q.speaker) if q.speaker else "-"
            gap = len(before[at:].split())
            print(f"{gold['id']}\tgold={g['speaker']}\tsaid={said}\tcue={cue}\twords={gap}")
            after = doc.text[q.cue.end : q.cue.end + 60]
            shown = before[max(0, at - CONTEXT) :] + f" [{cue}] " + after
            print("    " + shown.replace("\n", " "))
    print(f"# {found} quotations")


if __name__ == "__main__":
    main()
