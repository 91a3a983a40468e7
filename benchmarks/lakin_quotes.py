"""Quotations whose cue follows a pronoun after "لكن" ("لكنه قال"، "إلا أنها أكدت"),
with the predicted and gold speaker (dev folds 0-1 only; fold 2 confirms and is never
listed, the check folds are never loaded). Each line says ok (the speaker matches the
gold speaker or an alias) or WRONG. Usage:

    python benchmarks/lakin_quotes.py ../shared/gold benchmarks/news-gold
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path
from typing import Any

from speaker_misses import gold_speakers, paired_quotes, shown_articles, speaker_names

from rasd.document import Document, Quote
from rasd.evaluate.gold import name_key
from rasd.quotes.commands import quote_pipeline

# The pronoun particle, then up to two words ("قد"، "في المقابل") before the cue.
PRONOUN_BEFORE = re.compile(r"(?:و?لكن|إلا أن|غير أن)(?:ه|ها|هم|هما)\s+(?:\S+\s+){0,2}$")


def verdict(doc: Document, q: Quote, g: dict[str, Any]) -> tuple[str, str]:
    """ "ok" when the speaker (or its canonical name) is the gold speaker or an alias."""
    if q.speaker is None:
        return "WRONG", "-"
    right = speaker_names(q, doc) & gold_speakers(g)
    return ("ok" if right else "WRONG"), name_key(doc.slice(q.speaker))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="annotated folders")
    args = parser.parse_args()
    nlp = quote_pipeline()
    counts: Counter[str] = Counter()
    for gold, doc in shown_articles(args.gold):
        doc = nlp(doc)
        for _, q, g in paired_quotes(doc, gold):
            before = doc.text[max(0, q.cue.start - 40) : q.cue.start] if q.cue else ""
            if not PRONOUN_BEFORE.search(before):
                continue
            mark, said = verdict(doc, q, g)
            counts[mark] += 1
            context = doc.text[max(0, q.cue.start - 250) : q.cue.end + 60]
            print(f"{mark}\t{gold['id']}\tgold={g['speaker']}\tsaid={said}")
            print("    " + context.replace("\n", " "))
    for k, n in counts.most_common():
        print(f"{n:5}  {k}")


if __name__ == "__main__":
    main()
