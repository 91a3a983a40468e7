"""An attack or killing named after بعد/قبل/عقب/إثر/منذ dates another act: background,
as the definite and possessed nouns there already are (events/triggers.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # FR-internationalNews-1263 (news-gold development fold)
        "عقد مجلس الأمن الدولي اجتماعا طارئا الثلاثاء بعد مقتل العشرات وإصابة أكثر من ألفي "
        "شخص في المنطقة الحدودية من قطاع غزة.",
        # SK-middleEast-1168 (news-gold development fold), shortened
        "وافق المقاتلون على الانسحاب بعد مقتل ستة أشخاص الأسبوع الماضي.",
    ],
)
def test_an_attack_after_a_time_preposition_is_background(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_an_attack_told_as_the_act_is_still_an_attack(nlp):
    text = "وشن الجيش التركي هجوما على مواقع حزب العمال الكردستاني في شمال العراق."
    assert "ASSAULT" in event_types(nlp, text)
