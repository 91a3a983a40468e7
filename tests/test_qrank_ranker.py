"""The speaker ranker judged as the pipeline runs it (the qrank pass).

- each choice records the candidates the ranker may choose: not a verb's object, none
  where the rules' speaker stands ("التي تتهمها تركيا"); the held-out figures of
  `rasd train quotes` choose among those, as the pipeline does;
- given a ranker, training groups offer the earlier speakers it chose, as in the
  pipeline (`benchmarks/speaker_choices.py` judges the shipped weights so).

Sentences from development articles (folds 0 and 1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quote_speakers import choices
from rasd.evaluate.gold import development_articles
from rasd.pipeline import Pipeline
from rasd.quotes.ranker import load_ranker
from rasd.quotes.train import groups_of
from rasd.ranking import Group, Ranker, top1


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _choice_of(nlp: Pipeline, text: str, start: str):
    doc, found = choices(nlp, text)
    return doc, next(c for c in found if doc.slice(c.quote).startswith(start))


def test_the_verbs_object_is_not_ranked(nlp: Pipeline) -> None:
    """ "إسرائيل تتهم إيران بقصف": the phrase after تتهم, with its preposition next,
    is its object; a candidate, but not one the ranker chooses among."""
    doc, choice = _choice_of(nlp, "إسرائيل تتهم إيران بقصف مواقع تابعة لها في سوريا", "بقصف")
    names = [doc.slice(c.mention) for c in choice.candidates]
    assert "إيران" in names and "إسرائيل" in names
    assert names.index("إيران") not in choice.ranked
    assert names.index("إسرائيل") in choice.ranked


def test_nothing_is_ranked_where_the_rules_speaker_stands(nlp: Pipeline) -> None:
    """ "جماعة غولن، التي تتهمها تركيا بتنظيم": the subject after the verb speaks."""
    _, choice = _choice_of(
        nlp,
        "واحتجز برونسون للاشتباه بصلته بحزب العمال الكردستاني المحظور وحركة جماعة غولن، "
        "التي تتهمها تركيا بتنظيم انقلاب فاشل في عام 2016.",
        "بتنظيم",
    )
    assert choice.candidates and choice.ranked == []


def test_top1_chooses_among_the_ranked_candidates() -> None:
    ranker = Ranker(["x"], [1.0], 0.0)
    rows = [{"x": 1.0}, {"x": 3.0}, {"x": 2.0}]
    labels = [False, False, True]
    assert top1(ranker, [Group("a", 0, rows, labels, 0)]) == 0.0  # all ranked: 1
    assert top1(ranker, [Group("a", 0, rows, labels, 0, [0, 2])]) == 1.0
    assert top1(ranker, [Group("a", 0, rows, labels, 2, [])]) == 1.0  # the rules' stands


def test_groups_with_the_rankers_earlier_speakers(shared: Path) -> None:
    """The same quotes are grouped whichever chooses the earlier speakers; only the
    candidates' features (and which are right) may differ."""
    nlp = Pipeline(["text", "ner"])
    articles = [(g, nlp(d), f) for g, d, f in development_articles(shared / "gold")][:8]
    plain = groups_of(articles)
    ranked = groups_of(articles, load_ranker())
    assert len(plain) == len(ranked) >= 20
    assert [g.article for g in plain] == [g.article for g in ranked]
    assert all(g.ranked is not None for g in ranked)
