"""Which document-level step of the `ner` stage gives a held-out mention its label.

For held-out development fold k (the model of `ner_gold_cv.py --model DIR`, trained
without fold k), each article of the fold is tagged twice: as shipped, and with one
document step switched off. The names whose counts differ are printed with the gold
counts (folds 0-1 only: fold 2 prints its totals alone), and the steps' effect summed:
mentions fixed (a label the gold has gained, or a wrong one lost) against broken.

    nice python benchmarks/ner_spread_diff.py --model /tmp/cvm --fold 0 --step relabel --list
"""

from __future__ import annotations

import argparse
import copy
import json
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

from rasd.evaluate.gold import GOLD_LABELS, development_articles, entity_text, name_key
from rasd.ner.model import MODEL_RESOURCE, Tagger
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
ROOT = Path(__file__).resolve().parents[1]
LISTED_FOLDS = (0, 1)

_STEPS = {
    "propagate": ("rasd.ner.model.propagate", lambda keys, tags: tags),
    "relabel": ("rasd.ner.consistency._relabel", lambda *a: None),
    "surnames": ("rasd.ner.consistency._surnames", lambda *a: None),
    "movement_stays": ("rasd.ner.consistency.MOVEMENT_STAYS", False),
    "context_votes": ("rasd.ner.consistency.CONTEXT_VOTES", False),
    "named_orgs": ("rasd.ner.stage.named_organisations", lambda *a: None),
    "scored_clubs": ("rasd.ner.stage.scored_clubs", lambda *a, **k: None),
    "mined_places": ("rasd.ner.stage.MINED_PLACES", False),
    "nisba_names": ("rasd.ner.stage.NISBA_NAMES", False),
}


@contextmanager
def switched_off(step: str | None) -> Iterator[None]:
    if step is None:
        yield
        return
    target, value = _STEPS[step]
    with mock.patch(target, value):
        yield


def _found(doc: Any, gold: dict[str, Any]) -> Counter[tuple[str, str]]:
    optional = {name_key(e["text"]) for e in gold.get("entities", []) if e.get("optional")}
    return Counter(
        (key, e.label)
        for e in doc.entities or []
        if e.label in GOLD_LABELS and (key := name_key(entity_text(doc, e))) not in optional
    )


def _expected(gold: dict[str, Any]) -> Counter[tuple[str, str]]:
    out: Counter[tuple[str, str]] = Counter()
    for e in gold.get("entities", []):
        if not e.get("optional"):
            out[(name_key(e["text"]), e["label"])] += int(e.get("count", 1))
    return out


def _by_name(c: Counter[tuple[str, str]]) -> dict[str, Counter[str]]:
    out: dict[str, Counter[str]] = {}
    for (key, label), n in c.items():
        out.setdefault(key, Counter())[label] += n
    return out


def diff_article(
    on: Counter[tuple[str, str]], off: Counter[tuple[str, str]], gold: Counter[tuple[str, str]]
) -> list[tuple[str, dict[str, int], dict[str, int], dict[str, int], int, int]]:
    """Per name whose counts differ: (name, on, off, gold, tp gain, predicted gain)."""
    on_n, off_n, gold_n = _by_name(on), _by_name(off), _by_name(gold)
    rows = []
    for name in sorted(set(on_n) | set(off_n)):
        a, b, g = on_n.get(name, Counter()), off_n.get(name, Counter()), gold_n.get(name, Counter())
        if a == b:
            continue
        tp_gain = sum((a & g).values()) - sum((b & g).values())
        rows.append((name, dict(a), dict(b), dict(g), tp_gain, sum(a.values()) - sum(b.values())))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", type=Path, required=True, help="DIR/fold{k} models")
    parser.add_argument("--fold", type=int, action="append", choices=(0, 1, 2), required=True)
    parser.add_argument("--step", choices=sorted(_STEPS), required=True)
    parser.add_argument("--list", action="store_true", help="each changed name (folds 0-1)")
    args = parser.parse_args()
    totals: dict[str, Counter[str]] = {}
    for k in args.fold:
        ner = EntityRecognizer(Tagger(args.model / f"fold{k}" / MODEL_RESOURCE))
        pipeline = Pipeline(("text", "ner"), components={"ner": ner})
        for gold_dir in (SHARED / "gold", ROOT / "benchmarks" / "news-gold"):
            t = totals.setdefault(gold_dir.name, Counter())
            for gold, doc, fold in development_articles(gold_dir):
                if fold != k:
                    continue
                expected = _expected(gold)
                on = _found(pipeline(copy.deepcopy(doc)), gold)
                with switched_off(args.step):
                    off = _found(pipeline(copy.deepcopy(doc)), gold)
                t["tp_on"] += sum((on & expected).values())
                t["tp_off"] += sum((off & expected).values())
                t["pred_on"] += sum(on.values())
                t["pred_off"] += sum(off.values())
                t["gold"] += sum(expected.values())
                for row in diff_article(on, off, expected):
                    t["names_changed"] += 1
                    t[
                        "names_better" if row[4] > 0 else "names_worse" if row[4] < 0 else "same"
                    ] += 1
                    if args.list and k in LISTED_FOLDS:
                        print(gold["id"], k, json.dumps(row, ensure_ascii=False))
    for name, t in totals.items():
        f = {
            s: round(2 * t[f"tp_{s}"] / max(1, t[f"pred_{s}"] + t["gold"]), 4)
            for s in ("on", "off")
        }
        print(json.dumps({"set": name, "step": args.step, "folds": args.fold, **t, "f1": f}))


if __name__ == "__main__":
    main()
