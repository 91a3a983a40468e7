"""Relevance of ASSAULT and PROTEST events: a small logistic regression over the
words of the sentence, learnt from the train half of arabic-event-gsr.

The GSR annotators said "yes" only when a sentence reports a specific attack or
protest; sentences that mention one in passing (a past killing, an accusation, a
plan, police "dispersing the demonstrators") are "no". The trigger rules find the
mentions; this model scores whether the sentence reports the event itself.
Inference is plain Python over the shipped weights (`relevance.json.gz`); training
(`rasd train events --relevance`) uses scikit-learn.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
from importlib import resources
from pathlib import Path
from typing import Any

from rasd.events.keys import light_key, strip_proclitics
from rasd.text.normalize import match_key

RESOURCE = "relevance.json.gz"
TYPES = ("ASSAULT", "PROTEST")


def features(sentence: str, trigger: str = "") -> set[str]:
    """Binary features: folded words, word pairs, and the trigger."""
    words = [light_key(strip_proclitics(w)[-1]) for w in match_key(sentence).split()]
    words = [w for w in words if w]
    feats = {f"w:{w}" for w in words}
    feats |= {f"b:{a}_{b}" for a, b in itertools.pairwise(words)}
    if trigger:
        feats.add(f"t:{light_key(strip_proclitics(match_key(trigger))[-1])}")
    return feats


class RelevanceModel:
    """Per-type weights; `score` is the probability that the sentence reports the event."""

    def __init__(self, path: Path | None = None) -> None:
        raw = (
            path.read_bytes()
            if path
            else (resources.files("rasd.events") / "data" / RESOURCE).read_bytes()
        )
        self.models: dict[str, dict[str, Any]] = json.loads(gzip.decompress(raw))

    def score(self, event_type: str, sentence: str, trigger: str = "") -> float | None:
        model = self.models.get(event_type)
        if model is None:
            return None
        weights = model["weights"]
        z = model["bias"] + sum(weights.get(f, 0.0) for f in features(sentence, trigger))
        return 1.0 / (1.0 + math.exp(-z))

    def relevant(self, event_type: str, score: float | None) -> bool:
        """Whether a score says the sentence reports the event (True without a model)."""
        return score is None or score >= self.models[event_type]["threshold"]


MIN_CV_F1 = 0.3  # a model no better than this is not shipped


def train(rows_by_type: dict[str, list[tuple[str, str, bool]]], c: float = 1.0) -> dict[str, Any]:
    """Fit one model per type on (sentence, trigger, label) rows; the threshold is the
    one with the best 5-fold cross-validated F1 on the same (train) rows. Types whose
    cross-validated F1 stays under `MIN_CV_F1` get no model."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict

    out: dict[str, Any] = {}
    for event_type, rows in rows_by_type.items():
        vec = DictVectorizer()
        x = vec.fit_transform([dict.fromkeys(features(s, t), 1) for s, t, _ in rows])
        y = np.array([label for _, _, label in rows])
        clf = LogisticRegression(C=c, class_weight="balanced", max_iter=5000)
        p = cross_val_predict(clf, x, y, cv=5, method="predict_proba")[:, 1]
        best = max(
            ((_f1(p >= th, y), float(th)) for th in np.arange(0.1, 0.95, 0.05)), default=(0, 0.5)
        )
        if best[0] < MIN_CV_F1:
            continue
        clf.fit(x, y)
        weights = {
            name: round(float(w), 4)
            for name, w in zip(vec.get_feature_names_out(), clf.coef_[0], strict=True)
            if abs(w) >= 0.01
        }
        out[event_type] = {
            "bias": round(float(clf.intercept_[0]), 4),
            "threshold": round(best[1], 2),
            "cv_f1": round(best[0], 4),
            "train_sentences": len(rows),
            "train_positive": int(y.sum()),
            "weights": weights,
        }
    return out


def _f1(predicted: Any, gold: Any) -> float:
    tp = int((predicted & gold).sum())
    return 2 * tp / (int(predicted.sum()) + int(gold.sum())) if tp else 0.0


def save(models: dict[str, Any], out: Path) -> None:
    out.write_bytes(
        gzip.compress(
            json.dumps(models, ensure_ascii=False, sort_keys=True).encode("utf-8"), mtime=0
        )
    )
