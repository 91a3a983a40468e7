"""An act noun right after "أي" names any act of its kind, none told (issue 13, evhypo,
`events/kind_acts.any_act`): "تحسبا لأي هجوم"، "الاستجابة لأي طلب"، "للتعاون مع أي
تحقيق". A denial of "any" part, and the acts the sentence tells, stand. Every sentence is
from an unseen article of the news corpus (none of them annotated)."""

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
        # seed 11801 (fresh)
        (
            'وأضاف الجيش الإسرائيلي في بيان، أنه تم نشر أنظمته الدفاعية، وأن "الجيش الإسرائيلي'
            ' في حالة تأهب قصوى تحسبا لأي هجوم".',
            "ASSAULT",
        ),
        # seed 11801 (fresh)
        (
            'وأوردت الوكالة الرسمية: إن إرادة كيم "تتمثّل في القضاء التّام على خطر اندلاع نزاع'
            " مسلّح ورعب الحرب في شبه الجزيرة الكورية، لتحويلها إلى مهد للسلام خال من الأسلحة"
            ' النووية ومن أي تهديد نووي".',
            "THREATEN",
        ),
        # seed 11795 (design)
        (
            "كما تم التطرّق إلى التونسيين في السجون السورية، وأكّد الأسد استعداد سلطات بلده إلى"
            " تقديم كل المعطيات والحجج للسلطات التونسية وتمكينها من كل المساعدة والاستجابة لأي"
            " طلب تونسي رسمي في هذا المجال.",
            "DEMAND",
        ),
    ],
)
def test_any_act_of_a_kind_is_none_told(nlp, text, event_type):
    assert event_type not in event_types(nlp, text)


def test_any_inquiry_offered_is_none_but_the_welcome_stands(nlp):
    # seed 11799 (fresh)
    text = (
        "وقال عسيري إن التحالف يرحب بأن يزور محققون اليمن لبحث الانتهاكات الحقوقية التي قد"
        " يكون ارتكبها أي من أطراف الحرب الممتدة منذ أربعة أشهر مؤكدا أن التحالف مستعد"
        " للتعاون مع أي تحقيق في اليمن."
    )
    types = event_types(nlp, text)
    assert "INVESTIGATE" not in types
    assert "SUPPORT" in types


def test_a_denial_of_any_part_and_the_attack_told_stand(nlp):
    # seed 11794 (design seeds' sample, read for the negative case)
    text = (
        "نفى الجيش الإسرائيلي أي مسؤولية له في انفجار وقع في غزة وأسفر عن مقتل ستة من أعضاء"
        " حركة المقاومة الإسلامية (حماس) اليوم السبت."
    )
    assert any("الجيش الإسرائيلي" in s for s, _ in event_sides(nlp, text, "REJECT"))
    assert "ASSAULT" in event_types(nlp, text)
