"""Names whose labels a setting of the document consistency step changes, on unseen
news (issue 14): each article of one seed's sample tagged with the shipped settings
and with one flag of `rasd.ner.consistency` (`--flag`) switched off, and each
name whose labels differ printed with a sentence that holds it, for reading.

    nice python benchmarks/ner_spread_unseen.py --seed 20261280 --articles 300
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from unittest import mock

from news_sample import record_text, unseen_records

from rasd.evaluate.gold import entity_text, name_key
from rasd.pipeline import Pipeline

NEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "news"
_CHARS = 6000
_FLAGS = ("MOVEMENT_STAYS", "CONTEXT_VOTES")


def _labels(doc) -> dict[str, Counter[str]]:  # type: ignore[no-untyped-def]
    out: dict[str, Counter[str]] = {}
    for e in doc.entities or []:
        out.setdefault(name_key(entity_text(doc, e)), Counter())[e.label] += 1
    return out


def _context(text: str, name: str) -> str:
    for line in text.replace(".", ".\n").splitlines():
        if name[-4:] in line:
            return line.strip()[:200]
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--flag", choices=_FLAGS, default=_FLAGS[0], help="switched off")
    args = parser.parse_args()
    nlp = Pipeline(("text", "ner"))
    changed = articles = 0
    for n, record in enumerate(unseen_records(NEWS, args.seed)):
        if n >= args.articles:
            break
        articles += 1
        text = record_text(record)[:_CHARS]
        after = _labels(nlp.analyze(text, title=record.get("title") or ""))
        with mock.patch(f"rasd.ner.consistency.{args.flag}", False):
            before = _labels(nlp.analyze(text, title=record.get("title") or ""))
        for name in sorted(set(after) | set(before)):
            a, b = after.get(name, Counter()), before.get(name, Counter())
            if a != b:
                changed += 1
                row = [args.seed, n, name, dict(b), dict(a), _context(text, name)]
                print(json.dumps(row, ensure_ascii=False))
    print(json.dumps({"seed": args.seed, "articles": articles, "names_changed": changed}))


if __name__ == "__main__":
    main()
