"""Acts named as a capability or as what "may" happen (issue 13, evhypo): "قادر على"،
"بوسعهم"، "قد ينسحب" tell no act done, while "وقد تم" + verbal noun tells one. Every
sentence is from an unseen article of the news corpus (none of them annotated)."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "كما آمل في المستقبل القريب أن أكون قادرا على زيارة المملكة العربية السعودية،"
            " وسلطنة عمان.",
            "CONSULT",
        ),
        (
            "وتشهد المناطق الواقعة في محيط كركوك وديالى شمالا تدهورا أمنيا، حيث لا يزال"
            " المتشددون قادرين على نصب حواجز وخطف عابرين.",
            "ASSAULT",
        ),
        (
            "وأضافوا إن مسلحي المعارضة الذين درّبتهم الولايات المتحدة وعددهم يقل عن 60 فردًا"
            " سيكونون مسلحين تسليحًا جيدًا وسيكون بوسعهم طلب الدعم الجوي حين يحتاجونه.",
            "DEMAND",
        ),
    ],
)
def test_an_act_someone_can_do_is_not_done(nlp, text, event_type):
    assert event_type not in event_types(nlp, text)


def test_an_act_in_a_phrase_after_the_capability_is_kept(nlp):
    text = (
        "وكان لافروف، قد قال الخميس عقب لقائه نظيره الألماني، هايكو ماس، في موسكو، إنه يجب"
        ' المحافظة على الاتفاق النووي مع إيران، لافتاً إلى أنه "ليس بوسعنا فعل شيء حيال'
        ' قرار أميركا فرض عقوبات أحادية على إيران".'
    )
    sides = event_sides(nlp, text, "SANCTION")
    assert any("أميركا" in s and "إيران" in t for s, t in sides)


def test_a_withdrawal_that_may_come_is_no_rejection(nlp):
    text = (
        "الرئيس الفرنسي، إيمانويل ماكرون، يقول إن نظيره الأمريكي دونالد ترامب قد ينسحب من"
        " الاتفاق النووي مع إيران، لأسباب داخلية."
    )
    assert not any("ترامب" in s for s, _ in event_sides(nlp, text, "REJECT"))


@pytest.mark.parametrize(
    ("text", "event_type", "side"),
    [
        (
            "وقد تم التوصل إلى هذا الاتفاق بين الحكومة السورية وفصائل معارضة محلية، ويقضي"
            " بإخراج المقاتلين الأسلحة الثقيلة والمتوسطة ومستودعات الذخيرة قبل إخراجهم إلى"
            " جرابلس (محافظة حلب) وإلى محافظة إدلب شمال البلاد.",
            "AGREE",
            "الحكومة السورية",
        ),
        (
            "وكان نواز شريف وابنته مريم عادا يوم الجمعة الماضي من لندن حيث ترقد زوجة نواز"
            " شريف في العناية الطبية المركزة في أحد مستشفيات العاصمة البريطانية، وقد تم إلقاء"
            " القبض على نواز شريف وابنته مريم فور وصولهما مطار مدينة لاهور.",
            "COERCE",
            "نواز شريف",
        ),
    ],
)
def test_qad_before_the_passive_auxiliary_tells_a_done_act(nlp, text, event_type, side):
    assert any(side in s + " " + t for s, t in event_sides(nlp, text, event_type))
