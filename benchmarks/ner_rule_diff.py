"""The entity mentions one switch of the `ner` stage changes on unannotated news, for
reading by a person: each article is tagged once and named with the switch off and on.

    python benchmarks/ner_rule_diff.py CORPUS_ORG_NAMES --seeds 20261260-20261269 [-n 100]
    python benchmarks/ner_rule_diff.py first_names.FIRST_NAMES --seeds 20261350-20261359
    python benchmarks/ner_rule_diff.py CLUB_ABBREVIATIONS --contains 'مان (سيتي|يونايتد)'
(a switch is a module constant of `rasd.ner.stage`, or of another `rasd.ner` module
named before it; -n articles per seed, only those whose opening matches --contains
when given, for a class too rare in a random draw)
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

from news_sample import AUDITED_CHARS, drawn_records, record_text

import rasd.ner.stage as stage
from rasd.document import Document
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline

Span = tuple[int, int, str]


def mentions(recognizer: EntityRecognizer, doc: Document, switch: str, on: bool) -> set[Span]:
    module, _, name = switch.rpartition(".")
    setattr(importlib.import_module(f"rasd.ner.{module}") if module else stage, name, on)
    doc.entities = []
    return {(e.start, e.end, e.label) for e in recognizer(doc).entities}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("switch")
    parser.add_argument("--seeds", default="20261260-20261269")
    parser.add_argument("--news", type=Path, default=Path("../shared/data/news"))
    parser.add_argument("-n", type=int, default=100)
    parser.add_argument("--contains", default="", help="a regular expression")
    args = parser.parse_args()
    text_stage = Pipeline(["text"])
    recognizer = EntityRecognizer()
    changed = 0
    for seed, _, record in drawn_records(args.news, args.seeds, args.n, args.contains):
        doc = text_stage.analyze(
            record_text(record)[:AUDITED_CHARS],
            title=record.get("title") or "",
            abstract=record.get("abstract") or "",
        )
        off = mentions(recognizer, doc, args.switch, False)
        on = mentions(recognizer, doc, args.switch, True)
        for s, e, label in sorted(off ^ on):
            changed += 1
            side = "on " if (s, e, label) in on else "off"
            context = doc.text[max(0, s - 30) : e + 30].replace("\n", " ")
            print(seed, side, label, doc.text[s:e], "|", context, sep="\t")
    print(f"{changed} mentions changed")


if __name__ == "__main__":
    main()
