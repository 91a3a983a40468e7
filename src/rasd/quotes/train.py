"""Training the speaker ranker on the gold quotes of the development folds.

Each cue quote the rules find in a gold article of folds 0-2 (`rasd.evaluate.folds`)
is paired with the gold quote it overlaps most (token F1 ≥ 0.5, as the scorer pairs
them); its candidates are labelled by whether their name is the gold speaker or one
of its aliases. A pairwise logistic regression (scikit-learn, the `train` extra)
learns which of two candidates of a quote is its speaker, from the difference of their
features, so that its weights score candidates against each other as the ranker uses
them (a candidate judged alone, right or wrong across all quotes, weighs the easy
quotes as much as the close calls). C is chosen by cross-validation across the
development folds, one fold held out at a time, and the weights are written as JSON
(`ranker.py` scores them).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

import numpy as np

from rasd.document import Document
from rasd.evaluate.gold import name_key, token_f1
from rasd.quotes.extract import Choice, QuoteExtractor
from rasd.quotes.ranker import SpeakerRanker, candidate_key
from rasd.ranking import Group

QUOTE_MATCH_F1 = 0.5


Articles = Sequence[tuple[dict[str, Any], Document, int]]


def groups_of(articles: Articles, ranker: SpeakerRanker | None = None) -> list[Group]:
    """Candidate groups of every rule-found cue quote that matches a gold quote, in
    articles analysed up to the entities. With a ranker, the earlier speakers offered
    as candidates are those it chose, as in the pipeline; without, the rules'."""
    groups: list[Group] = []
    for item in labelled_choices(articles, ranker):
        choice = item.choice
        rule = next((i for i, c in enumerate(choice.candidates) if "rule" in c.sources), None)
        groups.append(Group(item.article, item.fold, choice.rows, item.labels, rule, choice.ranked))
    return groups


class Labelled(NamedTuple):
    """A cue quote's choice with the gold quote it matches."""

    article: str
    fold: int
    doc: Document
    choice: Choice
    labels: list[bool]  # whether each candidate names the gold speaker or an alias
    speaker: str  # the gold speaker


def labelled_choices(articles: Articles, ranker: SpeakerRanker | None = None) -> Iterator[Labelled]:
    """Each rule-found cue quote with candidates that matches a gold quote (token F1 ≥
    0.5, as the scorer pairs them), its candidates labelled (`groups_of`)."""
    extractor = QuoteExtractor(ranker=ranker or False)
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
            yield Labelled(gold["id"], fold, doc, choice, labels, g["speaker"])


def _names(mention: Any, text: str) -> set[str]:
    names = {name_key(text[mention.start : mention.end])}
    if mention.canonical:
        names.add(name_key(mention.canonical))
    names.add(candidate_key(mention, text))
    return names


def fit_pairwise(groups: list[Group], c: float) -> SpeakerRanker:
    """A logistic regression over (right − wrong) feature differences of the quotes
    with both right and wrong candidates, each quote weighing one in all; features are
    standardised and their scale folded back into the weights. Scores compare
    candidates of one quote only, so the model has no bias."""
    from sklearn.linear_model import LogisticRegression

    usable = [g for g in groups if any(g.labels) and not all(g.labels)]
    names = sorted({n for g in usable for r in g.rows for n in r})
    diffs: list[np.ndarray] = []
    weights: list[float] = []
    for g in usable:
        x = np.array([[r.get(n, 0.0) for n in names] for r in g.rows])
        right = [i for i, label in enumerate(g.labels) if label]
        wrong = [i for i, label in enumerate(g.labels) if not label]
        for i in right:
            for j in wrong:
                diffs.append(x[i] - x[j])
                weights.append(1.0 / (len(right) * len(wrong)))
    d = np.array(diffs)
    scale = d.std(axis=0)
    scale[scale == 0] = 1.0
    # Each pair both ways, so that the two classes are the same pairs.
    both = np.vstack([d / scale, -d / scale])
    labels = np.r_[np.ones(len(d)), np.zeros(len(d))]
    fitted = LogisticRegression(C=c, fit_intercept=False, max_iter=5000)
    fitted.fit(both, labels, sample_weight=np.r_[weights, weights])
    return SpeakerRanker(names, (fitted.coef_[0] / scale).tolist(), 0.0)


def fit_added(
    groups: list[Group], base: SpeakerRanker, added: Sequence[str], l2: float = 1.0
) -> SpeakerRanker:
    """The base ranker's weights kept, and weights for the `added` features fitted on
    top of them: the pairwise loss of `fit_pairwise` (each quote weighing one in all)
    with the base ranker's score difference of the two candidates as a fixed offset,
    and an L2 penalty `l2` on the new weights only. A refit of every weight has lowered
    the pipeline's attributed quotations on the development folds in four passes
    (RANKER_CARD.md), the rules having been chosen with the shipped weights; this adds
    a feature without moving them."""
    from scipy.optimize import minimize

    old = dict(zip(base.names, base.weights.tolist(), strict=True))
    kept = [n for n in base.names if n not in added]
    # A weight the base already holds for an added feature is fitted anew, not kept.
    base = SpeakerRanker(kept, [old[n] for n in kept], base.bias)
    offsets: list[float] = []
    diffs: list[list[float]] = []
    weights: list[float] = []
    for g in groups:
        if not any(g.labels) or all(g.labels):
            continue
        scores = base.row_scores(g.rows)
        x = [[r.get(n, 0.0) for n in added] for r in g.rows]
        right = [i for i, label in enumerate(g.labels) if label]
        wrong = [i for i, label in enumerate(g.labels) if not label]
        for i in right:
            for j in wrong:
                offsets.append(scores[i] - scores[j])
                diffs.append([a - b for a, b in zip(x[i], x[j], strict=True)])
                weights.append(1.0 / (len(right) * len(wrong)))
    off, d, w = np.array(offsets), np.array(diffs), np.array(weights)

    def loss(b: np.ndarray) -> float:
        return float(np.sum(w * np.logaddexp(0.0, -(off + d @ b))) + l2 * (b @ b) / 2)

    fitted = minimize(loss, np.zeros(len(added))).x
    return SpeakerRanker(kept + list(added), [*base.weights.tolist(), *fitted], base.bias)
