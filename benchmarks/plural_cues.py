"""Speakers of plural and dual cues before and after `rasd.quotes.number` (the qagree
pass): unseen articles holding a plural cue form ("وأكدوا"، "مؤكدين"، "قالا"), each
quotation whose speaker the rule changes, with its sentence and the one before.

Usage: python benchmarks/plural_cues.py NEWS.jsonl.gz SEED N

Articles are drawn from records 20,000-40,000 of the file (past the first 3,000 that
sample_quotes.py reads).
"""

from __future__ import annotations

import gzip
import itertools
import random
import re
import sys

from rasd.document import Document, Quote
from rasd.pipeline import Pipeline
from rasd.quotes import number
from rasd.quotes.extract import QuoteExtractor
from rasd.text.readers import Failure, Fields, jsonl_records, read_records

PLURAL_FORMS = re.compile(
    r"(?:^|\s)(?:و|ف)?(?:قالوا|أضافوا|اضافوا|أكدوا|اكدوا|أشاروا|اشاروا|أوضحوا|اوضحوا|تابعوا"
    r"|أعربوا|عبروا|شددوا|طالبوا|اعتبروا|قالا|أكدا|أضافا|أشارا|قلن|يقولون|يؤكدون|مؤكدين"
    r"|مشيرين|مضيفين|قائلين|معربين|مطالبين|مشددين|داعين|معتبرين)(?=\s)"
)
RECORDS = (20_000, 40_000)


def speaker(doc: Document, q: Quote | None) -> str:
    return doc.slice(q.speaker) if q is not None and q.speaker is not None else "?"


def changes(doc: Document, qx: QuoteExtractor) -> list[str]:
    number.PLURAL_NOT_ONE = False
    before = {(q.start, q.end): q for q in qx(doc)}
    number.PLURAL_NOT_ONE = True
    after = {(q.start, q.end): q for q in qx(doc)}
    lines = []
    for key in sorted(set(before) | set(after)):
        b, a = before.get(key), after.get(key)
        if speaker(doc, b) == speaker(doc, a):
            continue
        q = a or b
        at = q.cue.start if q.cue is not None else q.start
        s = next((i for i, s in enumerate(doc.sentences) if s.start <= at < s.end), 0)
        cue = doc.slice(q.cue) if q.cue is not None else ""
        lines.append(f"{doc.id}\t{q.start}\t{cue}\t{speaker(doc, b)}\t->\t{speaker(doc, a)}")
        if s > 0:
            lines.append(f"    BEFORE: {doc.slice(doc.sentences[s - 1])[-200:]}")
        lines.append(f"    SENT:   {doc.slice(doc.sentences[s])[:260]}")
    return lines


def main() -> None:
    news, seed, n = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    with gzip.open(news, "rt", encoding="utf-8") as f:
        lines = [line for line in itertools.islice(f, *RECORDS) if PLURAL_FORMS.search(line)]
    picked = random.Random(seed).sample(lines, min(n, len(lines)))
    nlp, qx = Pipeline(["text", "ner"]), QuoteExtractor()
    changed = 0
    for doc in read_records(jsonl_records(picked, news), news, Fields()):
        if isinstance(doc, Failure):
            continue
        doc = nlp(doc)
        found = changes(doc, qx)
        changed += sum(1 for line in found if not line.startswith(" "))
        for line in found:
            print(line)
    print(f"# articles {len(picked)}, quotations changed {changed}")


if __name__ == "__main__":
    main()
