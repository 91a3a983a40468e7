"""Choosing among candidates with a linear model: groups of candidates with one (or
more) right, a logistic fit over them, top-1 accuracy, and the regularisation chosen by
leaving one development fold out. The speaker ranker and the side ranker share it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rasd.linear import LinearModel, fit_logistic

C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


class Ranker(LinearModel):
    """A linear model over candidate features; `best` picks the highest score."""

    def best(self, rows: list[dict[str, float]]) -> int:
        """The first of the highest scores."""
        scores = self.row_scores(rows)
        return max(range(len(scores)), key=scores.__getitem__)


@dataclass(slots=True)
class Group:
    """The candidates of one gold item (a quote, an event's side): feature rows,
    labels, the rules' choice."""

    article: str
    fold: int
    rows: list[dict[str, float]]
    labels: list[bool]
    rule: int | None  # index of the rules' candidate
    # The candidates a ranker may choose (None: all; empty: the rules' choice stands).
    ranked: list[int] | None = None


def fit(groups: list[Group], c: float, model: type[Ranker] = Ranker) -> Ranker:
    """A logistic regression over the candidates of groups that hold a right one."""
    usable = [g for g in groups if any(g.labels)]
    rows = [r for g in usable for r in g.rows]
    labels = [label for g in usable for label in g.labels]
    return fit_logistic(rows, labels, c, model)


def top1(ranker: Ranker | None, groups: list[Group]) -> float:
    """Share of groups whose chosen candidate is right (the rules' when no ranker)."""
    if not groups:
        return 0.0
    right = 0
    for g in groups:
        pick = g.rule if ranker is None else _ranked_pick(ranker, g)
        right += pick is not None and g.labels[pick]
    return right / len(groups)


def _ranked_pick(ranker: Ranker, g: Group) -> int | None:
    if g.ranked is None:
        return ranker.best(g.rows)
    if not g.ranked:
        return g.rule
    return g.ranked[ranker.best([g.rows[i] for i in g.ranked])]


Fitter = Callable[[list[Group], float], Ranker]


def cross_validate(
    groups: list[Group], c: float, fitter: Fitter = fit
) -> dict[int, tuple[float, float]]:
    """Per held-out development fold: (rules' top-1, ranker's top-1)."""
    out = {}
    for fold in sorted({g.fold for g in groups}):
        train = [g for g in groups if g.fold != fold]
        held = [g for g in groups if g.fold == fold]
        out[fold] = (top1(None, held), top1(fitter(train, c), held))
    return out


def choose_c(groups: list[Group], fitter: Fitter = fit) -> tuple[float, dict[float, float]]:
    """The C with the best mean held-out top-1 accuracy (the smaller on ties)."""
    means = {}
    for c in C_GRID:
        folds = cross_validate(groups, c, fitter)
        means[c] = sum(r for _, r in folds.values()) / len(folds)
    best = max(C_GRID, key=lambda c: (round(means[c], 6), -c))
    return best, means
