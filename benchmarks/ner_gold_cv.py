"""Entity F1 on gold articles the tagger was not trained on, by cross-validation.

For each development fold k (0, 1, 2 of `rasd.evaluate.folds`), a CRF is trained on
ANERcorp train.txt plus the gold articles of the other development folds (projected
to BIO, `rasd.ner.news_data`), and the `ner` stage with it is scored on fold k by the
gold rules. `--check` also trains on all three development folds and scores the check
part (folds 3 and 4), which no choice was made on. `--anercorp-dev` trains on the
first 85% of ANERcorp train.txt plus all three development folds and scores the last
15% (`rasd.ner.corpora.dev_split`): whether the news data cost ANERcorp accuracy,
measured without test.txt. `--self-train N` adds up to N news corpus sentences
tagged confidently by each fold's model (`rasd.ner.self_training`) and trains again.
One JSON line per configuration.

    nice python benchmarks/ner_gold_cv.py --no-mark --no-misc --anercorp-dev \
        --more-gold benchmarks/news-gold   # the shipped recipe, both annotated sets
    nice python benchmarks/ner_gold_cv.py --anercorp-dev  # MISC fill + news attribute (withdrawn)
    nice python benchmarks/ner_gold_cv.py --no-mark --no-misc --self-train 1000
    nice python benchmarks/ner_gold_cv.py --misses /tmp/cv-misses   # also each fold's misses
    nice python benchmarks/ner_gold_cv.py --no-mark --no-misc --more-gold benchmarks/news-gold \
        --fold 2 --misses /tmp/fold2   # one model, fold 2 of both sets held out (issue 14)
    nice python benchmarks/ner_gold_cv.py --no-mark --no-misc --more-gold benchmarks/news-gold \
        --fold 1 --model /tmp/cv-models   # fold 1's model kept; run again to re-score rules
    nice python benchmarks/ner_gold_cv.py --no-mark --no-misc --mark-anercorp \
        --more-gold benchmarks/news-gold --anercorp-dev --skip-cv   # ANERcorp marked (not shipped)
    nice python benchmarks/ner_gold_cv.py --no-mark --no-misc --copy-anercorp \
        --more-gold benchmarks/news-gold --anercorp-dev --skip-cv   # ANERcorp's features copied
    nice python benchmarks/ner_gold_cv.py --no-mark --no-misc --copy-anercorp --copy-subset \
        --more-gold benchmarks/news-gold --anercorp-dev --skip-cv   # only the word's own
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rasd.evaluate.folds import DEV_FOLDS
from rasd.evaluate.gold import evaluate_gold, load_gold
from rasd.ner.clusters import test_ngrams
from rasd.ner.corpora import dev_split, load_corpus, read_bio
from rasd.ner.features import GROUPS
from rasd.ner.model import DEFAULT_PARAMS, MODEL_RESOURCE, Tagger, default_featurizer, train
from rasd.ner.news_data import (
    ANERCORP_COPY,
    ANERCORP_MARK,
    ANERCORP_OWN_COPY,
    DEFAULT_WEIGHT,
    NEWS_DOMAIN,
    load_news_training,
    training_set,
)
from rasd.ner.scoring import score
from rasd.ner.self_training import confident_sentences, sample_texts
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def trained(
    train_folds: set[int], args: argparse.Namespace, anercorp: Any = None, path: Path | None = None
) -> Tagger:
    """A tagger trained on ANERcorp (or the `anercorp` sentences) + `train_folds`,
    written to `path` (a temporary folder if None)."""
    featurizer = default_featurizer(g for g in GROUPS if args.vectors or g != "vectors")
    sentences, domains = training_set(
        SHARED / "data", SHARED / "gold", train_folds, args.weight, anercorp, args.misc
    )
    for folder in args.more_gold:
        extra = load_news_training(folder, train_folds) * args.weight
        sentences = sentences + extra
        domains = domains + [NEWS_DOMAIN] * len(extra)
    if args.self_train:
        tagger = _fit(sentences, domains, featurizer, args, None)
        texts = sample_texts(sorted((SHARED / "data" / "news").glob("*.jsonl*")))
        extra = confident_sentences(texts, tagger, args.exclude, args.self_train)
        print(f"{len(extra)} self-trained sentences", file=sys.stderr, flush=True)
        sentences = sentences + extra
        domains = domains + [NEWS_DOMAIN] * len(extra)
    return _fit(sentences, domains, featurizer, args, path)


def _fit(
    sentences: Any,
    domains: list[str],
    featurizer: Any,
    args: argparse.Namespace,
    path: Path | None,
) -> Tagger:
    path = path or Path(tempfile.mkdtemp(prefix="rasd-ner-")) / MODEL_RESOURCE
    train(
        sentences,
        featurizer,
        path,
        params={"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations},
        domains=domains if args.adapt else None,
        target=NEWS_DOMAIN if args.adapt else None,
        marks=[_mark(d, args) for d in domains],
        copies=[_copy(args) if d != NEWS_DOMAIN else None for d in domains],
    )
    return Tagger(path, featurizer)


def _copy(args: argparse.Namespace) -> str | None:
    """The copy prefix of ANERcorp sentences: all attributes with `--copy-anercorp`,
    the word's own convention-bearing ones with `--copy-subset` too."""
    if not args.copy_anercorp:
        return None
    return ANERCORP_OWN_COPY if args.copy_subset else ANERCORP_COPY


