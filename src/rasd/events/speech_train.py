"""Training the speech-act model on the quotations of the development folds.

Every quotation with a speaker that the speech-act lexicon leaves uncoded, in an article
of folds 0-2 of each gold folder (the check folds are never read), is one example: of
type T when a required gold event of a speech type T has its evidence in the quotation's
sentence span (cue, speaker and words) and a source the speaker's name overlaps; left out
when only an optional gold event does; no act otherwise. The regularisation and the
threshold is chosen by cross-validation across the development folds, one held out at a
time, for the best held-out event F1 of the development articles with precision at least
recall (the issue's precision first).
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rasd.document import Document, Quote
from rasd.evaluate.gold import Score, _names_overlap, _speaker_names, score_events
from rasd.events.extract import EventExtractor
from rasd.events.speech import SpeechActs
from rasd.events.speech_model import SPEECH_TYPES, SpeechActModel, quote_features
from rasd.linear import fit_logistic

# Strong regularisation: a few hundred acts against thousands of words. Fixed, not
# searched: one event-level cross-validation takes minutes (SPEECH_ACT_CARD.md).
C = 0.03
# Probabilities of class-balanced models: the acts are a sixth of the quotations.
THRESHOLDS = (0.75, 0.85, 0.9, 0.95)
# A word must occur in this many training quotations to be a feature.
MIN_WORD_COUNT = 3


@dataclass(slots=True)
class Examples:
    """Feature rows and act types (None: no act) of one fold's quotations."""

    rows: list[dict[str, float]] = field(default_factory=list)
    labels: list[str | None] = field(default_factory=list)


Articles = list[tuple[dict[str, Any], Document, int]]


def _span(quote: Quote) -> tuple[int, int]:
    starts = [quote.start] + [m.start for m in (quote.cue, quote.speaker) if m is not None]
    return min(starts), quote.end


def quote_label(doc: Document, quote: Quote, gold: dict[str, Any]) -> tuple[bool, str | None]:
    """(usable, type): the speech act a gold event gives the quotation, if any; not
    usable when only an optional gold event does."""
    start, end = _span(quote)
    speaker = _speaker_names(quote.speaker, doc)
    optional = False
    for g in gold.get("events", []):
        if g["type"] not in SPEECH_TYPES:
            continue
        at = doc.text.find(g["evidence"]) if g.get("evidence") else -1
        if at < 0 or not (at < end and start < at + len(g["evidence"])):
            continue
        if not _names_overlap(speaker, g["source"]):
            continue
        if not g.get("optional"):
            return True, g["type"]
        optional = True
    return not optional, None


def examples_of(articles: Articles, acts: SpeechActs) -> dict[int, Examples]:
    """Labelled quotations per development fold, of articles analysed up to quotes."""
    folds: dict[int, Examples] = {}
    for gold, doc, fold in articles:
        group = folds.setdefault(fold, Examples())
        for quote in doc.quotes or []:
            if quote.speaker is None or _lexicon_coded(doc, quote, acts):
                continue
            usable, label = quote_label(doc, quote, gold)
            if usable:
                group.rows.append(quote_features(doc, quote, acts))
                group.labels.append(label)
    return folds


def _lexicon_coded(doc: Document, quote: Quote, acts: SpeechActs) -> bool:
    cue = acts.cue_type(doc.slice(quote.cue)) if quote.cue else None
    return bool(cue or acts.content_type(doc.slice(quote)))


def _vocabulary(rows: list[dict[str, float]]) -> set[str]:
    counts = Counter(n for r in rows for n in r if n.startswith("w="))
    return {n for n, k in counts.items() if k >= MIN_WORD_COUNT}


def fit(examples: list[Examples], c: float, threshold: float) -> SpeechActModel:
    """One model per act type over the rows, rare words left out."""
    rows = [r for e in examples for r in e.rows]
    labels = [label for e in examples for label in e.labels]
    words = _vocabulary(rows)
    rows = [{n: v for n, v in r.items() if not n.startswith("w=") or n in words} for r in rows]
    models = {
        t: fit_logistic(rows, [label == t for label in labels], c)
        for t in SPEECH_TYPES
        if t in labels
    }
    return SpeechActModel(models, threshold)


def cross_fitted(
    folds: dict[int, Examples], c: float, threshold: float
) -> dict[int, SpeechActModel]:
    """Per development fold, the model fitted on the other folds: what codes a fold's
    articles when another model (the confidence filter) learns from their events, so
    that it sees the acts an unseen article gets, not those the model has memorised."""
    return {fold: fit([e for f, e in folds.items() if f != fold], c, threshold) for fold in folds}


def held_out_events(
    articles: Articles, folds: dict[int, Examples], c: float, thresholds: Iterable[float]
) -> dict[float, Score]:
    """Per threshold: the event score of the development articles (the shipped side
    ranker and filter in place), each fold's typed by a model fitted without it."""
    totals = {t: Score() for t in thresholds}
    for fold, model in cross_fitted(folds, c, 0.0).items():
        for t, total in totals.items():
            model.threshold = t
            extractor = EventExtractor(speech_model=model)
            for gold, doc, f in articles:
                if f == fold:
                    total.add(score_events(extractor(copy.deepcopy(doc)), gold, []))
    return totals


def choose(articles: Articles, folds: dict[int, Examples]) -> tuple[float, dict[float, Score]]:
    """The threshold with the best held-out event F1 among those whose precision is at
    least their recall (precision first), the higher on ties; with the table, where
    a threshold above 1 is the lexicon alone."""
    table = held_out_events(articles, folds, C, (*THRESHOLDS, 2.0))
    allowed = [t for t, s in table.items() if s.precision >= s.recall] or list(table)
    best = max(allowed, key=lambda t: (round(table[t].f1, 3), t))
    return best, table
