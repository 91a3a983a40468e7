"""Events on the shared data: the seed against its gold annotation, the gold set,
and the arabic-event-gsr dev half (regression floors, see docs/accuracy.md)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.evaluate.gold import evaluate_gold, load_gold, score_events
from rasd.events.extract import EventExtractor
from rasd.events.gsr import evaluate_gsr
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def events_nlp() -> Pipeline:
    return Pipeline(["text", "events"])


def test_seed_required_events_found_with_their_sides(shared: Path, events_nlp):
    gold_dir = shared / "gold"
    gold, doc = next(
        (g, d) for g, d in load_gold(gold_dir) if g["file"].endswith(".txt") and "seed" in g["file"]
    )
    doc = events_nlp(doc)
    errors: list[str] = []
    score_events(doc, gold, errors)
    missed = [e for e in errors if e.startswith("event missed")]
    assert missed == []


def test_seed_agreement_is_between_russia_and_the_usa(shared: Path, events_nlp):
    _gold, doc = next((g, d) for g, d in load_gold(shared / "gold") if "seed" in g["file"])
    doc = events_nlp(doc)
    agree = [e for e in doc.events if e.type == "AGREE" and e.source and e.target]
    codes = [{e.source.attrs.get("country"), e.target.attrs.get("country")} for e in agree]
    assert {"RUS", "USA"} in codes


def test_gold_event_floors(shared: Path):
    """Floors against regressions (targets in docs/accuracy.md), on the development
    part and on the held-out check part."""
    groups = evaluate_gold(shared / "gold", Pipeline())["groups"]
    assert groups["dev"]["events"]["f1"] >= 0.70, json.dumps(groups["dev"]["events"])
    # 0.577 with the learned filter (0.588 without; pooled with news-gold's check part the
    # filter gains: 0.558 -> 0.572, CONFIDENCE_CARD.md)
    assert groups["check"]["events"]["f1"] >= 0.54, json.dumps(groups["check"]["events"])


def test_gsr_dev_floors(shared: Path, events_nlp):
    coded = Pipeline(
        ["text", "events"], components={"events": EventExtractor(keep_background=True)}
    )
    result = evaluate_gsr(shared, events_nlp.analyze, coded=coded.analyze)
    assert result["ASSAULT"]["detection"]["reported"]["f1"] >= 0.5
    assert result["ASSAULT"]["actors"]["target"]["match"] >= 0.6
    assert result["PROTEST"]["actors"]["source"]["match"] >= 0.65
    # the records no actor rule was written from keep most of the gain
    assert result["ASSAULT"]["actors"]["target"]["held_out"]["match"] >= 0.55
    assert result["PROTEST"]["actors"]["source"]["held_out"]["match"] >= 0.6
    codes = result["ASSAULT"]["actors"]["source"]["codes"]["country"]
    assert codes["total"] > 0 and codes["match"] >= 0.5
