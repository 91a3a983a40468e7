"""Whom a protest is aimed at when a cue names what it protests: the doer of the act
protested, told in a relative clause or after an agent marker ("ضد الحصار الذي
تفرضه إسرائيل"), and the first actor after "احتجاجا على"/"تنديدا بـ" before a place
protested at (events/protested.py; helper evsides, unseen news seeds 10100, 10104,
10105)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "ومنذ 30 آذار/مارس، يتظاهر فلسطينيو غزة أيضا ضد الحصار الذي تفرضه إسرائيل "
            "منذ أكثر من عشرة أعوام على القطاع الفقير والمكتظ.",
            "إسرائيل",
        ),
        (
            "ويشهد الأردن منذ الأربعاء احتجاجات دعت لها النقابات المهنية ضد مشروع قانون "
            "ضريبة الدخل الذي أقرته الحكومة مؤخرا وأرسلته للبرلمان للتصويت عليه.",
            "الحكومة",
        ),
        (
            "واحتشد آلاف التونسيين السبت أمام مجلس النواب احتجاجا على تقرير لجنة الحريات "
            "الفردية والمساواة المثير للجدل.",
            "لجنة الحريات الفردية والمساواة",
        ),
    ],
)
def test_the_protest_is_aimed_at_the_doer_of_what_it_protests(nlp, text, target):
    sides = event_sides(nlp, text, "PROTEST")
    assert any(t == target for _, t in sides), sides


def test_a_named_genitive_keeps_the_act_s_doer(nlp):
    # "التي يدعمها صندوق النقد الدولي": the fund supports the policies, the
    # government made them
    text = (
        "ونزل آلاف الأردنيين المتضررين من ارتفاع الأسعار إلى الشوارع الأسبوع الماضي "
        "احتجاجا على سياسات الحكومة الاقتصادية التي يدعمها صندوق النقد الدولي."
    )
    sides = event_sides(nlp, text, "PROTEST")
    assert all(t != "صندوق النقد الدولي" for _, t in sides), sides
