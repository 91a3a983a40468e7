"""Gold places glued to "ب", "ل" or "وب" that the `ner` stage misses (issue 14), on
development folds 0-1 of both annotated sets: each mention of a gold LOC written with
the clitic glued to its first word ("بالكاف", "بأريانة") counts as found when a
predicted LOC begins after the clitic and names the gold place, as cut or mislabeled
when a predicted entity overlaps it otherwise, and as lost when none does; the misses
are split by how the name lists hold the place: under that spelling, under another
(final ة for ا, the article added or dropped), or not at all.

    nice python benchmarks/glued_places.py [--model /tmp/entheld2/cvm] [--list]

With `--model DIR` each fold is tagged by the fold model that did not train on it
(`ner_gold_cv.py --model DIR`); without it, by the shipped model. Folds 0-1 only: fold 2
is read by its totals, the check part never.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from rasd.document import Document
from rasd.evaluate.gold import development_articles, entity_text, name_key
from rasd.ner.gazetteer import COUNTRY, loose_key
from rasd.ner.model import MODEL_RESOURCE, Tagger
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FOLDS = (0, 1)
_CLITICS = ("وب", "ب", "ل")


def _listing(gazetteer, key: str) -> str:  # type: ignore[no-untyped-def]
    """How the name lists hold a place: "same", "other" spelling, or "none"."""

    def place(k: str) -> bool:
        return any(label in ("LOC", COUNTRY) for label, _ in gazetteer.get(k, ()))

    words = key.split()
    loose = " ".join(loose_key(w) for w in words)
    if place(loose):
        return "same"
    first = loose_key(words[0])
    others = {first + "ا", first[:-1] if first.endswith("ا") else first, "ال" + first}
    return "other" if any(place(" ".join([o, *words[1:]])) for o in others) else "none"


def _mentions(doc: Document, key: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each mention of the place `key` glued to a clitic: start is after
    the clitic."""
    words = key.split()
    tokens = doc.tokens
    for i, token in enumerate(tokens[: len(tokens) - len(words) + 1]):
        first = match_key(doc.text[token.start : token.end])
        rest = [match_key(doc.text[t.start : t.end]) for t in tokens[i + 1 : i + len(words)]]
        if rest != words[1:]:
            continue
        for clitic in _CLITICS:
            bare = first[len(clitic) :]
            if first.startswith(clitic) and (bare == words[0] or "ال" + bare[1:] == words[0]):
                yield token.start + len(clitic), tokens[i + len(words) - 1].end
                break


def _verdict(doc: Document, key: str, start: int, end: int) -> str:
    over = [e for e in doc.entities or [] if e.start < end and start < e.end]
    if any(e.label == "LOC" and name_key(entity_text(doc, e)) == key for e in over):
        return "found"
    return "lost" if not over else "cut"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, help="DIR of fold{k} models (held out)")
    parser.add_argument("--list", action="store_true", help="print each miss")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    for k in FOLDS:
        tagger = Tagger(args.model / f"fold{k}" / MODEL_RESOURCE) if args.model else Tagger()
        recognizer = EntityRecognizer(tagger)
        pipeline = Pipeline(("text", "ner"), components={"ner": recognizer})
        for gold_dir in (SHARED / "gold", Path("benchmarks/news-gold")):
            for gold, doc, fold in development_articles(gold_dir):
                if fold != k:
                    continue
                doc = pipeline(doc)
                for e in gold.get("entities", []):
                    if e.get("optional") or e["label"] != "LOC":
                        continue
                    key = name_key(e["text"])
                    for start, end in _mentions(doc, key):
                        verdict = _verdict(doc, key, start, end)
                        listing = _listing(recognizer.gazetteer, key)
                        totals[f"{verdict}\t{listing}"] += 1
                        if args.list and verdict != "found":
                            line = doc.text[max(0, start - 30) : end + 20].replace("\n", " ")
                            print(k, gold["id"], key, verdict, listing, line, sep="\t")
    for key, n in sorted(totals.items()):
        print(f"{key}\t{n}")


if __name__ == "__main__":
    main()