def _mark(domain: str, args: argparse.Namespace) -> str | None:
    """The corpus attribute of a training sentence of `domain`: news sentences with
    `--mark` (never added when tagging), ANERcorp's with `--mark-anercorp` (added
    when tagging ANERcorp, never when tagging news)."""
    if domain == NEWS_DOMAIN:
        return NEWS_DOMAIN if args.mark else None
    return ANERCORP_MARK if args.mark_anercorp else None


def fold_tagger(k: int, args: argparse.Namespace) -> Tagger:
    """The tagger that holds out development fold `k`; with `--model DIR`, the one kept
    in DIR/fold{k} from an earlier run (rules changed since are scored without
    retraining), or a new one kept there."""
    train_folds = set(DEV_FOLDS) - {k}
    if args.model is None:
        return trained(train_folds, args)
    path = args.model / f"fold{k}" / MODEL_RESOURCE
    if path.is_file():
        return Tagger(path)
    return trained(train_folds, args, path=path)


def gold_scores(
    tagger: Tagger,
    part: str,
    misses: Path | None,
    name: str,
    held_out: int | None = None,
    gold_dir: Path = SHARED / "gold",
) -> dict[str, Any]:
    """The entity scores of each fold of `part` of `gold_dir`; with `misses`, the
    entity errors on the articles of fold `held_out` (all of `part` if None) written out."""
    pipeline = Pipeline(("text", "ner"), components={"ner": EntityRecognizer(tagger)})
    result = evaluate_gold(gold_dir, pipeline, part=part)
    if misses is not None:
        misses.mkdir(parents=True, exist_ok=True)
        errors = {
            a: [e for e in r["errors"] if e.startswith("entit")]
            for a, r in result["articles"].items()
            if held_out is None or r["fold"] == held_out
        }
        (misses / f"{name}.json").write_text(json.dumps(errors, ensure_ascii=False, indent=1))
    return {group: layers["entities"] for group, layers in result["groups"].items()}


