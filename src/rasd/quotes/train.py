"""Training the speaker ranker on the gold quotes of the development folds.

Each cue quote the rules find in a gold article of folds 0-2 (`rasd.evaluate.folds`)
is paired with the gold quote it overlaps most (token F1 ≥ 0.5, as the scorer pairs
them); its candidates are labelled by whether their name is the gold speaker or one
of its aliases. A logistic regression over the candidates' features (scikit-learn, the
`train` extra) is chosen by cross-validation across the development folds, one fold
held out at a time, and its weights are written as JSON (`ranker.py` scores them).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rasd.document import Document
from rasd.evaluate.gold import name_key, token_f1
from rasd.linear import fit_logistic
from rasd.quotes.extract import QuoteExtractor
from rasd.quotes.ranker import SpeakerRanker, candidate_key

QUOTE_MATCH_F1 = 0.5
C_GRID = (0.003, 0.01, 0.03, 0.1, 0.3, 1.0)


@dataclass(slots=True)
class Group:
    """The candidates of one gold quote: feature rows, labels, the rules' choice."""

    article: str
    fold: int
    rows: list[dict[str, float]]
    labels: list[bool]
    rule: int | None  # index of the rules' candidate


def groups_of(articles: Iterable[tuple[dict[str, Any], Document, int]]) -> list[Group]:
    """Candidate groups of every rule-found cue quote that matches a gold quote, in
    articles analysed up to the entities."""
    extractor = QuoteExtractor(ranker=False)
    groups: list[Group] = []
    for gold, doc, fold in articles:
        expected = gold.get("quotes", [])
        for choice in extractor.choices(doc):
            text = doc.slice(choice.quote)
            scored = [(token_f1(text, g["text"]), j) for j, g in enumerate(expected)]
            best, j = max(scored, default=(0.0, -1))
            if best < QUOTE_MATCH_F1 or not choice.candidates:
                continue
            g = expected[j]
            names = {name_key(n) for n in [g["speaker"], *g.get("speaker_aliases", [])]}
            labels = [_names(c.mention, doc.text) & names != set() for c in choice.candidates]
            rule = next((i for i, c in enumerate(choice.candidates) if "rule" in c.sources), None)
            groups.append(Group(gold["id"], fold, choice.rows, labels, rule))
    return groups


def _names(mention: Any, text: str) -> set[str]:
    names = {name_key(text[mention.start : mention.end])}
    if mention.canonical:
        names.add(name_key(mention.canonical))
    names.add(candidate_key(mention, text))
    return names


def fit(groups: list[Group], c: float) -> SpeakerRanker:
    """A logistic regression over the candidates of groups that hold a right one."""
    usable = [g for g in groups if any(g.labels)]
    rows = [r for g in usable for r in g.rows]
    labels = [label for g in usable for label in g.labels]
    return fit_logistic(rows, labels, c, SpeakerRanker)


def top1(ranker: SpeakerRanker | None, groups: list[Group]) -> float:
    """Share of groups whose chosen candidate is right (the rules' when no ranker)."""
    if not groups:
        return 0.0
    right = 0
    for g in groups:
        pick = g.rule if ranker is None else ranker.best(g.rows)
        right += pick is not None and g.labels[pick]
    return right / len(groups)


def cross_validate(groups: list[Group], c: float) -> dict[int, tuple[float, float]]:
    """Per held-out development fold: (rules' top-1, ranker's top-1)."""
    out = {}
    for fold in sorted({g.fold for g in groups}):
        train = [g for g in groups if g.fold != fold]
        held = [g for g in groups if g.fold == fold]
        out[fold] = (top1(None, held), top1(fit(train, c), held))
    return out


def choose_c(groups: list[Group]) -> tuple[float, dict[float, float]]:
    """The C with the best mean held-out top-1 accuracy (the smaller on ties)."""
    means = {}
    for c in C_GRID:
        folds = cross_validate(groups, c)
        means[c] = sum(r for _, r in folds.values()) / len(folds)
    best = max(C_GRID, key=lambda c: (round(means[c], 6), -c))
    return best, means
