"""Gold quotations whose cue follows a relative pronoun, with the speakers (dev folds 0-1).

For each gold quotation whose cue verb stands right after الذي / التي / الذين / اللذين
("أجهزة المخابرات الأمريكية التي أوضحت أن"), or after the pronoun and an auxiliary
("الذي كان قد قال"), prints the predicted speaker, the gold speaker and the antecedent
phrase `relative_antecedent` reads, and sorts them: right; none (no speaker); extent
(a speaker sharing words with the gold name); other; missed (no quotation found).
Only development folds 0 and 1 are read (fold 2 confirms: never listed; the check
folds are never loaded). Usage:

    python benchmarks/relative_speakers.py ../shared/gold benchmarks/news-gold [--list]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

from speaker_misses import gold_speakers, paired_quotes, shown_articles, speaker_names

from rasd.document import Document, Quote
from rasd.evaluate.gold import name_key
from rasd.quotes.commands import quote_pipeline
from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.state import RELATIVE_GENDER
from rasd.quotes.subjects import relative_antecedent
from rasd.quotes.view import DocView
from rasd.text.tokens import load_lexicon as load_frequencies

CUE_REACH = 12  # tokens before a quotation's first word where its cue may stand
_AUXILIARIES = frozenset({"كان", "كانت", "كانوا", "قد", "لم", "سبق", "وقد"})


def relative_before(v: DocView, k: int) -> int | None:
    """The relative pronoun right before the cue at k, past auxiliaries ("الذي كان قد")."""
    j = k - 1
    while j >= 0 and k - j <= 3 and v.keys[j] in _AUXILIARIES:
        j -= 1
    return j if j >= 0 and v.keys[j] in RELATIVE_GENDER else None


def gold_cue(v: DocView, doc: Document, g: dict[str, Any]) -> int | None:
    """The token of the gold quotation's cue: its word nearest before the quoted text
    (or nearest after it, for a cue after the words)."""
    at = doc.text.find(g["text"][:40])
    if at < 0:
        return None
    first = next((i for i, t in enumerate(v.tokens) if t.start >= at), v.n)
    cue = name_key(g.get("cue") or "")
    if not cue:
        return None
    before = range(first - 1, max(-1, first - CUE_REACH), -1)
    after_end = next((i for i, t in enumerate(v.tokens) if t.start >= at + len(g["text"])), v.n)
    after = range(after_end, min(v.n, after_end + CUE_REACH))
    for i in (*before, *after):
        if name_key(v.texts[i]) == cue:
            return i
    return None


def classify(doc: Document, q: Quote | None, g: dict[str, Any]) -> str:
    if q is None:
        return "missed"
    if q.speaker is None:
        return "none"
    said, gold = speaker_names(q, doc), gold_speakers(g)
    if said & gold:
        return "right"
    if {w for n in said for w in n.split()} & {w for n in gold for w in n.split()}:
        return "extent"
    return "other"


def describe(v: DocView, k: int, q: Quote | None, g: dict[str, Any]) -> str:
    """The gold and predicted speakers, the antecedent read, and the words before the cue."""
    doc, hit = v.doc, v.cue(k)
    phrase = relative_antecedent(v, k, hit.form.gender) if hit else None
    read = "-"
    if phrase is not None:
        read = doc.text[v.tokens[phrase.start].start : v.tokens[phrase.end - 1].end]
    said = doc.slice(q.speaker) if q is not None and q.speaker else "-"
    left, right = v.tokens[max(0, k - 10)].start, v.tokens[min(v.n - 1, k + 4)].end
    context = doc.text[left:right].replace("\n", " ")
    return f"gold={g['speaker']}\tsaid={said}\tantecedent={read}\n    {context}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="annotated folders")
    parser.add_argument("--list", action="store_true", help="list the quotations")
    args = parser.parse_args()
    nlp, lexicon, frequencies = quote_pipeline(), load_lexicon(), load_frequencies()
    counts: Counter[str] = Counter()
    for gold, doc in shown_articles(args.gold):
        doc = nlp(doc)
        v = DocView(doc, lexicon, frequencies)
        paired = {j: q for j, q, _ in paired_quotes(doc, gold)}
        for j, g in enumerate(gold.get("quotes", [])):
            k = gold_cue(v, doc, g)
            if k is None or relative_before(v, k) is None:
                continue
            q = paired.get(j)
            kind = classify(doc, q, g)
            counts[kind] += 1
            if args.list:
                print(f"{kind}\t{gold['id']}\t{describe(v, k, q, g)}")
    for kind, n in counts.most_common():
        print(f"{n:5}  {kind}")
    print(f"{sum(counts.values()):5}  all")


if __name__ == "__main__":
    main()
