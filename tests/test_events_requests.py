"""The bare word طلب read as the noun "a request" (evdemand)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def test_a_request_with_a_common_noun_as_asker_is_no_demand(nlp):
    doc = nlp.analyze("وتقول الشركة إن ما يميز التطبيق هو السرعة في سهولة طلب سيارة أجرة.")
    assert not [e for e in doc.events if e.type == "DEMAND"]


def test_a_named_body_that_asked_keeps_its_demand(nlp):
    doc = nlp.analyze(
        "وطلب مجلس سوريا الديمقراطية من الحكومة السورية الاعتراف باللغة الكردية لغة رسمية."
    )
    assert [e for e in doc.events if e.type == "DEMAND"]


def test_a_request_made_of_someone_is_the_verb(nlp):
    # Unseen news: "من" after the bare form marks the verb "asked".
    doc = nlp.analyze("وقبل دقائق من الحادث، طلب منظمو الاحتفال من الحشد التراجع قليلا.")
    assert [e for e in doc.events if e.type == "DEMAND"]
