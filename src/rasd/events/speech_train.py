"""Training the speech-act model on the quotations of the development folds.

Every quotation with a speaker that the speech-act lexicon leaves uncoded, in an article
of folds 0-2 of each gold folder (the check folds are never read), is one example: of
type T when a required gold event of a speech type T has its evidence in the quotation's
sentence span (cue, speaker and words) and a source the speaker's name overlaps; left out
when only an optional gold event does; no act otherwise. The types the model codes and
its threshold are chosen by cross-validation across the development folds, one held out
at a time: a type is coded when most of its held-out acts are right (pooled over the
thresholds), and the threshold
gives the best held-out event F1 of the development articles with precision at least
recall (the issue's precision first).
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from rasd.document import Document, Quote
from rasd.evaluate.gold import Score, _names_overlap, _speaker_names, event_labels, score_events
from rasd.events.extract import EventExtractor
from rasd.events.speech_lexicon import SpeechActs
from rasd.events.speech_model import SPEECH_TYPES, SpeechActModel, quote_features
from rasd.linear import fit_logistic

# Strong regularisation: a few hundred acts against thousands of words. Fixed, not
# searched: one event-level cross-validation takes minutes (SPEECH_ACT_CARD.md).
C = 0.03
# Probabilities of class-balanced models: the acts are a sixth of the quotations.
THRESHOLDS = (0.75, 0.85, 0.9, 0.95)
# With `judging` (an act needs a word of blame, `speech_model.evaluative`) the words
# already sort out most statements, so lower probabilities are tried as well.
JUDGING_THRESHOLDS = (0.2, 0.35, 0.5, 0.75, 0.85)
# A word must occur in this many training quotations to be a feature.
MIN_WORD_COUNT = 3
# A type is coded only when at least this share of its held-out acts match a required
# gold event: a type the model reads mostly wrong (support, threats told under "قال")
# fills the timeline with acts that did not happen (the precision first).
MIN_ACT_PRECISION = 0.5
# Held-out F1s closer than this (two or three events of about 1,700) are a tie, settled
# for the higher threshold.
F1_TIE = 0.002


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
    folds: dict[int, Examples],
    c: float,
    threshold: float,
    coded: frozenset[str] | None = None,
    aimed: bool = False,
    judging: bool = False,
) -> dict[int, SpeechActModel]:
    """Per development fold, the model fitted on the other folds (coding the `coded`
    types, all by default; `aimed` and `judging` as `SpeechActModel`): what codes a fold's articles
    when another model (the confidence filter) learns from their events, so that it
    sees the acts an unseen article gets, not those the model has memorised."""
    models = {fold: fit([e for f, e in folds.items() if f != fold], c, threshold) for fold in folds}
    for model in models.values():
        model.coded = model.coded if coded is None else coded
        model.aimed = aimed
        model.judging = judging
    return models


@dataclass(slots=True)
class HeldOut:
    """Held-out event score at one threshold, and the model's own acts per type:
    (matching a required gold event, matching none)."""

    events: Score = field(default_factory=Score)
    acts: dict[str, list[int]] = field(default_factory=dict)

    def add(self, doc: Document, gold: dict[str, Any]) -> None:
        self.events.add(score_events(doc, gold, []))
        labels, _ = event_labels(doc, gold)
        for event, label in zip(doc.events or [], labels, strict=True):
            if event.attrs.get("learned") and label is not None:
                self.acts.setdefault(event.type, [0, 0])[0 if label else 1] += 1


def held_out_events(
    articles: Articles,
    folds: dict[int, Examples],
    c: float,
    thresholds: Iterable[float],
    coded: frozenset[str] | None = None,
    aimed: bool = False,
    judging: bool = False,
) -> dict[float, HeldOut]:
    """Per threshold: the event score of the development articles (the shipped side
    ranker and filter in place), each fold's typed by a model fitted without it and
    coding the `coded` types (all by default), their acts `aimed` or not, `judging`
    or not."""
    totals = {t: HeldOut() for t in thresholds}
    for fold, model in cross_fitted(folds, c, 0.0, coded, aimed, judging).items():
        for t, total in totals.items():
            model.threshold = t
            extractor = EventExtractor(speech_model=model)
            for gold, doc, f in articles:
                if f == fold:
                    total.add(extractor(copy.deepcopy(doc)), gold)
    return totals


def pooled_acts(tables: Iterable[HeldOut]) -> dict[str, list[int]]:
    """The model's held-out acts per type, right and wrong, summed over thresholds: a
    type judged at one threshold is judged on a dozen acts (DEMAND 9/12 at 0.95, 43/91
    over the four), too few to tell a reliable type from a lucky one."""
    pooled: dict[str, list[int]] = {}
    for table in tables:
        for t, (right, wrong) in table.acts.items():
            counts = pooled.setdefault(t, [0, 0])
            counts[0] += right
            counts[1] += wrong
    return pooled


def reliable_types(acts: dict[str, list[int]]) -> frozenset[str]:
    """The types whose held-out acts are right at least `MIN_ACT_PRECISION` of the time."""
    return frozenset(
        t for t, (right, wrong) in acts.items() if right >= MIN_ACT_PRECISION * (right + wrong)
    )


def _best(table: dict[float, HeldOut]) -> float:
    """The threshold with the best held-out event F1 among those whose precision is at
    least their recall, the highest (precision first) of those within `F1_TIE` of it."""
    scores = {t: h.events for t, h in table.items()}
    allowed = [t for t, s in scores.items() if s.precision >= s.recall] or list(scores)
    best = max(scores[t].f1 for t in allowed)
    return max(t for t in allowed if scores[t].f1 >= best - F1_TIE)


@dataclass(slots=True)
class Choice:
    """The chosen threshold and coded types, with the held-out tables: every type
    coded (`every`), the chosen types (`table`, their acts `judging` when chosen so)
    and the chosen types' acts kept only when aimed at someone (`aimed`, see
    `SpeechActModel`; not scored with `judging`); a threshold above 1 is the lexicon
    alone. `aimed_chosen`: the threshold was chosen on the aimed table."""

    threshold: float
    coded: frozenset[str]
    every: dict[float, HeldOut]
    table: dict[float, HeldOut]
    aimed: dict[float, HeldOut]
    aimed_chosen: bool = False
    judging: bool = False
    # The previous model's coded types at its threshold, held out alike (empty when
    # they are the chosen types): the row a retrained model is judged against.
    previous: dict[float, HeldOut] = field(default_factory=dict)


def choose(
    articles: Articles,
    folds: dict[int, Examples],
    aimed: bool = False,
    previous: SpeechActModel | None = None,
    judging: bool = False,
) -> Choice:
    """The types to code (those reliable held out, their acts pooled over the
    thresholds) and then their threshold, both by held-out event scores; with `aimed`,
    the threshold of the aimed acts (the table of both is printed either way), with
    `judging` that of the acts holding a word of blame (over `JUDGING_THRESHOLDS`).
    The `previous` model's types are scored held out too, at its threshold."""
    every = held_out_events(articles, folds, C, (*THRESHOLDS, 2.0))
    coded = reliable_types(pooled_acts(every[t] for t in THRESHOLDS))
    table = every
    if judging:
        table = held_out_events(articles, folds, C, JUDGING_THRESHOLDS, coded, judging=True)
        table[2.0] = every[2.0]
    elif coded != set(pooled_acts(every.values())):
        table = held_out_events(articles, folds, C, THRESHOLDS, coded) | {2.0: every[2.0]}
    aimed_table: dict[float, HeldOut] = {}
    if not judging:
        aimed_table = held_out_events(articles, folds, C, THRESHOLDS, coded, aimed=True)
        aimed_table[2.0] = every[2.0]
    chosen = aimed_table if aimed and not judging else table
    before: dict[float, HeldOut] = {}
    if previous is not None and (previous.coded, previous.judging) != (coded, judging):
        before = held_out_events(
            articles, folds, C, (previous.threshold,), previous.coded, judging=previous.judging
        )
    threshold = _best(chosen)
    return Choice(
        threshold, coded, every, table, aimed_table, aimed and not judging, judging, before
    )
