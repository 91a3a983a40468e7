"""benchmarks/event_misses.py: each required gold event the scorer leaves unpaired is
sorted by what Rasd codes in its evidence sentence; on the seed article, whose demand
("وطالب كيري يوم الأربعاء بأن توقف روسيا والنظام السوري …") Rasd codes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark
from rasd.document import Document, Event
from rasd.pipeline import Pipeline

DEMAND_EVIDENCE = "وطالب كيري يوم الأربعاء بأن توقف روسيا"


@pytest.fixture(scope="module")
def event_misses():
    return load_benchmark("event_misses")


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path, nlp: Pipeline) -> Document:
    return nlp(Document(text=seed_path.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def loose(event_misses):
    return event_misses.loose_extractor()


def _gold(kind: str, source: list[str], target: list[str], evidence: str) -> dict:
    return {"events": [{"type": kind, "source": source, "target": target, "evidence": evidence}]}


def _classes(event_misses, doc: Document, gold: dict, loose) -> list[tuple[str, str]]:
    return [(kind, detail) for kind, detail, _, _ in event_misses.misses(doc, gold, loose)]


def test_a_paired_event_is_no_miss(event_misses, seed_doc, loose) -> None:
    gold = _gold("DEMAND", ["جون كيري"], ["روسيا"], DEMAND_EVIDENCE)
    assert _classes(event_misses, seed_doc, gold, loose) == []


def test_the_type_coded_with_other_sides_is_a_sides_miss(event_misses, seed_doc, loose) -> None:
    gold = _gold("DEMAND", ["لا أحد"], ["أحد آخر"], DEMAND_EVIDENCE)
    # the detail is the sides Rasd gave the event, to read beside the gold's
    assert _classes(event_misses, seed_doc, gold, loose) == [("sides", "كيري / روسيا")]


def test_another_type_coded_there_is_a_wrong_type(event_misses, seed_doc, loose) -> None:
    gold = _gold("REJECT", ["جون كيري"], ["روسيا"], DEMAND_EVIDENCE)
    assert _classes(event_misses, seed_doc, gold, loose) == [("wrong type", "DEMAND")]


def test_nothing_coded_is_no_trigger_and_a_lost_evidence_no_sentence(
    event_misses, seed_doc, loose
) -> None:
    quiet = _gold("ASSAULT", ["جون كيري"], [], 'وأضاف "أنا أقل عزما اليوم')
    assert _classes(event_misses, seed_doc, quiet, loose) == [("no trigger", "")]
    lost = _gold("ASSAULT", ["جون كيري"], [], "جملة ليست في المقال")
    assert _classes(event_misses, seed_doc, lost, loose) == [("no sentence", "")]


def test_a_dropped_event_names_what_dropped_it(event_misses) -> None:
    negated = Event(0, 10, "REJECT", 3)
    negated.attrs["negated"] = True
    unlikely = Event(0, 10, "DEMAND", 3)
    gold = {"type": "REJECT"}
    assert event_misses.classify([], [negated], gold, 3) == ("filtered", "negated")
    assert event_misses.classify([], [unlikely], gold, 3) == ("wrong type, filtered", "DEMAND")
    assert event_misses.classify([], [unlikely], {"type": "DEMAND"}, 3) == (
        "filtered",
        "confidence",
    )


def test_a_miss_coded_in_its_sentence_alone_is_lost_in_the_article(
    event_misses, seed_doc, nlp
) -> None:
    sentence = event_misses.evidence_sentence(seed_doc, DEMAND_EVIDENCE)
    demand = _gold("DEMAND", ["جون كيري"], ["روسيا"], DEMAND_EVIDENCE)["events"][0]
    assert event_misses.coded_alone(nlp, seed_doc, sentence, demand)
    attack = {**demand, "type": "ASSAULT"}
    assert not event_misses.coded_alone(nlp, seed_doc, sentence, attack)


def test_a_dropped_event_is_counted_by_its_filter_and_the_gold(event_misses, seed_doc) -> None:
    demand = next(e for e in seed_doc.events or [] if e.type == "DEMAND")
    negated = replace(demand, attrs={**demand.attrs, "negated": True})
    gold = _gold("DEMAND", ["جون كيري"], ["روسيا"], DEMAND_EVIDENCE)
    assert event_misses.dropped_labels(seed_doc, gold, [negated]) == {"negated\tfound": 1}
    alone = replace(seed_doc, events=[])
    assert event_misses.dropped_labels(alone, gold, [negated]) == {"negated\tmissed": 1}
    other = _gold("DEMAND", ["لا أحد"], ["أحد آخر"], DEMAND_EVIDENCE)
    assert event_misses.dropped_labels(seed_doc, other, [negated]) == {"negated\tspurious": 1}
    kept = replace(demand, attrs={})
    assert event_misses.dropped_labels(seed_doc, gold, [kept]) == {}
