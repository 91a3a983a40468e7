"""Carried speakers on unseen news: each quotation whose speaker is chosen outside its
cue's sentence (a continuation "وأضاف"، "وتابعت"، a participle with no subject), with
the sentences from where that speaker was named to the cue, for judging by a person,
and for diffing before against after a change (PYTHONPATH=OLD/src for the old code).

Usage:

    python benchmarks/carried_unseen.py --seed 11000 -n 100 > after.txt
    PYTHONPATH=/tmp/old/src python benchmarks/carried_unseen.py --seed 11000 -n 100 > before.txt

The articles are drawn by `news_sample.unseen_records` (annotated articles skipped, so
no check-part article is ever printed) from ../shared/data/news, opening 3,000
characters as the audits read them.
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from news_sample import analyze_record, unseen_records

from rasd.document import Document, Quote
from rasd.quotes.commands import quote_pipeline

CONTEXT_SENTENCES = 3  # sentences shown before the cue's at most


def _sentence_index(doc: Document, pos: int) -> int:
    return next((i for i, s in enumerate(doc.sentences or []) if s.start <= pos < s.end), -1)


def carried(doc: Document, q: Quote) -> bool:
    """The quotation's speaker lies outside its cue's sentence."""
    if q.cue is None or q.speaker is None:
        return False
    return _sentence_index(doc, q.cue.start) != _sentence_index(doc, q.speaker.start)


def show(doc: Document, q: Quote) -> str:
    """The cue, the speaker chosen, and the sentences from the speaker's to the cue's."""
    assert q.cue is not None and q.speaker is not None
    sents = doc.sentences or []
    c, s = _sentence_index(doc, q.cue.start), _sentence_index(doc, q.speaker.start)
    first = max(min(c, s if s >= 0 else c), c - CONTEXT_SENTENCES)
    lines = [f"  cue={doc.slice(q.cue)} said={doc.slice(q.speaker)} back={c - s}"]
    for i in range(first, c + 1):
        lines.append(f"    [{i}] " + doc.slice(sents[i]).replace("\n", " ")[:300])
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("--seed", type=int, default=11000)
    parser.add_argument("-n", type=int, default=100, help="articles read")
    args = parser.parse_args()
    nlp = quote_pipeline()
    total = shown = 0
    for record in itertools.islice(unseen_records(args.news, args.seed), args.n):
        doc = analyze_record(nlp, record)
        rows = [q for q in doc.quotes or [] if carried(doc, q)]
        total += len(doc.quotes or [])
        if rows:
            print(f"### {record.get('title', '')[:80]}")
        for q in rows:
            shown += 1
            print(show(doc, q))
    print(f"{shown} carried of {total} quotations in {args.n} articles")


if __name__ == "__main__":
    main()
