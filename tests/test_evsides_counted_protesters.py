"""A bare count right after a protest verb ("وتظاهر الآلاف"، "تظاهر الأحد مئات
الآلاف") is the protest's subject: an actor named later in the clause is what the
protest is aimed at, not the protesters (events/frames.py `_counted_subject`; helper
evsides, unseen news sentences of seed 10106)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "source", "not_source"),
    [
        # the regime to be brought down is no protester
        ("وتظاهر المئات للمطالبة بإسقاط النظام.", "المئات", "النظام"),
        # a time word between the verb and the count
        (
            "وتزامنا مع مرور عام كامل على احتلال داعش قضاء سنجار تظاهر أمس مئات "
            "الإيزيديين في محافظة أربيل مركز إقليم كردستان.",
            "مئات الإيزيديين",
            "داعش قضاء سنجار",
        ),
        (
            'وفي مدينة غزة تظاهر مئات الموظفين في المقر الرئيسي لـ"الأونروا"، حيث حاول '
            "أحدهم إضرام النار في جسده قبل أن يمنعه آخرون.",
            "مئات الموظفين",
            "وفي مدينة غزة",
        ),
    ],
)
def test_a_count_after_a_protest_verb_is_its_source(nlp, text, source, not_source):
    sides = event_sides(nlp, text, "PROTEST")
    assert any(s == source for s, _ in sides), sides
    assert all(s != not_source for s, _ in sides), sides


def test_the_actor_named_after_the_count_is_the_target(nlp):
    sides = event_sides(nlp, "وتظاهر المئات للمطالبة بإسقاط النظام.", "PROTEST")
    assert ("المئات", "النظام") in sides, sides
