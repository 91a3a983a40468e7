"""Feature-group, parameter and training-data ablations for the NER tagger.

Trains one CRF per configuration and prints one JSON line each: micro/macro F1
tagging sentence by sentence (`sentence`), and with the document-level name
consistency of `rasd eval ner` (`document`, windows of 20 sentences).

With `--dev` (how every decision is made) the CRF is trained on the first 85% of
ANERcorp train.txt and scored on the rest (`dev_split`: whole 20-sentence windows,
contiguous, since neighbouring sentences share articles). Without it, on all of
train.txt (plus other corpora where named) and scored on test.txt: only for the
final configurations, never to choose between them.

    nice python benchmarks/ner_ablation.py --dev                  # all, on dev
    nice python benchmarks/ner_ablation.py --dev full -vectors    # selected ones
    nice python benchmarks/ner_ablation.py full                   # test figures
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from rasd.ner.clusters import load_clusters
from rasd.ner.corpora import ANERCORP_TEST, dev_split, load_training, read_bio
from rasd.ner.features import GROUPS, Featurizer
from rasd.ner.gazetteer import load_gazetteer
from rasd.ner.model import MODEL_RESOURCE, Tagger, train
from rasd.ner.scoring import score
from rasd.ner.vectors import load_vectors
from rasd.text.tokens import Segmenter, load_lexicon

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner"
NEWS_LIKE = ("anercorp", "aqmar", "wojood")
ALL = ("anercorp", "aqmar", "wikifane", "wojood")

OLD_PARAMS = {"c1": 0.05, "c2": 0.05}  # the parameters before the dev-split tuning

# name -> (feature groups, training corpora, domain adaptation, crfsuite parameters)
CONFIGS: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool, dict[str, float]]] = {
    "full": (GROUPS, ("anercorp",), False, {}),
    **{f"-{g}": (tuple(x for x in GROUPS if x != g), ("anercorp",), False, {}) for g in GROUPS},
    "-vectors,old-params": (
        tuple(x for x in GROUPS if x != "vectors"),
        ("anercorp",),
        False,
        OLD_PARAMS,
    ),
    "baseline(word,context)": (("word", "context"), ("anercorp",), False, {}),
    "+aqmar+wojood": (GROUPS, NEWS_LIKE, False, {}),
    "+aqmar+wojood(adapted)": (GROUPS, NEWS_LIKE, True, {}),
    "+all(adapted)": (GROUPS, ALL, True, {}),
}


def main(args: list[str]) -> None:
    dev = "--dev" in args
    names = [a for a in args if a != "--dev"]
    segmenter = Segmenter(load_lexicon())
    clusters = load_clusters()
    gazetteer = load_gazetteer()
    vectors = load_vectors()
    if dev:
        train_part, test = dev_split(list(read_bio(ROOT / "anercorp" / "train.txt")))
    else:
        test = list(read_bio(ROOT / ANERCORP_TEST))
    gold = [tags for _, tags in test]
    words = [w for w, _ in test]
    unknown = [n for n in names if n not in CONFIGS]
    if unknown:
        sys.exit(f"unknown configuration {', '.join(unknown)}; known: {', '.join(CONFIGS)}")
    for name in names or list(CONFIGS):
        groups, corpora, adapt, params = CONFIGS[name]
        featurizer = Featurizer(segmenter, clusters, gazetteer, groups, vectors)
        sentences, domains = load_training(ROOT, corpora)
        if dev:
            if corpora != ("anercorp",):
                continue  # the other corpora were measured on test only, before the split
            sentences, domains = train_part, domains[: len(train_part)]
        path = Path(tempfile.mkdtemp(prefix="rasd-ner-")) / MODEL_RESOURCE
        t = time.perf_counter()
        train(
            sentences,
            featurizer,
            path,
            params,
            domains=domains if adapt else None,
            target="anercorp" if adapt else None,
        )
        seconds = time.perf_counter() - t
        tagger = Tagger(path, featurizer)
        by_sentence = score(gold, [tagger.tag(w) for w in words])
        by_document = score(gold, tagger.tag_corpus(words))
        row = {
            "config": name,
            "on": "dev" if dev else "test",
            "sentence": {k: round(by_sentence[k], 4) for k in ("micro_f1", "macro_f1")},
            "document": {k: round(by_document[k], 4) for k in ("micro_f1", "macro_f1")},
            "per_type_f1": {k: round(v["f1"], 4) for k, v in by_document["per_type"].items()},
            "train_s": round(seconds),
        }
        print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
