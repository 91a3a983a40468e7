"""Print the quotations of sampled unseen news whose speaker is not written in the
cue's sentence (a cue with no subject: "وأضاف"، "وقالت إنها"), with the sentence and
the one before, for judging speaker agreement by hand.

Usage: python benchmarks/unsaid_speakers.py [--news FILE] [--seed 10340] [-n 12]
       [--json OUT.jsonl]

The sample is drawn from the first 3,000 records of the file, as sample_quotes.py does.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
from pathlib import Path

from rasd.document import Document, Quote
from rasd.pipeline import Pipeline
from rasd.text.readers import Failure, Fields, jsonl_records, read_records

CONTEXT = 220  # characters of each sentence shown


def sentence_at(doc: Document, offset: int) -> int:
    for i, s in enumerate(doc.sentences):
        if s.start <= offset < s.end:
            return i
    return -1


def unsaid(doc: Document, quote: Quote) -> bool:
    """The cue's sentence does not hold the speaker."""
    if quote.cue is None:
        return False
    if quote.speaker is None:
        return True
    s = sentence_at(doc, quote.cue.start)
    return s < 0 or sentence_at(doc, quote.speaker.start) != s


def rows(doc: Document) -> list[dict[str, str]]:
    out = []
    for q in doc.quotes or []:
        if not unsaid(doc, q):
            continue
        s = sentence_at(doc, q.cue.start)
        before = doc.slice(doc.sentences[s - 1])[-CONTEXT:] if s > 0 else ""
        sp = q.speaker
        out.append(
            {
                "doc": doc.id,
                "at": str(q.start),
                "cue": doc.slice(q.cue),
                "speaker": doc.slice(sp) if sp is not None else "?",
                "canonical": (sp.canonical or "") if sp is not None else "",
                "sentence": doc.slice(doc.sentences[s])[:CONTEXT] if s >= 0 else "",
                "before": before,
            }
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--news", type=Path, default=Path("../shared/data/news/ant-multisource.jsonl.gz")
    )
    parser.add_argument("--seed", type=int, default=10340)
    parser.add_argument("-n", type=int, default=12)
    parser.add_argument("--json", type=Path, help="also write the rows as JSON lines")
    args = parser.parse_args()
    with gzip.open(args.news, "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, 3000))
    picked = random.Random(args.seed).sample(lines, min(args.n, len(lines)))
    nlp = Pipeline(["text", "ner", "quotes"])
    found = []
    for doc in read_records(jsonl_records(picked, str(args.news)), str(args.news), Fields()):
        if isinstance(doc, Failure):
            continue
        for row in rows(nlp(doc)):
            found.append(row)
            print(f"{row['doc']}\t{row['at']}\t{row['cue']}\t{row['speaker']}\t{row['canonical']}")
            print(f"    BEFORE: {row['before']}")
            print(f"    SENT:   {row['sentence']}")
    if args.json:
        args.json.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found))


if __name__ == "__main__":
    main()
