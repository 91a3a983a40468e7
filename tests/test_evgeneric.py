"""Acts told as a practice, of everyone who does them, or as possible (issue 13,
evgeneric): "الاعتقال الإداري الذي تنتهجه إسرائيل"، "سياسة إطلاق النار"، "بكل من يعارض
وجودها"، "التهديدات المحتملة" tell no act done, while the attacks a present relative
clause tells of a party and an accusation "كل من" opens are kept. Every sentence is from
an unseen article of the news corpus (none of them annotated)."""

from __future__ import annotations

import pytest

from event_types import event_types
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def test_an_act_named_as_a_practice_is_generic(nlp):
    text = (
        'مشيرا الى ان "الاسير الفلسطيني يعتمد وسيلة الإضراب عن الطعام كأحد وسائل النضال'
        " لتحقيق مطالبه من سلطات الاحتلال الاسرائيلي، وخاصة الاحتجاج على الاعتقال الاداري"
        ' الذي تنتهجه اسرائيل".'
    )
    types = event_types(nlp, text)
    assert "COERCE" not in types  # "الاعتقال الاداري الذي تنتهجه"
    assert "PROTEST" not in types  # "وسيلة الإضراب": a means of struggle


def test_a_policy_of_an_act_is_generic(nlp):
    text = (
        'واعتبرت في التماسها أن "سياسة إطلاق النار ضد المتظاهرين في قطاع غزة (...) ليست'
        ' قائمة وفقا لأعراف القانون الدولي".'
    )
    assert "ASSAULT" not in event_types(nlp, text)


def test_an_act_of_everyone_who_does_it_is_generic(nlp):
    text = (
        "وقد أظهر الفيديو كمية العنف التي تمارس فيها ميليشيات الحوثي شتى وسائل القمع"
        " والتنكيل بكل من يعارض وجودها."
    )
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_a_possible_threat_is_none_made(nlp):
    text = (
        'وتهدف المبادرة المدعومة من قبل "ناسا" ومسؤولي الطوارئ الفيدراليين والبيت الأبيض إلى'
        " تنسيق الجهود خلال السنوات العشر القادمة للكشف عن التهديدات المحتملة للكويكبات،"
        " والعمل على التصدي لها إذا شكلت خطرا على الأرض."
    )
    assert "THREATEN" not in event_types(nlp, text)


def test_attacks_a_relative_clause_tells_of_a_party_are_kept(nlp):
    text = (
        "وأسفرت الهجمات التي يشنها متشددون، منذ ثورة عام 2011، عن مقتل العشرات من قوات الأمن"
        " فضلا عن 59 سائحا."
    )
    assert "ASSAULT" in event_types(nlp, text)


def test_an_accusation_by_both_of_two_states_is_kept(nlp):
    text = (
        "واتهمت كل من الولايات المتحدة وبريطانيا نظام صدام، بامتلاك مخزونات من أسلحة الدمار الشامل."
    )
    # "كل من" before names is "both": the accusation is one act, kept.
    assert "DISAPPROVE" in event_types(nlp, text)
