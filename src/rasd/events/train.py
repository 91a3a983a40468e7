"""Training the side ranker on gold events of the development folds and the GSR train half.

Two sources of labelled candidates, neither touching held-out data:
- gold articles of folds 0-2 (`rasd.evaluate.folds`; the check folds are never read):
  each trigger the rules code whose type and sentence are those of a gold event
  (found by its evidence) is one group per side, its candidates right when a name
  overlaps a gold name of that side as the scorer compares them; the "none" candidate
  is right when the gold side is empty;
- arabic-event-gsr span records whose sentence is in the train half of the detection
  split (`gsr.is_dev` false; the held-out records are only scored): each trigger of the
  record's type is one group per side with agreed words, its candidates right when
  they share a word with them as `rasd eval events` matches sides.
Every group carries a development fold (0-2: the gold article's, or one drawn from the
GSR sentence's id), so the regularisation is chosen, and the model measured, by
leaving one fold out (`rasd.ranking`, shared with the speaker ranker).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rasd.document import Document, Mention
from rasd.evaluate.folds import DEV_FOLDS
from rasd.evaluate.gold import Score, _names_overlap, _speaker_names, score_events
from rasd.events.extract import EventExtractor
from rasd.events.gsr import GSR, TYPES, _side, _words, is_dev, read_labelled
from rasd.events.side_ranker import SIDES, SideRanker
from rasd.ranking import Group, choose_c, cross_validate, fit
from rasd.text.readers import Article, to_document

Groups = dict[str, list[Group]]


def _sentence_of(doc: Document, offset: int) -> int:
    return next((i for i, s in enumerate(doc.sentences) if s.start <= offset < s.end), -1)


def gold_groups(articles: Iterable[tuple[dict[str, Any], Document, int]]) -> Groups:
    """Groups of the rule-coded triggers that match a gold event by type and sentence,
    in articles analysed up to the quotes."""
    extractor = EventExtractor(ranker=False, confidence=False)
    out: Groups = {side: [] for side in SIDES}
    for gold, doc, fold in articles:
        by_sentence: dict[tuple[str, int], list[dict[str, Any]]] = {}
        for g in gold.get("events", []):
            at = doc.text.find(g["evidence"])
            if at >= 0:
                by_sentence.setdefault((g["type"], _sentence_of(doc, at)), []).append(g)
        for choice in extractor.choices(doc):
            expected = by_sentence.get((choice.type, _sentence_of(doc, choice.at)))
            if not expected:
                continue
            for side in SIDES:
                names = [n for g in expected for n in g[side]]
                labels = [_gold_right(doc, c.mention, names) for c in choice.candidates[side]]
                out[side].append(
                    Group(gold["id"], fold, choice.rows[side], labels, choice.rule(side))
                )
    return out


def _gold_right(doc: Document, m: Mention | None, names: list[str]) -> bool:
    if m is None:
        return not names
    return _names_overlap(_speaker_names(m, doc), names)


def gsr_fold(record_id: str) -> int:
    """A development fold for a GSR sentence, fixed by its id's hash."""
    digest = hashlib.blake2b(record_id.encode("utf-8"), digest_size=2).digest()
    return sorted(DEV_FOLDS)[digest[1] % len(DEV_FOLDS)]


def gsr_groups(shared: Path, analyse: Callable[[Document], Document]) -> Groups:
    """Groups of the triggers coded in the span records of the GSR train half."""
    extractor = EventExtractor(ranker=False, confidence=False)
    out: Groups = {side: [] for side in SIDES}
    folder = shared / GSR
    for event_type in TYPES:
        name = event_type.lower()
        train = {
            r.text: r.id for r in read_labelled(folder / f"{name}_gsr.csv") if not is_dev(r.id)
        }
        records = json.loads((folder / f"{name}_spans.dev.json").read_text(encoding="utf-8"))
        for rec in records:
            if rec["text"] not in train:
                continue
            doc = analyse(to_document(Article(text=rec["text"])))
            for choice in extractor.choices(doc):
                if choice.type != event_type:
                    continue
                for side in SIDES:
                    gold = _words(rec.get(f"{side}_gold") or "")
                    if not gold:
                        continue
                    labels = [
                        c.mention is not None and bool(_side(doc, c.mention) & gold)
                        for c in choice.candidates[side]
                    ]
                    out[side].append(
                        Group(
                            f"gsr-{train[rec['text']]}",
                            gsr_fold(train[rec["text"]]),
                            choice.rows[side],
                            labels,
                            choice.rule(side),
                        )
                    )
    return out


KEEP_EMPTY_GRID = (0.0, 0.5, 1.0, 2.0, 4.0, 8.0)
Articles = list[tuple[dict[str, Any], Document, int]]


def side_groups(gold: Groups, gsr: Groups) -> Groups:
    return {side: gold[side] + gsr[side] for side in SIDES}


def held_out_f1(articles: Articles, groups: Groups, c: dict[str, float]) -> dict[float, Score]:
    """Per `keep_empty` of the grid: the event score of the development articles, each
    fold's scored by a ranker fitted without that fold."""
    totals = {k: Score() for k in KEEP_EMPTY_GRID}
    for fold in sorted({f for _, _, f in articles}):
        models = {s: fit([g for g in groups[s] if g.fold != fold], c[s]) for s in SIDES}
        for keep_empty, total in totals.items():
            extractor = EventExtractor(ranker=SideRanker(models, keep_empty), confidence=False)
            for gold, doc, f in articles:
                if f == fold:
                    total.add(score_events(extractor(doc), gold, []))
    return totals


def train_sides(articles: Articles, groups: Groups) -> tuple[SideRanker, dict[str, Any]]:
    """The ranker fitted on all groups: each side's C chosen by the held-out top-1 of
    leave-one-fold-out cross-validation, then the bonus of leaving a side empty by the
    held-out event F1 of the development articles (`articles`, analysed up to events);
    with the report (per side C, mean held-out top-1 per C, per fold the rules' and
    the ranker's held-out top-1; held-out event F1 per bonus and of the rules)."""
    models, report, chosen = {}, {}, {}
    for side in SIDES:
        chosen[side], means = choose_c(groups[side])
        folds = cross_validate(groups[side], chosen[side])
        models[side] = fit(groups[side], chosen[side])
        report[side] = {
            "C": chosen[side],
            "groups": len(groups[side]),
            "with_right": sum(any(g.labels) for g in groups[side]),
            "cv_means": means,
            "folds": {f: {"rules": r, "ranker": k} for f, (r, k) in folds.items()},
        }
    f1 = {k: round(s.f1, 4) for k, s in held_out_f1(articles, groups, chosen).items()}
    rules = Score()
    for gold, doc, _ in articles:
        rules.add(score_events(EventExtractor(ranker=False, confidence=False)(doc), gold, []))
    keep_empty = max(KEEP_EMPTY_GRID, key=lambda k: (f1[k], k))
    report["events_f1"] = {"rules": round(rules.f1, 4), "keep_empty": f1}
    return SideRanker(models, keep_empty), report
