"""The event side ranker: the shipped weights, its candidates on real GSR sentences and,
with ../shared, its held-out effect on the development folds of both gold sets (its training data)."""

from __future__ import annotations

import json
import math
from importlib import resources
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.evaluate.gold import Score, development_articles, score_events
from rasd.events.extract import EventExtractor
from rasd.events.gsr import GSR, is_dev, read_labelled
from rasd.events.side_ranker import MODEL_RESOURCE, PACKAGE, SIDES, load_side_ranker
from rasd.events.sides import same_actor
from rasd.events.train import gold_groups, gsr_groups, held_out_f1, side_groups
from rasd.pipeline import Pipeline
from rasd.ranking import fit

BEFORE_EVENTS = ["text", "ner", "quotes"]
NEWS_GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "news-gold"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(BEFORE_EVENTS)


@pytest.fixture(scope="module")
def train_sentences(shared: Path, nlp: Pipeline):
    """Analysed ASSAULT sentences of the GSR train half (never the held-out records)."""
    rows = read_labelled(shared / GSR / "assault_gsr.csv")
    texts = [r.text for r in rows if not is_dev(r.id) and r.label == "yes"][:40]
    return [nlp.analyze(t) for t in texts]


@pytest.fixture(scope="module")
def dev(shared: Path, nlp: Pipeline):
    """Articles of the development folds of both gold sets (the ranker's training data),
    analysed up to events, and all groups."""
    articles = [
        (g, nlp(d), fold)
        for folder in (shared / "gold", NEWS_GOLD)
        for g, d, fold in development_articles(folder)
    ]
    groups = side_groups(gold_groups(articles), gsr_groups(shared, nlp))
    return articles, groups


def test_shipped_ranker_is_small_json_weights() -> None:
    resource = resources.files(PACKAGE).joinpath(MODEL_RESOURCE)
    data = json.loads(resource.read_text(encoding="utf-8"))
    assert len(resource.read_bytes()) < 100_000
    ranker = load_side_ranker()
    assert ranker is not None
    for side in SIDES:
        assert ranker.models[side].names == data[side]["features"]
        assert all(math.isfinite(w) for w in data[side]["weights"])
        assert data["report"][side]["C"] > 0
    assert EventExtractor().ranker is not None
    assert EventExtractor(ranker=False).ranker is None


def test_the_rules_choices_are_candidates(train_sentences) -> None:
    extractor = EventExtractor(ranker=False)
    seen = 0
    for doc in train_sentences:
        for choice in extractor.choices(doc):
            seen += 1
            for side in SIDES:
                candidates = choice.candidates[side]
                assert len(candidates) == len(choice.rows[side])
                rule = candidates[choice.rule(side)]
                # the rules' choice is one candidate; an empty side is the "none" one
                assert sum("rule" in c.sources for c in candidates) == 1
                assert (rule.mention is None) == ("none" in choice.rows[side][choice.rule(side)])
    assert seen >= 20


def test_a_source_the_rules_left_empty_stays_empty(train_sentences) -> None:
    """Passive and suffered verbs have no agent on purpose ("قتل 36 من القوات"): the
    ranker chooses sources only where the rules found one."""
    extractor = EventExtractor(ranker=False)
    filled = 0
    for doc in train_sentences:
        for choice in extractor.choices(doc):
            sources = choice.candidates["source"]
            if sources[choice.rule("source")].mention is None:
                assert len(sources) == 1
            filled += len(choice.candidates["target"]) > 1
    assert filled >= 10


def test_ranked_events_never_put_one_actor_on_both_sides(train_sentences) -> None:
    extractor = EventExtractor()
    events = [e for doc in train_sentences for e in extractor(doc).events or []]
    assert sum(e.type == "ASSAULT" for e in events) >= 20
    assert not any(same_actor(e.source, e.target) for e in events)


def test_a_side_the_rules_found_no_side_for_stays_without_sides(train_sentences) -> None:
    """The ranker re-chooses among candidates only for triggers the rules gave a side:
    it never turns a trigger without actors into an event."""
    rules, ranked = EventExtractor(ranker=False), EventExtractor()
    for doc in train_sentences:
        with_sides = {
            c.at
            for c in rules.choices(doc)
            if any(c.candidates[s][c.rule(s)].mention is not None for s in SIDES)
        }
        assert {c.at for c in ranked.choices(doc)} == with_sides


def test_ranker_is_not_below_the_rules_on_held_out_dev_folds(dev) -> None:
    articles, groups = dev
    assert all(len(groups[s]) >= 150 for s in SIDES)
    data = json.loads(resources.files(PACKAGE).joinpath(MODEL_RESOURCE).read_text("utf-8"))
    scores = held_out_f1(articles, groups, {s: data["report"][s]["C"] for s in SIDES})
    rules = EventExtractor(ranker=False, confidence=False)
    baseline = Score()
    for gold, doc, _ in articles:
        baseline.add(score_events(rules(doc), gold, []))
    assert scores[data["keep_empty"]].f1 >= baseline.f1


def test_a_tiny_training_run_prefers_right_candidates(dev) -> None:
    _, groups = dev
    for side in SIDES:
        usable = [g for g in groups[side] if any(g.labels)]
        model = fit(usable[:80], 0.1)
        right = sum(g.labels[model.best(g.rows)] for g in usable[80:])
        chance = sum(sum(g.labels) / len(g.labels) for g in usable[80:])
        assert right > chance


def test_train_sides_needs_a_gold_index(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["train", "sides", str(tmp_path)])
    assert result.exit_code == 2
    assert "no gold index.txt" in result.output
