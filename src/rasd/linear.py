"""Linear models scored with numpy.

Their weights are learnt by scikit-learn at training time (`fit_logistic`, the train
extra) and ship as small JSON files, so analysis needs no scikit-learn. Features are
named: a row is a dict of feature name to value, and names the model never saw count
as zero.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib import resources
from itertools import repeat
from operator import mul
from pathlib import Path
from typing import TypeVar

import numpy as np

M = TypeVar("M", bound="LinearModel")
T = TypeVar("T")


def load_json_model(
    from_dict: Callable[[dict], T], package: str, resource: str, path: Path | None = None
) -> T | None:
    """A model from its JSON at `path`, else the one the package ships (None when the
    package has none)."""
    if path is not None:
        return from_dict(json.loads(path.read_text(encoding="utf-8")))
    shipped = resources.files(package).joinpath(resource)
    if not shipped.is_file():
        return None
    return from_dict(json.loads(shipped.read_text(encoding="utf-8")))


class LinearModel:
    """Weights over named features and a bias; `scores` are log-odds."""

    def __init__(self, names: list[str], weights: list[float], bias: float) -> None:
        self.names = names
        self.weights = np.asarray(weights, dtype=float)
        self.bias = float(bias)
        self._weight_of = dict(zip(names, self.weights.tolist(), strict=True))

    def row_scores(self, rows: list[dict[str, float]]) -> list[float]:
        """Each row's log-odds, summed in Python over the row's own features: rows are
        sparse (a few dozen of thousands of names) and few, and building dense numpy
        vectors for them costs ten times the sums."""
        weight = self._weight_of.get  # a name the model never saw weighs 0.0
        return [
            sum(map(mul, map(weight, row, repeat(0.0)), row.values())) + self.bias for row in rows
        ]

    def scores(self, rows: list[dict[str, float]]) -> np.ndarray:
        return np.asarray(self.row_scores(rows), dtype=float)

    def probabilities(self, rows: list[dict[str, float]]) -> np.ndarray:
        return 1.0 / (1.0 + np.exp(-self.scores(rows)))

    def to_dict(self) -> dict[str, object]:
        return {"features": self.names, "weights": self.weights.tolist(), "bias": self.bias}

    @classmethod
    def from_dict(cls: type[M], data: dict) -> M:
        return cls(list(data["features"]), list(data["weights"]), float(data["bias"]))


def fit_logistic(
    rows: list[dict[str, float]], labels: list[bool], c: float, model: type[M] = LinearModel
) -> M:
    """A class-balanced logistic regression, trained on standardised features whose
    scaling is folded back into the weights (strong regularisation treats every
    feature alike, whatever its range)."""
    from sklearn.linear_model import LogisticRegression

    names = sorted({n for r in rows for n in r})
    x = np.array([[r.get(n, 0.0) for n in names] for r in rows])
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    fitted = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    fitted.fit((x - mean) / scale, np.array(labels))
    weights = fitted.coef_[0] / scale
    bias = float(fitted.intercept_[0] - (weights * mean).sum())
    return model(names, weights.tolist(), bias)
