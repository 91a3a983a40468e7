"""Feature-group, parameter and training-data ablations for the NER tagger.

Trains one CRF per configuration and prints one JSON line each: micro/macro F1
tagging sentence by sentence (`sentence`), and with the document-level name
consistency of `rasd eval ner` (`document`, windows of 20 sentences).

With `--dev` (how every decision is made) the CRF is trained on the first 85% of
ANERcorp train.txt and scored on the rest (`dev_split`: whole 20-sentence windows,
contiguous, since neighbouring sentences share articles). With `--cv`, three CRFs are
trained, each scored on one contiguous third of train.txt (for differences too small
for the dev split). Without it, on all of
train.txt (plus other corpora where named) and scored on test.txt: only for the
final configurations, never to choose between them.

    nice python benchmarks/ner_ablation.py --dev                  # all, on dev
    nice python benchmarks/ner_ablation.py --dev full -vectors    # selected ones
    nice python benchmarks/ner_ablation.py --cv full -vectors     # 3-fold, on train.txt
    nice python benchmarks/ner_ablation.py full                   # test figures
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rasd.ner.clusters import load_clusters
from rasd.ner.corpora import ANERCORP_TEST, Sentence, dev_split, load_training, read_bio
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


FOLDS = 3


def evaluation_sets(mode: str) -> list[tuple[list[Sentence] | None, list[Sentence]]]:
    """(ANERcorp training sentences, or None for all of each named corpus; scored ones)."""
    if mode == "test":
        return [(None, list(read_bio(ROOT / ANERCORP_TEST)))]
    sentences = list(read_bio(ROOT / "anercorp" / "train.txt"))
    if mode == "dev":
        return [dev_split(sentences)]
    # Contiguous thirds, cut at 20-sentence windows: less noisy than the one dev split.
    n = len(sentences)
    cuts = [n * k // FOLDS // 20 * 20 for k in range(FOLDS)] + [n]
    return [
        (sentences[: cuts[k]] + sentences[cuts[k + 1] :], sentences[cuts[k] : cuts[k + 1]])
        for k in range(FOLDS)
    ]


def run(
    name: str,
    mode: str,
    featurizer: Callable[[tuple[str, ...]], Featurizer],
    sets: list[tuple[list[Sentence] | None, list[Sentence]]],
) -> dict[str, object] | None:
    """Train and score one configuration on every (training, scored) pair; the scores
    are computed over all scored sentences together."""
    groups, corpora, adapt, params = CONFIGS[name]
    if mode != "test" and corpora != ("anercorp",):
        return None  # the other corpora were measured on test only, before the dev split
    featurizer = featurizer(groups)
    gold: list[list[str]] = []
    by_sentence: list[list[str]] = []
    by_document: list[list[str]] = []
    seconds = 0.0
    for train_part, scored in sets:
        sentences, domains = load_training(ROOT, corpora)
        if train_part is not None:
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
        seconds += time.perf_counter() - t
        tagger = Tagger(path, featurizer)
        words = [w for w, _ in scored]
        gold += [tags for _, tags in scored]
        by_sentence += [tagger.tag(w) for w in words]
        by_document += tagger.tag_corpus(words)
    sentence, document = score(gold, by_sentence), score(gold, by_document)
    return {
        "config": name,
        "on": mode,
        "sentence": {k: round(sentence[k], 4) for k in ("micro_f1", "macro_f1")},
        "document": {k: round(document[k], 4) for k in ("micro_f1", "macro_f1")},
        "per_type_f1": {k: round(v["f1"], 4) for k, v in document["per_type"].items()},
        "train_s": round(seconds),
    }


def main(args: list[str]) -> None:
    mode = "dev" if "--dev" in args else "cv" if "--cv" in args else "test"
    names = [a for a in args if a not in ("--dev", "--cv")]
    unknown = [n for n in names if n not in CONFIGS]
    if unknown:
        sys.exit(f"unknown configuration {', '.join(unknown)}; known: {', '.join(CONFIGS)}")
    segmenter, clusters, gazetteer = Segmenter(load_lexicon()), load_clusters(), load_gazetteer()
    vectors = load_vectors()

    def featurizer(groups: tuple[str, ...]) -> Featurizer:
        return Featurizer(segmenter, clusters, gazetteer, groups, vectors)

    sets = evaluation_sets(mode)
    for name in names or list(CONFIGS):
        row = run(name, mode, featurizer, sets)
        if row is not None:
            print(json.dumps(row), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
