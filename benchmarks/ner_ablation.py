"""Feature-group and training-data ablations on the ANERcorp test set.

Trains one CRF per configuration (train.txt + the other corpora; never test.txt)
and prints micro/macro F1 on ../shared/data/ner/anercorp/test.txt.

    nice python benchmarks/ner_ablation.py                 # all configurations
    nice python benchmarks/ner_ablation.py full -clusters  # selected ones
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from rasd.ner.clusters import load_clusters
from rasd.ner.corpora import ANERCORP_TEST, CORPORA, load_training, read_bio
from rasd.ner.features import GROUPS, Featurizer
from rasd.ner.gazetteer import load_gazetteer
from rasd.ner.model import train_to_temp
from rasd.ner.scoring import score
from rasd.text.tokens import Segmenter, load_lexicon

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner"

# name -> (feature groups, training corpora)
CONFIGS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "full": (GROUPS, tuple(CORPORA)),
    "anercorp-only": (GROUPS, ("anercorp",)),
    "-wikifane": (GROUPS, ("anercorp", "aqmar", "wojood")),
    "-aqmar-wojood": (GROUPS, ("anercorp", "wikifane")),
    **{f"-{g}": (tuple(x for x in GROUPS if x != g), tuple(CORPORA)) for g in GROUPS},
    "baseline(word,context)": (("word", "context"), ("anercorp",)),
}


def main(names: list[str]) -> None:
    segmenter = Segmenter(load_lexicon())
    clusters = load_clusters()
    gazetteer = load_gazetteer()
    test = list(read_bio(ROOT / ANERCORP_TEST))
    for name in names or list(CONFIGS):
        groups, corpora = CONFIGS[name]
        featurizer = Featurizer(segmenter, clusters, gazetteer, groups)
        t = time.perf_counter()
        tagger = train_to_temp(load_training(ROOT, corpora), featurizer)
        seconds = time.perf_counter() - t
        result = score([tags for _, tags in test], [tagger.tag(words) for words, _ in test])
        row = {
            "config": name,
            "micro_f1": round(result["micro_f1"], 4),
            "macro_f1": round(result["macro_f1"], 4),
            "per_type_f1": {k: round(v["f1"], 4) for k, v in result["per_type"].items()},
            "train_s": round(seconds),
        }
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
