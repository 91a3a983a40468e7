"""Where two NER models disagree on unannotated news, for reading by a person.

Held-out folds give one figure per model; this shows what changes on articles nobody
annotated: a random sample of the entities only one model finds (to judge which is
right), and how often the candidate model's PER span is a strict part of the base
model's or the reverse (names cut short or run on).

Usage: python benchmarks/ner_model_diff.py CANDIDATE_MODEL [--base MODEL] [--seed 6161]
       [-n 600] [--show 60]
(a model is the path of its `ner.crfsuite`, with its `model.json` beside it)
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import random
from pathlib import Path

from rasd.document import Document
from rasd.ner.model import Tagger
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline
from rasd.text.readers import Failure, Fields, jsonl_records, read_records

Span = tuple[int, int, str]


def entities(recognizer: EntityRecognizer, doc: Document) -> set[Span]:
    doc.entities = []
    return {(e.start, e.end, e.label) for e in recognizer(doc).entities}


def extent_change(base: set[Span], cand: set[Span]) -> list[tuple[str, Span, Span]]:
    """PER spans of one model strictly inside the other's, over the same words."""
    changes = []
    for s, e, label in base - cand:
        for s2, e2, label2 in cand - base:
            if label == label2 == "PER" and s2 < e and s < e2:
                if s <= s2 and e2 <= e:
                    changes.append(("shorter", (s, e, label), (s2, e2, label2)))
                elif s2 <= s and e <= e2:
                    changes.append(("longer", (s, e, label), (s2, e2, label2)))
    return changes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("candidate", type=Path)
    parser.add_argument("--base", type=Path, help="default: the shipped model")
    parser.add_argument(
        "--news", type=Path, default=Path("../shared/data/news/ant-multisource.jsonl.gz")
    )
    parser.add_argument("--seed", type=int, default=6161)
    parser.add_argument("-n", type=int, default=600)
    parser.add_argument("--show", type=int, default=60)
    args = parser.parse_args()
    with gzip.open(args.news, "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, 40000))
    picked = random.Random(args.seed).sample(lines, min(args.n, len(lines)))
    text_stage = Pipeline(["text"])
    base = EntityRecognizer(Tagger(args.base))
    cand = EntityRecognizer(Tagger(args.candidate))
    only: list[tuple[str, str, str, str]] = []
    extents: list[tuple[str, str, str]] = []
    for doc in read_records(jsonl_records(picked, str(args.news)), str(args.news), Fields()):
        if isinstance(doc, Failure):
            continue
        doc = text_stage(doc)
        a, b = entities(base, doc), entities(cand, doc)
        for s, e, label in sorted(a ^ b):
            context = doc.text[max(0, s - 40) : e + 30].replace("\n", " ")
            only.append(
                ("base" if (s, e, label) in a else "candidate", label, doc.text[s:e], context)
            )
        for kind, x, y in extent_change(a, b):
            extents.append((kind, doc.text[x[0] : x[1]], doc.text[y[0] : y[1]]))
    kinds = [k for k, _, _ in extents]
    print(f"{len(only)} entities found by one model only; candidate PER spans "
          f"shorter {kinds.count('shorter')}, longer {kinds.count('longer')}")  # fmt: skip
    rng = random.Random(1)
    rng.shuffle(only)
    rng.shuffle(extents)
    for row in only[: args.show]:
        print(*row, sep=" | ")
    print("--- PER extent (base | candidate)")
    for row in extents[: args.show]:
        print(*row, sep=" | ")


if __name__ == "__main__":
    main()