def f1(folds: list[dict[str, float]]) -> float:
    tp = sum(f["tp"] for f in folds)
    p = tp / max(1.0, sum(f["predicted"] for f in folds))
    r = tp / max(1.0, sum(f["gold"] for f in folds))
    return round(2 * p * r / (p + r) if p + r else 0.0, 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--weight", type=int, default=DEFAULT_WEIGHT, help="gold copies")
    parser.add_argument("--c1", type=float, default=DEFAULT_PARAMS["c1"], help="L1 penalty")
    parser.add_argument("--c2", type=float, default=DEFAULT_PARAMS["c2"], help="L2 penalty")
    parser.add_argument(
        "--iterations", type=int, default=DEFAULT_PARAMS["max_iterations"], help="L-BFGS steps"
    )
    parser.add_argument("--vectors", action="store_true", help="word-vector components too")
    parser.add_argument(
        "--self-train", type=int, default=0, help="news sentences tagged by the model, at most"
    )
    parser.add_argument("--adapt", action="store_true", help="domain-adapted features")
    parser.add_argument(
        "--no-mark", dest="mark", action="store_false", help="no corpus attribute on news"
    )
    parser.add_argument(
        "--mark-anercorp",
        action="store_true",
        help="the corpus attribute on ANERcorp sentences instead (Daumé 2007): news tagged "
        "without it, ANERcorp dev with it (and without, for comparison)",
    )
    parser.add_argument(
        "--copy-anercorp",
        action="store_true",
        help="every attribute of ANERcorp words also copied as 'a:<attribute>' (feature "
        "augmentation, Daumé 2007): news tagged without the copies, ANERcorp dev with "
        "them (and without, for comparison)",
    )
    parser.add_argument(
        "--copy-subset",
        action="store_true",
        help="with --copy-anercorp, copy only the bias and the word's own "
        "convention-bearing attributes (word, stem, suffixes, name lists; "
        "`rasd.ner.features.OWN_CONVENTION`) as 'ao:<attribute>'",
    )
    parser.add_argument(
        "--no-misc", dest="misc", action="store_false", help="no ANERcorp MISC in news"
    )
    parser.add_argument("--check", action="store_true", help="also score the check part")
    parser.add_argument("--anercorp-dev", action="store_true", help="also ANERcorp dev F1")
    parser.add_argument("--skip-cv", action="store_true", help="no dev-fold CV")
    parser.add_argument("--misses", type=Path, help="folder for each fold's entity misses")
    parser.add_argument(
        "--model",
        type=Path,
        help="folder of each fold's model (DIR/fold{k}): reused when there, else trained "
        "and kept there (the recipe options must match the run that made it)",
    )
    parser.add_argument(
        "--fold",
        type=int,
        action="append",
        choices=sorted(DEV_FOLDS),
        help="cross-validate only this development fold (repeatable; default: all three): "
        "one model, trained on the other two, instead of three",
    )
    parser.add_argument(
        "--more-gold",
        type=Path,
        action="append",
        default=[],
        help="another gold-format folder (e.g. benchmarks/news-gold): its folds join "
        "training and scoring like ../shared/gold's (repeatable)",
    )
    args = parser.parse_args()
    args.exclude = set()
    if args.self_train:
        # Scored texts never enter training: every gold article, ANERcorp test.
        args.exclude = test_ngrams(doc.text.split() for _, doc in load_gold(SHARED / "gold"))
        test = SHARED / "data" / "ner" / "anercorp" / "test.txt"
        args.exclude |= test_ngrams(words for words, _ in read_bio(test))
    started = time.perf_counter()
    row: dict[str, object] = {
        k: getattr(args, k)
        for k in (
            "weight",
            "c1",
            "c2",
            "iterations",
            "vectors",
            "self_train",
            "adapt",
            "mark",
            "mark_anercorp",
            "copy_anercorp",
            "copy_subset",
            "misc",
        )
    }
    modes = ("plain", "marked") if args.mark else ("plain",)
    if not args.skip_cv:
        folds: dict[str, list[dict[str, float]]] = {m: [] for m in modes}
        per_dir: dict[str, list[dict[str, float]]] = {}
        for k in sorted(args.fold or DEV_FOLDS):
            tagger = fold_tagger(k, args)
            for mode in modes:
                tagger.mark = NEWS_DOMAIN if mode == "marked" else None
                for gold_dir in [SHARED / "gold", *args.more_gold]:
                    name = f"{gold_dir.name}-fold{k}-{mode}"
                    groups = gold_scores(tagger, "dev", args.misses, name, k, gold_dir)
                    fold = groups[f"fold {k}"]
                    row[f"{mode} {gold_dir.name} fold {k}"] = fold["f1"]
                    print(f"{name}: {fold['f1']}", file=sys.stderr, flush=True)
                    folds[mode].append(fold)
                    per_dir.setdefault(f"{mode} {gold_dir.name}", []).append(fold)
        for mode in modes:
            row[f"{mode} dev (cross-validated)"] = f1(folds[mode])
        for key, scores in per_dir.items():
            row[f"{key} dev (cross-validated)"] = f1(scores)
    if args.anercorp_dev:
        fit, held = dev_split(load_corpus(SHARED / "data" / "ner", "anercorp"))
        tagger = trained(set(DEV_FOLDS), args, fit)
        own = args.mark_anercorp or args.copy_anercorp
        for convention in (True, False) if own else (False,):
            tagger.mark = ANERCORP_MARK if convention and args.mark_anercorp else None
            tagger.copy = _copy(args) if convention else None
            result = score([t for _, t in held], tagger.tag_corpus([w for w, _ in held]))
            key = "anercorp dev" if convention or not own else "anercorp dev unmarked"
            row[f"{key} micro"] = round(result["micro_f1"], 4)
            row[f"{key} per type"] = {k: round(v["f1"], 4) for k, v in result["per_type"].items()}
    if args.check:
        tagger = trained(set(DEV_FOLDS), args)
        for gold_dir in [SHARED / "gold", *args.more_gold]:
            groups = gold_scores(tagger, "check", None, "check", None, gold_dir)
            row |= {f"{gold_dir.name} {g}": s["f1"] for g, s in groups.items()}
    row["seconds"] = round(time.perf_counter() - started)
    print(json.dumps(row, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
