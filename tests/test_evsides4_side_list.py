"""benchmarks/side_scores.py --list: each side of a paired event that is not right is
printed with its verdict, the predicted side (a ranker's guess marked *), the other side,
the gold sides and the evidence; on the seed article's demand ("وطالب كيري … بأن توقف
روسيا والنظام السوري")."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark
from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def side_scores():
    return load_benchmark("side_scores")


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path, nlp: Pipeline) -> Document:
    return nlp(Document(text=seed_path.read_text(encoding="utf-8")))


def _demand(source: list[str], target: list[str]) -> dict:
    return {"events": [{"type": "DEMAND", "source": source, "target": target}]}


def _counted(side_scores, doc: Document, gold: dict) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = {side: Counter() for side in side_scores.SIDES}
    side_scores._count(doc, gold, counts, True)
    return counts


def test_right_sides_are_counted_not_listed(side_scores, seed_doc, capsys) -> None:
    counts = _counted(side_scores, seed_doc, _demand(["جون كيري"], ["روسيا", "النظام السوري"]))
    assert counts["source"]["right"] == 1 and counts["target"]["right"] == 1
    assert capsys.readouterr().out == ""


def test_swapped_sides_are_listed_with_the_evidence(side_scores, seed_doc, capsys) -> None:
    counts = _counted(side_scores, seed_doc, _demand(["روسيا"], ["جون كيري"]))
    assert counts["source"]["swapped"] == 1 and counts["target"]["swapped"] == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[0] for line in lines] == ["source swapped", "target swapped"]
    _, kind, said, gold, evidence, sentence = lines[1].split("\t")
    assert kind == "DEMAND" and said == "روسيا (other: كيري)"
    assert gold == "gold روسيا / جون كيري"
    assert evidence.startswith("وطالب كيري") and evidence in sentence


def test_a_guess_of_the_ranker_is_marked(side_scores, seed_doc) -> None:
    event = next(e for e in seed_doc.events if e.target and e.target.attrs.get("ranked"))
    gold = {"type": event.type, "source": [], "target": ["لا أحد"]}
    line = side_scores._line(seed_doc, event, gold, "target", "wrong")
    assert line.split("\t")[2].split(" (other:")[0].endswith("*")
