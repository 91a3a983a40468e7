"""A counterpart ("نظيره الصيني") right after an actor is another person, the verb's
object, not part of the actor before it (`sides._counterpart`), and a partner of a
meeting comes after a titled source's own name, not that name (`sides.own_name`,
used by `sides.conjoined`) (evside8, issue 13). Sentences from unseen news (design
seeds 10950-10952, fresh seeds 10953-10954)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        (
            "وشكر الرئيس ترامب نظيره الصيني لقيامه بمحاولة لحل الأزمة الكورية بالطرق السلمية.",
            "SUPPORT",
            "الرئيس ترامب",
            "نظيره الصيني",
        ),
        (
            "والتقى بولتن نظيره الكوري الجنوبي تشونغ ويونغ في واشنطن الأسبوع الماضي لمناقشة "
            "خطط تتعلق بمكان اللقاء.",
            "CONSULT",
            "بولتن",
            "نظيره الكوري الجنوبي",
        ),
        (
            "يستقبل الرئيس الأمريكي دونالد ترامب نظيره الفرنسي في الولايات المتحدة الاثنين "
            "في زيارة تستمر لثلاثة أيام.",
            "CONSULT",
            "الرئيس الأمريكي دونالد ترامب",
            "نظيره الفرنسي",
        ),
    ],
)
def test_a_counterpart_is_the_object(nlp, text, event_type, source, target):
    assert (source, target) in event_sides(nlp, text, event_type)


def test_the_partner_comes_after_the_titled_source_s_name(nlp):
    text = (
        "واجتمع وزير الخارجية الأمريكي مايك بومبيو مع مسؤولين بدول الخليج ومصر والأردن "
        "يوم الجمعة حيث ناقشوا التحالف."
    )
    assert event_sides(nlp, text, "CONSULT") == [
        ("وزير الخارجية الأمريكي مايك بومبيو", "مسؤولين بدول الخليج")
    ]
