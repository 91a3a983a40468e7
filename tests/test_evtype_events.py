"""Events of the wrong type (issue 13): classes of sentences where the trigger's own
type is not the act the sentence tells. Every sentence is from an unseen article of the
ANT corpus (none of them annotated)."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "وانسحبت الولايات المتحدة من الاتفاق النووي في مايو بسبب استغلال إيران لرفع الحظر"
            " على أموالها المجمدة في الخارج.",
            "الولايات المتحدة",
        ),
        (
            "ويأتي الاحتجاج في وقت تشهد فيه إيران انسحاب الرئيس الأميركي دونالد ترامب من"
            " الاتفاق النووي بين طهران والقوى العالمية.",
            "دونالد ترامب",
        ),
        (
            "وجددت ماي خلال لقائهما دعمها للاتفاق النووي الإيراني الذي أعلنت الولايات المتحدة"
            " انسحابها منه في مطلع أيار/مايو الماضي.",
            "الولايات المتحدة",
        ),
    ],
)
def test_a_withdrawal_from_a_pact_rejects_it(nlp, text, source):
    found = event_sides(nlp, text, "REJECT")
    assert any(source in s for s, _ in found), found
    assert "RETREAT" not in event_types(nlp, text)


def test_a_withdrawal_from_a_place_stays_a_retreat(nlp):
    text = "وانسحبت القوات الحكومية السورية من المناطق ذات الأغلبية الكردية شمال البلاد."
    assert "REJECT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "وافق القضاء الألماني الخميس على تسليم الرئيس الكاتالوني السابق الانفصالي كارلس"
            " بيغديمونت إلى مدريد في قضية اختلاس أموال، رافضا الأخذ بتهمة التمرد الأخطر"
            " الموجهة إليه في إسبانيا.",
            "القضاء",
        ),
        (
            "فيما اعتبر محامي برونسون أن الأدلة التي قدمها الادعاء غير قوية، رافضا كل الاتهامات.",
            "محامي برونسون",
        ),
        (
            'وقال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين، الجمعة، إن "روسيا لا تنوي'
            ' خوض سباق تسلح"، رافضا اتهامات واشنطن بأن موسكو تنتهك التزاماتها الدولية.',
            "الكرملين",
        ),
    ],
)
def test_a_first_form_participle_is_the_act_of_the_clause_subject(nlp, text, source):
    """ "، رافضا …"، "، نافيا …": like "متهما"، "مطالبا", the act of whom the sentence tells of,
    not a rejection no one made."""
    found = event_sides(nlp, text, "REJECT")
    assert any(source in s for s, _ in found), found


def test_a_negator_before_a_clause_of_contrast_does_not_reach_past_it(nlp):
    text = (
        "وكان البنتاغون يعمل على زيارة لماتيس إلى بكين في وقت لاحق من هذا الشهر للقاء الجنرال"
        " فينغي بهدف إجراء مباحثات أمنية، لكن الصين رفضت في نهاية المطاف اعطاء اي موعد."
    )
    assert any("الصين" in s for s, _ in event_sides(nlp, text, "REJECT"))


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        (
            "أمر الادعاء التركي باحتجاز 70 ضابطا في الجيش للاشتباه في صلتهم برجل الدين فتح الله"
            " غولن، وفقا لوسائل إعلام تركية.",
            "COERCE",
            "الادعاء التركي",
        ),
        (
            "فقد أمرت محكمة فرنسية باعتقال رمضان المفكر البارز والأستاذ في جامعة أوكسفورد في شباط"
            "/فبراير الماضي.",
            "COERCE",
            "محكمة فرنسية",
        ),
    ],
)
def test_an_act_ordered_is_coded_with_whom_ordered_it(nlp, text, event_type, source):
    """ "أمر بـ<act>": the verbal noun after an order is the act, not a purpose."""
    assert any(source in s for s, _ in event_sides(nlp, text, event_type))
