"""Demands told as a duty laid on a named party under a plain cue (evspeech2)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def test_a_duty_laid_on_a_named_state_is_its_demand(nlp):
    doc = nlp.analyze("وتابع وزير الخارجية السعودي أن على قطر التوقف عن توفير ملاذ للإرهابيين.")
    demands = [e for e in doc.events if e.type == "DEMAND"]
    assert demands
    assert doc.slice(demands[0].target) == "قطر"


def test_a_duty_of_no_named_party_is_no_demand(nlp):
    doc = nlp.analyze(
        'وقال "بيزنيس إنسايدر" إن على الموظف، الذي يكسب الحد الأدنى للأجور في أمازون، '
        "أن يشتغل 24 ساعة في اليوم ولمدة 68 عاما."
    )
    assert not [e for e in doc.events if e.type == "DEMAND"]


def test_a_named_party_that_must_act_is_the_target_of_a_demand(nlp):
    # Unseen news: "روسيا يجب أن تختفي وتصمت"، "ينبغي لأوروبا التمسك بالاتفاق".
    doc = nlp.analyze(
        'إذ قال وزير الدفاع البريطاني غافين ويليامسون، إن "روسيا يجب أن تختفي وتصمت".'
    )
    demands = [e for e in doc.events if e.type == "DEMAND"]
    assert demands
    assert doc.slice(demands[0].target) == "روسيا"


def test_a_place_inside_what_must_happen_is_no_party(nlp):
    # "مصير إدلب يجب أن يحسم": the fate must be settled, Idlib is asked nothing.
    doc = nlp.analyze('وقال لودريان بهذا الصدد إن "مصير إدلب يجب أن يحسم في إطار عملية سياسية".')
    assert not [e for e in doc.events if e.type == "DEMAND"]


def test_a_duty_laid_on_an_unnamed_body_is_its_demand(nlp):
    # Dev fold 0-1 forms: "إن على القضاء التصدي"، "يتعين على الأوروبيين اتخاذ قرار".
    doc = nlp.analyze(
        "وقال المرشد الإيراني علي خامنئي إن على القضاء التصدي لمن يكدرون الأمن الاقتصادي."
    )
    assert [e for e in doc.events if e.type == "DEMAND"]
