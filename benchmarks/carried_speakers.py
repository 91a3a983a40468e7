"""Continuation cues that carry a wrong speaker, with where the right one was named
(dev folds 0-1 only).

For each quotation the scorer pairs with a gold quotation whose speaker it misses and
whose cue has no subject of its own in its sentence (the speaker chosen lies outside
the cue's sentence, or a "لكنه" pronoun stands for it), prints the cue, the speaker
chosen, the gold speaker, how many sentences and paragraphs back the gold speaker was
last named, the other speakers quoted in between, and whether the speaker chosen is
the article's most quoted one. Fold 2 confirms (never listed); the check folds are
never loaded. Usage:

    python benchmarks/carried_speakers.py ../shared/gold benchmarks/news-gold
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from speaker_misses import (
    gold_speakers,
    sentence_of,
    shown_articles,
    wrong_speakers,
)

from rasd.document import Document, Quote, Sentence, Span
from rasd.evaluate.gold import name_key
from rasd.quotes.commands import quote_pipeline


def _index(spans: Sequence[Span | Sentence], pos: int) -> int:
    """The index of the span holding offset `pos`, or -1."""
    return next((i for i, s in enumerate(spans) if s.start <= pos < s.end), -1)


def last_named(doc: Document, names: set[str], before: int) -> int:
    """The offset of the last token before `before` that opens one of `names` (name
    keys) or is the last word of one (a surname said alone), or -1."""
    words = [name_key(doc.slice(t)) for t in doc.tokens]
    runs = [n.split() for n in names if n]
    for i in range(len(doc.tokens) - 1, -1, -1):
        if doc.tokens[i].start >= before:
            continue
        for run in runs:
            if words[i : i + len(run)] == run or words[i] == run[-1]:
                return doc.tokens[i].start
    return -1


def main_speaker(doc: Document) -> str:
    """The name key of the article's most quoted speaker."""
    counts = Counter(
        name_key(doc.slice(q.speaker)) for q in doc.quotes or [] if q.speaker is not None
    )
    return counts.most_common(1)[0][0] if counts else ""


def carried(doc: Document, q: Quote) -> bool:
    """The quotation's speaker lies outside its cue's sentence."""
    if q.cue is None or q.speaker is None:
        return False
    start, end = sentence_of(doc, q.cue.start)
    return not start <= q.speaker.start < end


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="annotated folders")
    args = parser.parse_args()
    nlp = quote_pipeline()
    n = 0
    for gold, doc in shown_articles(args.gold):
        doc = nlp(doc)
        top = main_speaker(doc)
        for q, g, _said in wrong_speakers(doc, gold):
            if not carried(doc, q):
                continue
            n += 1
            names = gold_speakers(g)
            cue = q.cue.start
            at = last_named(doc, names, cue)
            sents, paras = doc.sentences or [], doc.paragraphs or []
            ds = _index(sents, cue) - _index(sents, at) if at >= 0 else None
            dp = _index(paras, cue) - _index(paras, at) if at >= 0 else None
            between = {
                name_key(doc.slice(o.speaker))
                for o in doc.quotes or []
                if o.speaker is not None and at < o.start < q.start and o is not q
            } - names
            sp = doc.slice(q.speaker)
            flag = "MAIN" if name_key(sp) == top else ""
            print(f"{gold['id']}\tcue={doc.slice(q.cue)}\tsaid={sp} {flag}\tgold={g['speaker']}")
            print(f"    back: sentences={ds} paragraphs={dp} between={sorted(between)[:4]}")
            s, e = sentence_of(doc, cue)
            print("    " + doc.text[s:e].replace("\n", " ")[:300])
            if at >= 0:
                print("    gold@: " + doc.text[max(0, at - 80) : at + 80].replace("\n", " "))
    print(n, "carried wrong speakers")


if __name__ == "__main__":
    main()
