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
leaving one fold out (`rasd.quotes.train`, the speaker ranker's fitting).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rasd.document import Document, Mention
from rasd.evaluate.folds import DEV_FOLDS
from rasd.evaluate.gold import _names_overlap, _speaker_names
from rasd.events.extract import EventExtractor
from rasd.events.gsr import GSR, TYPES, _side, _words, is_dev, read_labelled
from rasd.events.side_ranker import SIDES, SideRanker
from rasd.quotes.train import Group, choose_c, cross_validate, dev_articles, fit
from rasd.text.readers import Article, to_document

Groups = dict[str, list[Group]]


def _sentence_of(doc: Document, offset: int) -> int:
    return next((i for i, s in enumerate(doc.sentences) if s.start <= offset < s.end), -1)


def gold_groups(
    articles: Iterable[tuple[dict[str, Any], Document, int]],
    analyse: Callable[[Document], Document],
) -> Groups:
    """Groups of the rule-coded triggers that match a gold event by type and sentence."""
    extractor = EventExtractor(ranker=False)
    out: Groups = {side: [] for side in SIDES}
    for gold, doc, fold in articles:
        doc = analyse(doc)
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
    extractor = EventExtractor(ranker=False)
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


def side_groups(gold_dir: Path, shared: Path, analyse: Callable[[Document], Document]) -> Groups:
    """The groups of both sources; `analyse` runs the stages before events."""
    gold = gold_groups(dev_articles(gold_dir), analyse)
    gsr = gsr_groups(shared, analyse)
    return {side: gold[side] + gsr[side] for side in SIDES}


def train_sides(groups: Groups) -> tuple[SideRanker, dict[str, Any]]:
    """The ranker fitted on all groups, each side's C chosen by leave-one-fold-out
    cross-validation, and the report: per side C, the mean held-out top-1 per C, and
    per fold the rules' and the ranker's held-out top-1."""
    models, report = {}, {}
    for side in SIDES:
        c, means = choose_c(groups[side])
        folds = cross_validate(groups[side], c)
        models[side] = fit(groups[side], c)
        report[side] = {
            "C": c,
            "groups": len(groups[side]),
            "with_right": sum(any(g.labels) for g in groups[side]),
            "cv_means": means,
            "folds": {f: {"rules": r, "ranker": k} for f, (r, k) in folds.items()},
        }
    return SideRanker(models), report
