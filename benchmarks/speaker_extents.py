"""Misattributed quotations whose speaker phrase has the wrong extent, by the word at its
edge (dev folds 0-1).

Of the quotations found with the right span and a wrong speaker
(`speaker_misses.wrong_speakers`), those whose speaker phrase shares a word with the gold
speaker or an alias are sorted into: too short (the phrase lies inside a gold name: the
gold word after or before it is what is missing, "المدير السابق [لوكالة]"), too long (a
gold name lies inside the phrase: the word after or before it is what runs on, "الحزب
[في] الدعوى"), or other (they only share a word: another person of the same family, a
body and its member). Only development folds 0 and 1 are read (fold 2 confirms: never
listed; the check folds are never loaded). Usage:

    python benchmarks/speaker_extents.py ../shared/gold benchmarks/news-gold [--list]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from speaker_misses import gold_speakers, sentence_of, shown_articles, wrong_speakers

from rasd.evaluate.gold import name_key
from rasd.quotes.commands import quote_pipeline


def _find(inner: list[str], outer: list[str]) -> int:
    """Where the word sequence `inner` starts inside `outer`; -1 when it does not."""
    n = len(inner)
    return next((i for i in range(len(outer) - n + 1) if outer[i : i + n] == inner), -1)


def _edge(inner: list[str], outer: list[str], at: int) -> str:
    """The word of `outer` right after `inner` (at `at`), else the one right before it."""
    after = at + len(inner)
    if after < len(outer):
        return "+" + outer[after]
    return outer[at - 1] + "+"


def extent_class(said: str, gold: set[str]) -> tuple[str, str] | None:
    """("short" | "long" | "other", edge word) for a speaker phrase `said` (a name key)
    against the gold names; None when they share no word."""
    words = said.split()
    names = [g.split() for g in gold]
    if not any(set(words) & set(g) for g in names):
        return None
    for g in names:
        at = _find(words, g)
        if at >= 0 and len(g) > len(words):
            return "short", _edge(words, g, at)
    for g in names:
        at = _find(g, words)
        if at >= 0 and len(words) > len(g):
            return "long", _edge(g, words, at)
    return "other", ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path, nargs="+", help="annotated folders")
    parser.add_argument("--list", action="store_true", help="list the quotations")
    args = parser.parse_args()
    nlp = quote_pipeline()
    kinds: Counter[str] = Counter()
    edges: Counter[tuple[str, str]] = Counter()
    for gold, doc in shown_articles(args.gold):
        doc = nlp(doc)
        for q, g, _ in wrong_speakers(doc, gold):
            said = name_key(doc.slice(q.speaker)) if q.speaker else ""
            found = extent_class(said, gold_speakers(g)) if said else None
            if found is None:
                continue
            kinds[found[0]] += 1
            edges[found] += 1
            if args.list:
                start, end = sentence_of(doc, q.start)
                print(f"{found[0]} {found[1]}\t{gold['id']}\tgold={g['speaker']}\tsaid={said}")
                print("    " + doc.text[start:end].replace("\n", " ")[:400])
    for k, n in kinds.most_common():
        print(f"{n:5}  {k}")
    for (k, word), n in edges.most_common():
        if k != "other":
            print(f"{n:5}  {k} {word}")


if __name__ == "__main__":
    main()
