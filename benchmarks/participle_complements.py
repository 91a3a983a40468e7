"""Participle cues after a comma ("، مبيناً وقوع …"، "، معتبرة ما نشر فبركات") in unseen
news, counted by the form of their complement and by whether a quotation is read there.

The participles are those of cues.tsv. The complement's form is that of the word after
the participle: "that" (أن/إن/بأن), a preposition (إلى، على، بـ، عن، من، في), "ما" (a
relative: what was published), or a bare word (a verbal noun: وقوع، صحة، ضرورة; or an
object with its predicate: الهجوم عملا). Articles of both annotated sets are skipped
(`construction_quotes.matching_lines`), so nothing of a check part is read. Usage:

    python benchmarks/participle_complements.py --news ../shared/data/news/saudinewsnet.jsonl.gz \\
        --seed 11366 -n 150 [--list FORM]
"""

from __future__ import annotations

import argparse
import random
import re
from collections import Counter
from pathlib import Path

from construction_quotes import ROOT, annotated_heads, matching_lines
from news_sample import annotated

from rasd.pipeline import Pipeline
from rasd.quotes.lexicon import load_lexicon
from rasd.text.normalize import match_key
from rasd.text.readers import Failure, Fields, jsonl_records, read_records

PREPOSITIONS = {"الى": "إلى", "على": "على", "عن": "عن", "من": "من", "في": "في"}
THAT = ("ان", "بان", "وان")
CONTEXT = 90  # characters shown after the participle


def participles() -> dict[str, str]:
    """match key of a participle cue → its lemma."""
    return {k: f.lemma for k, f in load_lexicon().cues.items() if f.participle}


def form_of(word: str) -> str:
    key = match_key(word)
    if key.startswith(THAT):
        return "that"
    if key in PREPOSITIONS:
        return PREPOSITIONS[key]
    if key.startswith("ب") and len(key) > 3:
        return "بـ"
    if key in ("ما", "بما"):
        return "ما"
    return "bare"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--news", type=Path, default=ROOT.parent / "shared/data/news/saudinewsnet.jsonl.gz"
    )
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("-n", type=int, default=150)
    parser.add_argument("--list", default="", help="print the cases of this form")
    parser.add_argument("--field", action="append", default=[], help="KEY=NAME")
    args = parser.parse_args()
    known = participles()
    pattern = re.compile(r"[،,]\s*(\w+)\s+(\S+)")
    lines = matching_lines(args.news, re.compile("،"), annotated_heads(), annotated())
    random.Random(args.seed).shuffle(lines)
    nlp = Pipeline(["text", "ner", "quotes"])
    fields = Fields().with_overrides(dict(item.split("=", 1) for item in args.field))
    counts: Counter[tuple[str, bool]] = Counter()
    for doc in read_records(jsonl_records(lines[: args.n], str(args.news)), "news", fields):
        if isinstance(doc, Failure):
            continue
        doc = nlp(doc)
        cues = {q.cue.start for q in doc.quotes or [] if q.cue is not None}
        for m in pattern.finditer(doc.text):
            if match_key(m.group(1)) not in known:
                continue
            form = form_of(m.group(2))
            found = any(m.start(1) <= c <= m.start(1) + 2 for c in cues)
            counts[form, found] += 1
            if form == args.list:
                tail = doc.text[m.start(1) : m.start(1) + CONTEXT].replace("\n", " ")
                print(f"{'+' if found else '-'} {doc.id}\t{tail}")
    for (form, found), n in sorted(counts.items()):
        print(f"{form}\t{'quoted' if found else 'missed'}\t{n}")


if __name__ == "__main__":
    main()
