"""Cue readings that guard what the quotes layer reads after a cue: participles
written as their passive (words.tsv `passive_alike`)."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _quotes(nlp: Pipeline, text: str) -> list[str]:
    doc = nlp(Document(text=text))
    return [doc.slice(q) for q in doc.quotes or []]


def test_accused_of_is_passive(nlp: Pipeline) -> None:
    text = "فروسيا ضمت شبه جزيرة القرم. كما أنها متهمة بالتدخل في انتخابات عدد من الدول الغربية."
    assert _quotes(nlp, text) == []


def test_accusing_participle_with_its_object_speaks(nlp: Pipeline) -> None:
    text = "وردت الصين ببيان شديد اللهجة، متهمة واشنطن بإشعال حرب تجارية."
    assert _quotes(nlp, text) == ["بإشعال حرب تجارية"]


def test_particle_before_a_two_letter_noun_opens_the_threat(nlp: Pipeline) -> None:
    text = "وتعهد الأسد باستعادة المنطقة، وهدد الرئيس بشن هجوم على منطقة خفض التصعيد."
    assert "بشن هجوم على منطقة خفض التصعيد" in _quotes(nlp, text)


def test_lam_before_a_two_letter_noun_opens_the_call(nlp: Pipeline) -> None:
    assert _quotes(nlp, "ودعا الرئيس لحل الأزمة سلميا.") == ["لحل الأزمة سلميا"]
