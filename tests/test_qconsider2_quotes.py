"""Quotations, the qconsider2 pass (issue 12: a place that "is considered" read as a
quotation).

A present of اعتبر opening its sentence with a place after it (a country, a city, places
joined by "و") is the passive "يُعتبر" when what follows the place is what it is
considered in a shape a place that considers never takes: a word of rank ("ثاني دولة"،
"آخر معقل"), a lone indefinite accusative, or a definite noun phrase with no second
object after it (`considered._place_predicate`). A place that considers names what it
considers and then what that is, or says أن, and keeps its quotation. The sentences are
from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


DESCRIBED = [
    "وتعتبر إندونيسيا ثاني دولة بعد السعودية على قائمة أكثر البلدان هدرا للطعام.",
    "وتعتبر درنة آخر معقل رئيسي للمسلحين الإسلاميين الذين يعارضون الجيش الوطني الليبي "
    "في شرق ليبيا.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_place_that_is_considered_quotes_no_one(nlp: Pipeline, text: str) -> None:
    assert quote_texts(nlp.analyze(text)) == []


HELD = [
    ("وتعتبر قطر هذا المشروع بوابتها إلى أفريقيا.", "هذا المشروع"),
    ("وتعتبر الصين تايوان جزءا من أراضيها.", "تايوان"),
    ("وتعتبر إسرائيل هذه الحركة محاولة لنزع الشرعية عنها.", "هذه الحركة"),
    (
        "وتعتبر روسيا والصين وألمانيا وبريطانيا وفرنسا هذا الاتفاق أفضل وسيلة لمنع إيران "
        "من امتلاك السلاح النووي.",
        "هذا الاتفاق",
    ),
    ("وتعتبر إسرائيل أن القدس بشطريها هي عاصمتها.", "أن القدس"),
]


@pytest.mark.parametrize(("text", "start"), HELD)
def test_a_place_that_considers_is_quoted(nlp: Pipeline, text: str, start: str) -> None:
    quotes = quote_texts(nlp.analyze(text))
    assert any(q.startswith(start) for q in quotes), quotes
