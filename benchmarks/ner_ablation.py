"""Feature-group and training-data ablations on the ANERcorp test set.

Trains one CRF per configuration (ANERcorp train.txt, plus other corpora where
named; never test.txt) and prints one JSON line each: micro/macro F1 on
../shared/data/ner/anercorp/test.txt tagging sentence by sentence (`sentence`), and
with the document-level name consistency of `rasd eval ner` (`document`, windows of
20 sentences).

    nice python benchmarks/ner_ablation.py                  # all configurations
    nice python benchmarks/ner_ablation.py full -clusters   # selected ones
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from rasd.ner.clusters import load_clusters
from rasd.ner.corpora import ANERCORP_TEST, load_training, read_bio
from rasd.ner.features import GROUPS, Featurizer
from rasd.ner.gazetteer import load_gazetteer
from rasd.ner.model import MODEL_RESOURCE, Tagger, train
from rasd.ner.scoring import score
from rasd.text.tokens import Segmenter, load_lexicon

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner"
NEWS_LIKE = ("anercorp", "aqmar", "wojood")
ALL = ("anercorp", "aqmar", "wikifane", "wojood")

# name -> (feature groups, training corpora, domain adaptation)
CONFIGS: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool]] = {
    "full": (GROUPS, ("anercorp",), False),
    **{f"-{g}": (tuple(x for x in GROUPS if x != g), ("anercorp",), False) for g in GROUPS},
    "baseline(word,context)": (("word", "context"), ("anercorp",), False),
    "+aqmar+wojood": (GROUPS, NEWS_LIKE, False),
    "+aqmar+wojood(adapted)": (GROUPS, NEWS_LIKE, True),
    "+all(adapted)": (GROUPS, ALL, True),
}


def main(names: list[str]) -> None:
    segmenter = Segmenter(load_lexicon())
    clusters = load_clusters()
    gazetteer = load_gazetteer()
    test = list(read_bio(ROOT / ANERCORP_TEST))
    gold = [tags for _, tags in test]
    words = [w for w, _ in test]
    unknown = [n for n in names if n not in CONFIGS]
    if unknown:
        sys.exit(f"unknown configuration {', '.join(unknown)}; known: {', '.join(CONFIGS)}")
    for name in names or list(CONFIGS):
        groups, corpora, adapt = CONFIGS[name]
        featurizer = Featurizer(segmenter, clusters, gazetteer, groups)
        sentences, domains = load_training(ROOT, corpora)
        path = Path(tempfile.mkdtemp(prefix="rasd-ner-")) / MODEL_RESOURCE
        t = time.perf_counter()
        train(
            sentences,
            featurizer,
            path,
            domains=domains if adapt else None,
            target="anercorp" if adapt else None,
        )
        seconds = time.perf_counter() - t
        tagger = Tagger(path, featurizer)
        by_sentence = score(gold, [tagger.tag(w) for w in words])
        by_document = score(gold, tagger.tag_corpus(words))
        row = {
            "config": name,
            "sentence": {k: round(by_sentence[k], 4) for k in ("micro_f1", "macro_f1")},
            "document": {k: round(by_document[k], 4) for k in ("micro_f1", "macro_f1")},
            "per_type_f1": {k: round(v["f1"], 4) for k, v in by_document["per_type"].items()},
            "train_s": round(seconds),
        }
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
