"""Gold one-word names that the `ner` stage tags nowhere in their article, held out
(issue 14): each article of development folds 0-1 of both annotated sets is tagged by
the fold model that did not train on it (`ner_gold_cv.py --model DIR`), and each gold
name of one word that no predicted entity of the article holds is counted (listed with
`--list`), with the label a word list mined with that fold's model
(`mine_tagged_words.py select`) gives its bare stem, if any.

    nice python benchmarks/ner_untagged_names.py --model /tmp/entheld2/cvm \\
        [--mined 0=/tmp/words0.tsv --mined 1=/tmp/words1.tsv] [--list]

Folds 0-1 only: fold 2 is read by its totals, the check part never.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from rasd.evaluate.gold import development_articles, entity_text, name_key
from rasd.ner.model import MODEL_RESOURCE, Tagger
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FOLDS = (0, 1)


def _mined(path: Path) -> dict[str, str]:
    rows = (line.split("\t") for line in path.read_text("utf-8").splitlines())
    return {r[0]: r[1] for r in rows if len(r) > 1 and not r[0].startswith("#")}


def _untagged(gold: dict, doc) -> list[tuple[str, str, int]]:  # type: ignore[no-untyped-def]
    """(name, label, count) of the gold one-word names no predicted entity holds."""
    words = {w for e in doc.entities or [] for w in name_key(entity_text(doc, e)).split()}
    out = []
    for e in gold.get("entities", []):
        key = name_key(e["text"])
        if e.get("optional") or " " in key or key in words:
            continue
        out.append((key, e["label"], int(e.get("count", 1))))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="DIR of fold{k} models")
    parser.add_argument("--mined", action="append", default=[], help="FOLD=words.tsv")
    parser.add_argument("--list", action="store_true", help="print each name")
    args = parser.parse_args()
    mined = {int(k): _mined(Path(p)) for k, p in (m.split("=", 1) for m in args.mined)}
    totals: Counter[str] = Counter()
    for k in FOLDS:
        tagger = Tagger(args.model / f"fold{k}" / MODEL_RESOURCE)
        pipeline = Pipeline(("text", "ner"), components={"ner": EntityRecognizer(tagger)})
        for gold_dir in (SHARED / "gold", Path("benchmarks/news-gold")):
            for gold, doc, fold in development_articles(gold_dir):
                if fold != k:
                    continue
                doc = pipeline(doc)
                for name, label, n in _untagged(gold, doc):
                    found = mined.get(k, {}).get(name)
                    verdict = "none" if found is None else ("same" if found == label else "other")
                    totals[f"{label} mentions"] += n
                    totals[f"{label} mined {verdict}"] += n
                    if args.list:
                        print(k, gold_dir.name, gold["id"], name, label, n, found or "-", sep="\t")
    for key, n in sorted(totals.items()):
        print(f"{key}\t{n}")


if __name__ == "__main__":
    main()
