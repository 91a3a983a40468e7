"""Quotations on the shared data: the seed, the gold articles and a news sample."""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pytest

from rasd.evaluate.gold import evaluate_gold, load_gold, score_quotes
from rasd.pipeline import Pipeline
from rasd.text.readers import Failure, Fields, jsonl_records, read_records


@pytest.fixture(scope="module")
def quote_nlp() -> Pipeline:
    return Pipeline(["text", "quotes"])


def test_seed_every_gold_quote_found_and_attributed(shared: Path, quote_nlp: Pipeline) -> None:
    gold, doc = next((g, d) for g, d in load_gold(shared / "gold") if g["id"] == "seed-000")
    errors: list[str] = []
    spans, attributed = score_quotes(quote_nlp(doc), gold, errors)
    assert spans.tp == spans.gold == len(gold["quotes"]), errors
    assert attributed.tp == attributed.gold, errors


def test_seed_title_slogan_is_not_a_quote(shared: Path, quote_nlp: Pipeline) -> None:
    gold, doc = next((g, d) for g, d in load_gold(shared / "gold") if g["id"] == "seed-000")
    doc = quote_nlp(doc)
    for not_quote in gold["not_quotes"]:
        assert all(doc.slice(q) != not_quote for q in doc.quotes or [])


def test_gold_floors(shared: Path, quote_nlp: Pipeline) -> None:
    """Floors against regressions on all 53 articles and on the held-out check part;
    the targets are in docs/accuracy.md."""
    groups = evaluate_gold(shared / "gold", quote_nlp)["groups"]
    dev, check = groups["dev"], groups["check"]
    assert dev["quotes_span"]["f1"] >= 0.90 and check["quotes_span"]["f1"] >= 0.80
    assert dev["quotes_attributed"]["f1"] >= 0.81 and check["quotes_attributed"]["f1"] >= 0.55


def test_gold_floors_with_entities(shared: Path) -> None:
    """The same with the entity layer, whose names the speaker ranker reads."""
    groups = evaluate_gold(shared / "gold", Pipeline(["text", "ner", "quotes"]))["groups"]
    dev, check = groups["dev"], groups["check"]
    assert dev["quotes_span"]["f1"] >= 0.90 and check["quotes_span"]["f1"] >= 0.80
    assert dev["quotes_attributed"]["f1"] >= 0.87 and check["quotes_attributed"]["f1"] >= 0.65


def test_gold_not_quotes_are_left_alone(shared: Path, quote_nlp: Pipeline) -> None:
    for gold, doc in load_gold(shared / "gold"):
        doc = quote_nlp(doc)
        quoted = {doc.slice(q) for q in doc.quotes or []}
        assert not quoted & set(gold.get("not_quotes", [])), gold["id"]


def test_news_sample_quotes_are_well_formed(shared: Path, quote_nlp: Pipeline) -> None:
    path = shared / "data" / "news" / "ant-multisource.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, 60))
    docs = [d for d in read_records(jsonl_records(lines, str(path)), str(path), Fields())]
    docs = [quote_nlp(d) for d in docs if not isinstance(d, Failure)]
    quotes = [(d, q) for d in docs for q in d.quotes or []]
    assert len(quotes) >= 30  # news is made of attributed statements
    attributed = sum(1 for _, q in quotes if q.speaker is not None)
    assert attributed / len(quotes) >= 0.8
    for d, q in quotes:
        assert d.slice(q).strip() == d.slice(q)
        assert d.slice(q)[:1] not in '"«»“”'
        json.dumps(d.to_dict()["quotes"], ensure_ascii=False)


def test_speaker_names_stay_inside_their_sentence(shared: Path, nlp: Pipeline) -> None:
    # Headlines often end with a name and the next line opens with another: a
    # speaker's canonical name must not run across the line break.
    path = shared / "data" / "news" / "ant-multisource.jsonl.gz"
    with gzip.open(path, "rt", encoding="utf-8") as f:
        lines = list(itertools.islice(f, 400, 520))
    docs = [nlp(d) for d in read_records(jsonl_records(lines, str(path)), str(path), Fields())
            if not isinstance(d, Failure)]  # fmt: skip
    canonicals = [q.speaker.canonical for d in docs for q in d.quotes or [] if q.speaker]
    assert len(canonicals) >= 100
    assert not [c for c in canonicals if c and "\n" in c]
