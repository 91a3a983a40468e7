"""A cue inside a reported clause after "كان (قد)" keeps the subject before the
auxiliary, the qnest pass (`inner._past_auxiliary`, words.tsv `past_auxiliary`)."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_a_subject_before_kana_qad_speaks_inside_a_reported_clause(nlp: Pipeline) -> None:
    text = (
        "وأوضح المصدر لبي بي سي أن ابنة الزوجين المتوفيين كانت قد قالت إنها "
        '"لا تتهم أحدا بالتسبب في وفاة والديها".'
    )
    texts = quote_texts(nlp.analyze(text))
    assert any(t.startswith("أن ابنة الزوجين") for t in texts), texts  # the outer one stays
    assert "ابنة الزوجين" in speaker_of(nlp, text, "لا تتهم أحدا")


def test_a_subject_before_bare_kana_speaks(nlp: Pipeline) -> None:
    text = "وقال مسؤول إن الرئيس كان قد أكد أن بلاده ستدعم الاتفاق."
    assert "الرئيس" in speaker_of(nlp, text, "أن بلاده ستدعم")


def test_a_coordinating_wakana_opens_no_inner_quotation(nlp: Pipeline) -> None:
    # "وكان" starts a new clause of the writer's: its subject is not looked for before it.
    text = "وقال مسؤول إن الوزارة ستعلن النتائج غدا وكان قد أكد أن الانتخابات نزيهة."
    texts = quote_texts(nlp.analyze(text))
    assert not any(t.startswith("أن الانتخابات") for t in texts), texts
