"""Training the event confidence model on the gold events of the development folds.

Every event the rules code in a development article (folds 0-2 of each gold folder) is
one example: right when the scorer pairs it with a required gold event, wrong when it
matches none, left out when it only matches an optional one. The regularisation and the
threshold are chosen together by cross-validation across the development folds, one
held out at a time, for the best event F1 of the held-out articles (their missed gold
events count against recall whatever is kept).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rasd.document import Document
from rasd.evaluate.gold import event_labels
from rasd.events.confidence import ConfidenceModel, event_features
from rasd.linear import fit_logistic

C_GRID = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = (0.0, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


@dataclass(slots=True)
class Examples:
    """Feature rows and labels of one fold, and its required gold events."""

    rows: list[dict[str, float]]
    labels: list[bool]
    required: int = 0


def examples_of(articles: Iterable[tuple[dict[str, Any], Document, int]]) -> dict[int, Examples]:
    """Labelled events per development fold, of articles analysed without the
    confidence filter."""
    folds: dict[int, Examples] = {}
    for gold, doc, fold in articles:
        events = doc.events or []
        labels, required = event_labels(doc, gold)
        group = folds.setdefault(fold, Examples([], []))
        group.required += required
        for row, label in zip(event_features(doc, events), labels, strict=True):
            if label is not None:
                group.rows.append(row)
                group.labels.append(label)
    return folds


def fit(examples: list[Examples], c: float, threshold: float) -> ConfidenceModel:
    rows = [r for e in examples for r in e.rows]
    labels = [label for e in examples for label in e.labels]
    model = fit_logistic(rows, labels, c, ConfidenceModel)
    model.threshold = threshold
    return model


def held_out_f1(
    folds: dict[int, Examples], c: float, threshold: float
) -> tuple[float, float, float]:
    """Precision, recall and F1 of the held-out folds, each filtered by a model trained
    on the others."""
    tp = kept = required = 0
    for fold, held in folds.items():
        model = fit([e for f, e in folds.items() if f != fold], c, threshold)
        for p, label in zip(model.probabilities(held.rows), held.labels, strict=True):
            if p >= threshold:
                kept += 1
                tp += label
        required += held.required
    precision = tp / kept if kept else 0.0
    recall = tp / required if required else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    return precision, recall, f1


def choose(folds: dict[int, Examples]) -> tuple[float, float, dict[tuple[float, float], tuple]]:
    """The (C, threshold) with the best held-out F1 among those whose precision is at
    least their recall (precision first: a timeline of acts that did not happen loses
    an analyst's trust), the weaker filter on ties."""
    table = {(c, t): held_out_f1(folds, c, t) for c in C_GRID for t in THRESHOLDS}
    allowed = [key for key, (p, r, _) in table.items() if p >= r] or list(table)
    best = max(allowed, key=lambda key: (round(table[key][2], 3), -key[1], -key[0]))
    return best[0], best[1], table
