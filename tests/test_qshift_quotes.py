"""Quotations, the qshift pass (issue 12: indirect quotations Rasd took as another one).

Complaining and recommending report what was said through a preposition, like حذر من
and طالب بـ: "وشكت روسيا من أن …"، "أوصت وزارة التجارة برفض …"."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


COMPLAINTS = [
    # Unseen news (AL-internationalNews-749-20180331).
    (
        "وشكت روسيا من أن بريطانيا لم تقدم أدلة لدعم ادعائها بالتورط الروسي.",
        "من أن بريطانيا لم تقدم أدلة لدعم ادعائها بالتورط الروسي",
        "روسيا",
    ),
    # Unseen news (AL-internationalNews-426-20180311).
    (
        "ويشكو الموظفون الحكوميون في مناطق سيطرة الحوثيين، من عدم صرف مرتباتهم.",
        "من عدم صرف مرتباتهم",
        "الموظفون الحكوميون في مناطق سيطرة الحوثيين",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), COMPLAINTS)
def test_a_complaint_is_reported_speech(nlp: Pipeline, text: str, quote: str, speaker: str) -> None:
    doc = nlp.analyze(text)
    assert quote_texts(doc) == [quote]
    assert speakers(doc) == [speaker]


def test_a_recommendation_is_reported_speech(nlp: Pipeline) -> None:
    # Unseen news (BB-economy-180-20180703).
    doc = nlp.analyze("لكن وزارة التجارة الأمريكية أوصت برفض طلب الرخصة.")
    assert quote_texts(doc) == ["برفض طلب الرخصة"]
    assert speakers(doc) == ["وزارة التجارة الأمريكية"]
