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


def test_the_party_a_duty_is_laid_on_is_the_target_not_the_first_name(nlp):
    # Unseen news (seed 10663): Syria is named first, Russia is the one asked to act.
    doc = nlp.analyze(
        "يعتقد وزير الخارجية الفرنسي جان إيف لودريان أنه بعد الضربات الغربية على سوريا، "
        "يجب على روسيا أن تضغط على حليفها الرئيس السوري بشار الأسد للبحث عن مخرج للأزمة "
        "السياسية."
    )
    demands = [e for e in doc.events if e.type == "DEMAND"]
    assert [doc.slice(e.target) for e in demands if e.target] == ["روسيا"]


def test_the_first_party_named_after_a_duty_phrase_is_the_target(nlp):
    # Unseen news (seed 10667): "إن على الدول الثلاث" names no one; "على إثيوبيا" does.
    doc = nlp.analyze(
        'يقول يحيى عبد المجيد "إن على الدول الثلاث أن تتذكر أن أكثر من 300 مليون شخص '
        "يسكنون على ضفاف #نهر_النيل تفتك بهم الأمراض والفقر وأن على إثيوبيا أن تعلم أن "
        'مصر والسودان ليسا ضد رغبتها في التنمية".'
    )
    demands = [e for e in doc.events if e.type == "DEMAND"]
    assert [doc.slice(e.target) for e in demands if e.target] == ["إثيوبيا"]
