"""The news-gold set (benchmarks/news-gold): unseen ANT articles annotated in the gold
format. It ships with the repository, so these tests run on a fresh clone."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.evaluate.gold import evaluate_gold, load_gold
from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key

NEWS_GOLD = Path(__file__).resolve().parents[1] / "benchmarks" / "news-gold"
LABELS = {"PER", "ORG", "LOC"}


def _words(text: str) -> str:
    return " ".join(match_key(text).split())


@pytest.fixture(scope="module")
def annotations():
    return load_gold(NEWS_GOLD)


def test_every_listed_article_is_annotated_in_the_gold_format(annotations) -> None:
    listed = (NEWS_GOLD / "index.txt").read_text(encoding="utf-8").split()
    assert len(annotations) == len(listed) >= 30
    for gold, doc in annotations:
        assert gold["id"] == doc.id and doc.text
        assert {e["label"] for e in gold["entities"]} <= LABELS, gold["id"]
        for q in gold["quotes"]:
            assert q["kind"] in ("direct", "indirect") and q["speaker"], gold["id"]


def test_quotes_and_evidence_are_verbatim(annotations) -> None:
    """What an annotator copied must be in the article as Rasd reads it, or the
    scorer could never match it."""
    for gold, doc in annotations:
        text = " ".join(_words(w) for w in doc.text.split())
        for q in gold["quotes"]:
            assert _words(q["text"]) in text, (gold["id"], q["text"][:40])
        for e in gold["events"]:
            assert _words(e["evidence"]) in text, (gold["id"], e["evidence"][:40])


def test_unseen_news_floors() -> None:
    """Regression floors on the check part, which no rule was chosen on and no model
    trained on (figures and targets: docs/accuracy.md). The part grew from 36 to 156
    articles on 2026-12-02; on the larger part event precision (0.50) is below recall
    (0.55), so the target precision >= recall is tracked in the docs and this test
    keeps a precision floor."""
    check = evaluate_gold(NEWS_GOLD, Pipeline(), part="check")["groups"]["check"]
    assert check["entities"]["f1"] >= 0.86
    assert check["quotes_span"]["f1"] >= 0.78
    assert check["quotes_attributed"]["f1"] >= 0.64
    assert check["events"]["f1"] >= 0.50
    assert check["events"]["precision"] >= 0.48
