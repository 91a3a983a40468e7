"""Battles and protests named as a setting are no attack or protest, an outlet's name no
act, a meeting to come no agreement (evprec3, issue 13; events/battles.py, names.py,
extract.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # unseen news, seed 10202
        "ويشكل الزج بأطفال اليمن الصغار في معارك عبثية انتهاكا في الأعراف والمواثيق الدولية.",
        # unseen news, seed 10202
        "يراهن بن هامل على الجيش وحده في معركة التحرير.",
    ],
)
def test_a_battle_named_as_a_setting_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_a_battle_waged_with_its_sides_is_kept(nlp):
    # unseen news, seed 10201
    text = "وخاضت قوات الجيش الوطني معارك عنيفة مع ميليشيات الحوثي في جبهة نهم."
    assert "ASSAULT" in event_types(nlp, text)


def test_an_outlet_named_by_a_trigger_word_is_no_act(nlp):
    # the name of an outlet after a media noun is no march (events/names.py)
    text = 'وقال الحوثي في خطاب تلفزيوني بثّته قناة "المسيرة" التابعة للحوثيين إن شعبنا سيقف بثبات.'
    assert "PROTEST" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # unseen news, seed 10204
        "وألكسندر بينالا مسؤول سابق يلاحق لارتكابه أعمال عنف خلال تظاهرة في الأول من أيار في باريس.",
        # unseen news, seed 10206: a Tunisian "تظاهرة" is an event of any kind
        "وقال في تصريح خلال تظاهرة نظمتها المؤسسة حول التحول الرقمي إنه قرر الانسحاب من المؤسسة.",
    ],
)
def test_a_protest_that_dates_the_act_is_background(nlp, text):
    assert "PROTEST" not in event_types(nlp, text)


def test_a_protest_told_as_the_act_is_kept(nlp):
    assert "PROTEST" in event_types(nlp, "وخرج آلاف المحتجين في تظاهرة حاشدة ضد الحكومة في بغداد.")


def test_a_meeting_to_come_is_no_agreement(nlp):
    # unseen news, seed 10201: a plan, flagged future, not a promise (events/extract.py)
    assert "AGREE" not in event_types(nlp, "وسيلتقي كيم مع ترامب يوم الثلاثاء في سنغافورة.")


@pytest.mark.parametrize(
    "text",
    ["وأضاف ان بلاده ستقدم مساعدة اخرى لكندا.", "وسيزور الرئيس الفرنسي الجزائر الأسبوع المقبل."],
)
def test_aid_or_a_visit_to_come_is_still_a_commitment(nlp, text):
    assert "AGREE" in event_types(nlp, text)
