"""The learned event filter (events/confidence.py) on real articles: the seed and the
news-gold set that ships with the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.evaluate.gold import development_articles
from rasd.events.confidence import ConfidenceModel, apply_confidence, event_features
from rasd.events.confidence_train import choose, examples_of, fit
from rasd.events.extract import EventExtractor
from rasd.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
NEWS_GOLD = ROOT / "benchmarks" / "news-gold"


@pytest.fixture(scope="module")
def unfiltered() -> Pipeline:
    return Pipeline(components={"events": EventExtractor(confidence=False)})


@pytest.fixture(scope="module")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed_doc(unfiltered, seed_text):
    return unfiltered.analyze(seed_text)


def test_events_under_the_threshold_leave_or_are_marked(seed_doc) -> None:
    events = list(seed_doc.events)
    assert any(e.source is None for e in events) or any(e.target is None for e in events)
    needs_target = ConfidenceModel(["has_target"], [8.0], -4.0, threshold=0.5)
    kept = apply_confidence(needs_target, seed_doc, list(events))
    assert kept == [e for e in events if e.target is not None]
    assert all(e.attrs["confidence"] > 0.5 for e in kept)
    marked = apply_confidence(needs_target, seed_doc, list(events), keep_unlikely=True)
    assert len(marked) == len(events)
    assert all(bool(e.attrs.get("unlikely")) == (e.target is None) for e in marked)


def test_features_describe_each_event(seed_doc) -> None:
    rows = event_features(seed_doc, seed_doc.events)
    assert len(rows) == len(seed_doc.events)
    assert all(sum(k.startswith("type=") for k in r) == 1 for r in rows)
    assert all(0.0 <= r["position"] < 1.0 for r in rows)


def test_shipped_filter_keeps_the_seed_s_meeting_and_demand(seed_text) -> None:
    doc = Pipeline().analyze(seed_text)
    kinds = {e.type for e in doc.events}
    assert {"CONSULT", "DEMAND"} <= kinds
    assert all("confidence" in e.attrs for e in doc.events)


def test_a_tiny_training_run_chooses_a_filter_by_held_out_folds(unfiltered) -> None:
    articles = development_articles(NEWS_GOLD)[:12]
    folds = examples_of([(g, unfiltered(d), f) for g, d, f in articles])
    assert len(folds) >= 2 and all(e.rows for e in folds.values())
    c, threshold, table = choose(folds)
    precision, recall, _ = table[(c, threshold)]
    assert precision >= recall or all(p < r for p, r, _ in table.values())
    model = fit(list(folds.values()), c, threshold)
    assert model.threshold == threshold and len(model.names) > 10
