"""Quotations found with the right span and a wrong speaker, by class (dev folds 0-1).

The quotations the scorer pairs with a gold quotation whose speaker does not match
(`rasd.evaluate.gold.score_quotes`), sorted into: no speaker; the right person with
another extent (one name holds the other's words); a speaker whose words occur
nowhere in the gold speaker's name and who is another entity of the same sentence;
the previous speaker carried by a continuation cue; another speaker elsewhere. Only
development folds 0 and 1 are read (fold 2 confirms: never listed; the check folds
are never loaded). Usage:

    python benchmarks/speaker_misses.py ../shared/gold benchmarks/news-gold [--list]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasd.document import Document, Quote
from rasd.evaluate.gold import (
    QUOTE_MATCH_F1,
    _pairs,
    development_articles,
    name_key,
    token_f1,
)
from rasd.quotes.commands import quote_pipeline

SHOWN_FOLDS = (0, 1)


def speaker_names(q: Quote, doc: Document) -> set[str]:
    if q.speaker is None:
        return set()
    names = {name_key(doc.slice(q.speaker))}
    if q.speaker.canonical:
        names.add(name_key(q.speaker.canonical))
    return names


def sentence_of(doc: Document, pos: int) -> tuple[int, int]:
    for s in doc.sentences or []:
        if s.start <= pos < s.end:
            return s.start, s.end
    return max(0, pos - 200), min(len(doc.text), pos + 200)


def kind_of(doc: Document, q: Quote, g: dict[str, Any], said: set[str]) -> str:
    gold = gold_speakers(g)
    if not said:
        return "none"
    said_words = {w for n in said for w in n.split()}
    gold_words = {w for n in gold for w in n.split()}
    if said_words & gold_words:
        return "extent"
    start, end = sentence_of(doc, q.start)
    sentence = name_key(doc.text[start:end])
    speaker_in_sentence = q.speaker is not None and start <= q.speaker.start < end
    gold_here = any(n in sentence for n in gold)
    cue = name_key(doc.slice(q.cue)) if q.cue else ""
    if not speaker_in_sentence:
        return "carried" + ("+gold-here" if gold_here else "")
    return "other-in-sentence" + ("+gold-here" if gold_here else "") + (f" [{cue}]" if cue else "")


def gold_speakers(g: dict[str, Any]) -> set[str]:
    """The name keys of a gold quotation's speaker and its aliases."""
    return {name_key(n) for n in [g["speaker"], *g.get("speaker_aliases", [])]}


def shown_articles(paths: list[Path]) -> Iterator[tuple[dict[str, Any], Document]]:
    """The gold annotation and the unanalysed document of each article of development
    folds 0-1 of the annotated folders (fold 2 confirms, the check folds never load)."""
    for path in paths:
        for gold, doc, fold in development_articles(path):
            if fold in SHOWN_FOLDS:
                yield gold, doc


def paired_quotes(
    doc: Document, gold: dict[str, Any]
) -> Iterator[tuple[int, Quote, dict[str, Any]]]:
    """The quotations of an analysed `doc` that the scorer pairs with a gold quotation,
    with the gold quotation and its index."""
    quotes, expected = doc.quotes or [], gold.get("quotes", [])

    def similarity(q: Any, g: dict[str, Any]) -> float:
        f1 = token_f1(doc.slice(q), g["text"])
        return f1 if f1 >= QUOTE_MATCH_F1 else 0.0

    for i, j in _pairs(quotes, expected, similarity):
        yield j, quotes[i], expected[j]


def wrong_speakers(
    doc: Document, gold: dict[str, Any]
) -> Iterator[tuple[Quote, dict[str, Any], set[str]]]:
    """The quotations of an analysed `doc` that the scorer pairs with a gold quotation
    whose speaker (or alias) none of their speaker names match, with those names."""
    for _, q, g in paired_quotes(doc, gold):
        said = speaker_names(q, doc)
        if not said & gold_speakers(g):
            yield q, g, said


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="annotated folders")
    parser.add_argument("--list", action="store_true", help="list the quotations")
    args = parser.parse_args()
    nlp = quote_pipeline()
    counts: Counter[str] = Counter()
    for gold, doc in shown_articles(args.gold):
        doc = nlp(doc)
        for q, g, said in wrong_speakers(doc, gold):
            kind = kind_of(doc, q, g, said)
            counts[kind.split(" [")[0]] += 1
            if args.list:
                start, end = sentence_of(doc, q.start)
                sp = doc.slice(q.speaker) if q.speaker else "-"
                print(f"{kind}\t{gold['id']}\tgold={g['speaker']}\tsaid={sp}")
                print("    " + doc.text[start:end].replace("\n", " ")[:400])
    for k, n in counts.most_common():
        print(f"{n:5}  {k}")


if __name__ == "__main__":
    main()
