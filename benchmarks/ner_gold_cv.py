"""Entity F1 on gold articles the tagger was not trained on, by cross-validation.

For each development fold k (0, 1, 2 of `rasd.evaluate.folds`), a CRF is trained on
ANERcorp train.txt plus the gold articles of the other development folds (projected
to BIO, `rasd.ner.news_data`), and the `ner` stage with it is scored on fold k by the
gold rules. `--check` also trains on all three development folds and scores the check
part (folds 3 and 4), which no choice was made on. One JSON line per configuration.

    nice python benchmarks/ner_gold_cv.py                 # the shipped recipe
    nice python benchmarks/ner_gold_cv.py --weight 1 --adapt --check
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from rasd.evaluate.folds import DEV_FOLDS
from rasd.evaluate.gold import evaluate_gold
from rasd.ner.features import GROUPS
from rasd.ner.model import MODEL_RESOURCE, Tagger, default_featurizer, train
from rasd.ner.news_data import NEWS_DOMAIN, training_set
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def scores(
    train_folds: set[int], part: str, weight: int, adapt: bool
) -> dict[str, dict[str, float]]:
    """Train on ANERcorp + `train_folds`, then the gold scores of each fold of `part`."""
    featurizer = default_featurizer(g for g in GROUPS if g != "vectors")
    sentences, domains = training_set(SHARED / "data", SHARED / "gold", train_folds, weight)
    path = Path(tempfile.mkdtemp(prefix="rasd-ner-")) / MODEL_RESOURCE
    train(
        sentences,
        featurizer,
        path,
        domains=domains if adapt else None,
        target=NEWS_DOMAIN if adapt else None,
    )
    ner = EntityRecognizer(Tagger(path, featurizer))
    pipeline = Pipeline(("text", "ner"), components={"ner": ner})
    result = evaluate_gold(SHARED / "gold", pipeline, part=part)
    return {group: layers["entities"] for group, layers in result["groups"].items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--weight", type=int, default=2, help="copies of each gold sentence")
    parser.add_argument("--adapt", action="store_true", help="domain-adapted features")
    parser.add_argument("--check", action="store_true", help="also score the check part")
    args = parser.parse_args()
    started = time.perf_counter()
    row: dict[str, object] = {"weight": args.weight, "adapt": args.adapt}
    tp = predicted = gold = 0.0
    for k in sorted(DEV_FOLDS):
        fold = scores(set(DEV_FOLDS) - {k}, "dev", args.weight, args.adapt)[f"fold {k}"]
        row[f"fold {k}"] = fold["f1"]
        tp, predicted, gold = tp + fold["tp"], predicted + fold["predicted"], gold + fold["gold"]
    p, r = tp / predicted if predicted else 0.0, tp / gold if gold else 0.0
    row["dev (cross-validated)"] = round(2 * p * r / (p + r) if p + r else 0.0, 4)
    if args.check:
        groups = scores(set(DEV_FOLDS), "check", args.weight, args.adapt)
        row |= {g: s["f1"] for g, s in groups.items()}
    row["seconds"] = round(time.perf_counter() - started)
    print(json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
