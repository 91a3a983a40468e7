"""Sides of events on unseen news (evsides, audit seeds 10072 and 10073): who suffered an
act told after a facing verb ("تعرض موقع باروا العسكري لهجوم من قبل …") is the subject
right after that verb, even when no dictionary knows it, not the ministry or authority
reporting it, the attackers' adjective or the attackers themselves
(events/clauses.py `facing_subject`); who did it may follow a bare من, as من قبل
("تتعرض الغوطة الشرقية لقصف مكثف من القوات الحكومية", `facing_agent`)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # AFP via unseen news: the ministry reports, the post was attacked
        (
            "وقالت وزارة الدفاع في بيان تلاه التلفزيون الرسمي ليل السبت إنه تعرض موقع "
            "باروا العسكري لهجوم من قبل جماعة بوكو حرام الإرهابية.",
            "موقع باروا",
        ),
        # unseen news: a subject no dictionary knows, not the adjective after the act
        (
            "تعرض رجل ثمل لهجوم قاتل، بطريقة بشعة من طرف مجموعة من الكلاب الضالة أثناء "
            "عودته إلى المنزل ليلا بمنطقة خانتي مانسي وسط روسيا.",
            "رجل ثمل",
        ),
        # unseen news: the police who report it are no target
        (
            "وأعلنت شرطة نوتنغهام أنها بدأت التحقيق عقب ورود تقارير بتعرض فتاة للاعتداء في "
            "شارع البرلمان في نوتنغهام حوالي الساعة 8:00 مساء الثلاثاء.",
            "فتاة",
        ),
    ],
)
def test_who_suffered_the_act_is_its_target(nlp, text, target):
    assert any(target in t for _, t in event_sides(nlp, text, "ASSAULT"))


def test_the_attackers_after_the_act_are_not_its_target(nlp):
    # unseen news: "لهجمات جماعة بوكو حرام" names the attackers
    text = "وسبق أن تعرضت موبي لهجمات جماعة بوكو حرام الجهادية."
    sides = event_sides(nlp, text, "ASSAULT")
    assert sides
    assert all("بوكو حرام" not in t for _, t in sides)


def test_a_subject_before_the_verb_stays_the_target(nlp):
    # unseen news: "تتعرض بالفعل": the subject came first, "بالفعل" is no side
    text = (
        "قالت صحيفة فيلت ام زونتاج الألمانية إن ألمانيا رفعت مستوى التأهب تحسبا لهجمات "
        "الكترونية قبل الانتخابات البرلمانية قائلة إن المواقع الحكومية على الانترنت تتعرض "
        "بالفعل لهجمات يومية."
    )
    doc_sides = [t for _, t in event_sides(nlp, text, "DISAPPROVE")]
    doc_sides += [t for _, t in event_sides(nlp, text, "ASSAULT")]
    assert all("الفعل" not in t for t in doc_sides)


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        # unseen news: the shelling's doers after من, not the gunmen of the next clause
        (
            "ومنذ يوم الأحد الماضي تتعرض الغوطة الشرقية لقصف مكثف من القوات الحكومية، "
            "بينما يطلق مسلحون هناك قذائف باتجاه دمشق.",
            "ASSAULT",
            "القوات الحكومية",
        ),
        # unseen news
        (
            'وأضاف: "كما تعرضت قواتنا لهجمات من جيش الحكومة في ولاية لاتجور، وتمكنت '
            'قواتنا من صد الهجوم".',
            "ASSAULT",
            "جيش الحكومة",
        ),
        # unseen news
        ("وتعرض إقبال لتهديدات من متطرفين في الماضي.", "THREATEN", "متطرفين"),
    ],
)
def test_who_did_a_suffered_act_follows_min(nlp, text, event_type, source):
    sides = event_sides(nlp, text, event_type)
    assert any(source in s and source not in t for s, t in sides)
