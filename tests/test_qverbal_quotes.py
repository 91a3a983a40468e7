"""Quotations, the qverbal pass (issue 12: a bare complement after whom it was told to).

A cue that takes a bare noun ("أكد"، "نفى"، "أعلن" with a reported fact) has it as what
was said past an audience whose outlet is named in quotation marks ("لوكالة "فرانس
برس" السعر") or that a time phrase follows ("لوكالة فرانس برس في وقت سابق مقتل"):
`audience_nouns.after_audience`. The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


HEARD_CASES = [
    # A quoted outlet name after the audience head.
    (
        'وأكد أحد تجار العملة لوكالة "فرانس برس" السعر، طالبا عدم ذكر هويته.',
        "السعر",
        "أحد تجار العملة",
    ),
    # The outlet's relative adjective and a comma after its quoted name.
    (
        'ونفى تقرير لصحيفة "ليكيب" الفرنسية، صحة هذه التقارير، معتمدا على معلومات من مصدر '
        "في سان جرمان.",
        "صحة هذه التقارير",
        "تقرير",
    ),
    # A time phrase after the audience.
    (
        'وكان مصدران عسكريان أعلنا لوكالة فرانس برس في وقت سابق مقتل جنديين و"13 ارهابيا" '
        "في هجومين منفصلين ضد الجيش في بوني (وسط).",
        "مقتل جنديين",
        "مصدران عسكريان",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), HEARD_CASES)
def test_noun_after_audience_is_said(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    doc = nlp.analyze(text)
    said = [q for q in doc.quotes or [] if doc.slice(q).startswith(start)]
    assert said, quote_texts(doc)
    assert said[0].speaker is not None and doc.slice(said[0].speaker) == speaker


THAT_CASES = [
    # A complementizer after the audience stays what was said.
    (
        'وأكد مصدر أمني لـ"سكاي نيوز عربية" أن سبب الحادث انفجار قنبلة غاز مسيل للدموع '
        "بطريقة الخطأ كانت في المركبة التي يستقلها عناصر الدرك.",
        "أن سبب الحادث",
    ),
    (
        "وأكد وزير الداخلية ملادن مارينوف لاحقا للصحفيين، أن الضحية تعرضت أيضا للاغتصاب.",
        "أن الضحية",
    ),
]


@pytest.mark.parametrize(("text", "start"), THAT_CASES)
def test_that_clause_after_audience_kept(nlp: Pipeline, text: str, start: str) -> None:
    assert any(q.startswith(start) for q in quote_texts(nlp.analyze(text)))
