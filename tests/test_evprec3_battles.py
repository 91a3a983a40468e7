"""Battles named as a setting are no attack, an outlet's name no act (evprec3, issue 13):
a battle noun after "في" or "قيادة" names the war a side took part in (events/battles.py)."""

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
