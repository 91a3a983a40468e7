"""Held-out event scores of gates on the speech-act model (issue 13, evmodel): each
development fold's quotations typed by a model fitted on the other two (the shipped
recipe, `speech_train.fit`, DISAPPROVE coded), the shipped side ranker and filter in
place, as `rasd train speech-acts` scores its thresholds; then the same with a gate.

Usage: python benchmarks/speech_gates.py [--cache /tmp/evmodel/articles.pkl]

The analysed development articles (folds 0-2 of ../shared/gold and
benchmarks/news-gold; the check folds are never read) are cached in `--cache`.
Prints, per variant, pooled P / R / F1, each fold's F1 and the model's acts right /
coded (an act right when it matches a required gold event).
"""

from __future__ import annotations

import argparse
import copy
import pickle
from collections.abc import Callable
from pathlib import Path

from rich.console import Console

from rasd.evaluate.gold import Score
from rasd.events.extract import EventExtractor
from rasd.events.speech_lexicon import SpeechActs
from rasd.events.speech_model import SpeechActModel
from rasd.events.speech_train import C, Examples, HeldOut, examples_of, fit
from rasd.training import analysed_dev_articles

GOLD = [Path("../shared/gold"), Path("benchmarks/news-gold")]
Row = dict[str, float]


def _articles(cache: Path):
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from rasd.events.commands import EVENT_STAGES
    from rasd.pipeline import DEFAULT_STAGES, Pipeline

    nlp = Pipeline([n for n in DEFAULT_STAGES if n in EVENT_STAGES and n != "events"])
    articles = analysed_dev_articles(GOLD, nlp, "analysing", Console(stderr=True))
    cache.write_bytes(pickle.dumps(articles))
    return articles


def held_out(
    articles, models: dict[int, SpeechActModel | None]
) -> tuple[dict[int, HeldOut], HeldOut]:
    per_fold = {f: HeldOut() for f in models}
    pooled = HeldOut()
    for fold, model in models.items():
        extractor = EventExtractor(speech_model=model or False)
        for gold, doc, f in articles:
            if f == fold:
                out = extractor(copy.deepcopy(doc))
                per_fold[fold].add(out, gold)
                pooled.add(out, gold)
    return per_fold, pooled


def cross_fit(folds: dict[int, Examples], transform: Callable[[Row], Row] | None = None):
    models = {}
    for fold in folds:
        train = [e for f, e in folds.items() if f != fold]
        if transform is not None:
            train = [Examples([transform(r) for r in e.rows], e.labels) for e in train]
        models[fold] = fit(train, C, 0.85)
        models[fold].coded = frozenset({"DISAPPROVE"})
    return models


def as_gated(
    model: SpeechActModel, threshold: float, aimed: bool = False, judging: bool = False
) -> SpeechActModel:
    """The fold's model at `threshold`, its acts `aimed` or `judging` or not."""
    return SpeechActModel(model.models, threshold, model.coded, aimed, judging)


def variants(base: dict[int, SpeechActModel]):
    """(name, a function giving the per-fold models) of each variant scored: the
    lexicon alone, the shipped recipe's thresholds, acts aimed at someone, and acts
    holding a word of blame (`judging`) at lower thresholds."""

    def at(threshold: float, aimed: bool = False, judging: bool = False):
        return lambda: {f: as_gated(m, threshold, aimed, judging) for f, m in base.items()}

    yield "lexicon alone", lambda: dict.fromkeys(base)
    for t in (0.85, 0.9, 0.95):
        yield f"shipped recipe {t}", at(t)
    for t in (0.85, 0.9):
        yield f"aimed {t}", at(t, aimed=True)
    for t in (0.0, 0.1, 0.2, 0.25, 0.35, 0.5, 0.75, 0.85, 0.9):
        yield f"judging {t}", at(t, judging=True)


def report(name: str, per_fold: dict[int, HeldOut], pooled: HeldOut) -> None:
    s: Score = pooled.events
    folds = " / ".join(f"{per_fold[f].events.f1:.4f}" for f in sorted(per_fold))
    right, wrong = pooled.acts.get("DISAPPROVE", [0, 0])
    print(
        f"{name:<44} P {s.precision:.4f} R {s.recall:.4f} F1 {s.f1:.4f} ({folds}) "
        f"acts {right}/{right + wrong}  [{s.as_dict()}]",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/evmodel/articles.pkl"))
    parser.add_argument("--only", default="", help="comma-separated variant name prefixes")
    args = parser.parse_args()
    articles = _articles(args.cache)
    acts = SpeechActs.load()
    folds = examples_of(articles, acts)
    base = cross_fit(folds)
    for name, make in variants(base):
        if args.only and not any(name.startswith(p) for p in args.only.split(",")):
            continue
        report(name, *held_out(articles, make()))


if __name__ == "__main__":
    main()
