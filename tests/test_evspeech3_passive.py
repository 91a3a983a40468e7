"""Participle cues read as the passive or a noun, and "دعا" misread in other verbs
(evspeech3, audits of unseen articles, seeds 10065-10067): "مناطق مهددة بالزلازل" are
threatened, "ستة عشر متهمًا في القضية" are the accused, no one threatens or accuses
there; "ويدَّعون" claim and "ودّعت" bade farewell, no demand (words.tsv "passive_cues",
"passive_after"; events/speech.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # Saudi news (audit, seed 10065): regions at risk of earthquakes
        (
            "وتقع بعض هذه المفاعلات في مناطق مهددة بالزلازل، وبالتالي فأي خطأ تقني ينتج عنه "
            "تسرب سيهدد منطقة الخليج كلها.",
            "THREATEN",
        ),
        # Sky News Arabia (audit, seed 10067): sixteen defendants
        (
            "قضت المحكمة العسكرية في مصر بالسجن المؤبد على ستة عشر متهمًا في القضية المعروفة "
            'إعلاميًا باسم "الخلايا النوعية لجماعة الإخوان".',
            "DISAPPROVE",
        ),
        # Saudi news (audit, seed 10065): they claim, written with a shadda
        (
            "فهل كان خريجو البرنامج يكذبون على مشرفي البرنامج، ويدَّعون سلامتهم وشفاءهم من "
            "الانحراف الإرهابي، من أجل أن يطلق سراحهم؟",
            "DEMAND",
        ),
    ],
)
def test_passive_participles_and_other_verbs_are_no_acts(nlp, text, event_type):
    assert event_type not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "وذكرت لندن في وقت سابق إن السم المستخدم من سلالة نوفيتشوك، متهمة روسيا بالوقوف "
            "وراء الهجوم.",
            "DISAPPROVE",
        ),
        ("وقالت الوزارة في بيان، مهددة بالرد على أي هجوم.", "THREATEN"),
    ],
)
def test_the_active_participle_stays_an_act(nlp, text, event_type):
    assert event_type in event_types(nlp, text)
