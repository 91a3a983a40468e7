"""Held-out missed organisations and places by construction (issue 14): each gold ORG or
LOC mention of dev folds 0-1 that `ner_gold_cv.py --misses` lists as missed and that the
fold's model leaves wholly untagged, with its context (the held-out tags after "/") and
the gazetteer's entries, then a tally: a body noun head with its genitive ("جمعية الدفاع
عن حقوق المهجرين"), a place joined by "و" to a tagged place ("سنجار وقنديل") or inside
such a list, a name the gazetteer holds, other.

    nice python benchmarks/ner_gold_cv.py --no-mark --no-misc --copy-anercorp \\
        --copy-subset --more-gold benchmarks/news-gold --fold 0 --fold 1 \\
        --model /tmp/entheld2/cvm --misses /tmp/miss01
    nice python benchmarks/ner_missed_constructions.py /tmp/miss01 /tmp/entheld2/cvm [--list]

Folds 0-1 only: fold 2 is read by its totals, the check part never.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from annotated_sets import add_sets_option

from rasd.document import Document
from rasd.evaluate.gold import development_articles, name_key
from rasd.ner.gazetteer import loose_key
from rasd.ner.model import MODEL_RESOURCE, Tagger
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key

_BODY_HEADS = frozenset(
    match_key(w)
    for w in (
        "جمعية نادي هيئة لجنة مركز مكتب غرفة مصلحة جهاز مديرية مفوضية منظمة مؤسسة نقابة "
        "شركة اتحاد رابطة وكالة منظومة مبادرة حركة كتلة ائتلاف شبكة صندوق برنامج قوة قوات "
        "حكومة محكمة كلية أكاديمية مخابرات سلطة شرطة قيادة متحف سفارة نيابة تنسيقية منتخب"
    ).split()
)
_LIST_OPENERS = frozenset(match_key(w) for w in "بينها منها مثل".split())


def _missed(misses: Path, name: str, article: str) -> list[tuple[str, str]]:
    lines = json.loads(misses.joinpath(f"{name}.json").read_text("utf-8")).get(article, [])
    out = []
    for line in lines:
        if line.startswith("entity missed: "):
            text, label, _ = line[len("entity missed: ") :].rsplit(" ", 2)
            if label in ("ORG", "LOC"):
                out.append((text, label))
    return out


def _construction(label: str, text: str, before: list[tuple[str, str]], word: str) -> str:
    """The class of an untagged mention from its words and the (word, tag) pairs before."""
    head = match_key(text.split()[0]).removeprefix("ال")
    if label == "ORG" and len(text.split()) > 1 and head in _BODY_HEADS:
        return "body head + genitive"
    if label == "LOC" and word.startswith("و") and before:
        last = before[-1] if before[-1][0] != "،" or len(before) < 2 else before[-2]
        if last[1] == "LOC":
            return "place joined to a tagged place"
        if last[0].startswith("و") or match_key(last[0]) in _LIST_OPENERS:
            return "place inside a list"
    return ""


def rows(sets: list[Path], misses: Path, models: Path) -> list[tuple[str, ...]]:
    """(set, label, mention, construction, gazetteer entries, context) per occurrence."""
    out = []
    for gold_dir in sets:
        name = gold_dir.name
        articles = development_articles(gold_dir)
        for k in (0, 1):
            tagger = Tagger(models / f"fold{k}" / MODEL_RESOURCE)
            recognizer = EntityRecognizer(tagger)
            pipeline = Pipeline(("text", "ner"), components={"ner": recognizer})
            for gold, doc, fold in articles:
                wanted = _missed(misses, f"{name}-fold{k}-plain", gold["id"]) if fold == k else []
                if wanted:
                    out += _occurrences(pipeline(doc), wanted, recognizer, name)
    return out


def _occurrences(
    doc: Document, wanted: list[tuple[str, str]], recognizer: EntityRecognizer, name: str
) -> list[tuple[str, ...]]:
    words = [doc.text[t.start : t.end] for t in doc.tokens]
    tags = ["O"] * len(words)
    for e in doc.entities:
        for i, t in enumerate(doc.tokens):
            if t.start >= e.start and t.end <= e.end:
                tags[i] = e.label
    out = []
    for text, label in wanted:
        size = len(text.split())
        for i in range(len(words) - size + 1):
            surface = " ".join(words[i : i + size])
            if text not in (name_key(surface), name_key(surface[1:])):
                continue
            if any(tag != "O" for tag in tags[i : i + size]):
                continue  # tagged in part or with another extent: an extent error
            before = list(zip(words[max(0, i - 3) : i], tags[max(0, i - 3) : i], strict=True))
            kind = _construction(label, text, before, words[i])
            key = " ".join(loose_key(w) for w in text.split())
            entries = recognizer.gazetteer.get(key, ())
            kind = kind or ("gazetteer-held" if entries else "other")
            window = range(max(0, i - 6), min(len(words), i + size + 3))
            context = " ".join(
                words[j] if tags[j] == "O" else f"{words[j]}/{tags[j]}" for j in window
            )
            out.append((name, label, text, kind, str(entries), context))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("misses", type=Path, help="ner_gold_cv.py --misses folder, folds 0-1")
    parser.add_argument("models", type=Path, help="folder of the fold models (DIR/fold{k})")
    parser.add_argument("--list", action="store_true", help="print every occurrence")
    add_sets_option(parser)
    args = parser.parse_args()
    found = rows(args.sets, args.misses, args.models)
    if args.list:
        for row in found:
            print(*row, sep="\t")
    for (label, kind), n in sorted(Counter((r[1], r[3]) for r in found).items()):
        print(f"{label}\t{kind}\t{n}")


if __name__ == "__main__":
    main()
