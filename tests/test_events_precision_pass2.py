"""Second precision pass on DEMAND and CONSULT triggers: acts the text names as
already known, and trigger forms that are other words (events/triggers.py,
events/senses.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # CN-middleEast-1478 (news-gold development fold)
        "وما زال خاشقجي مختفيا منذ زيارته إلى القنصلية السعودية في إسطنبول، في 2 أكتوبر.",
        # FR-middleEast-132 (news-gold development fold), shortened
        'وقال المسؤول الأممي مشيراً بعد زيارته دوما مع القافلة الأولى إلى "رائحة نفاذة".',
    ],
)
def test_a_possessed_act_after_a_time_preposition_is_background(nlp, text):
    assert "CONSULT" not in event_types(nlp, text)


def test_a_visit_told_as_an_act_is_still_a_visit(nlp):
    text = "وزار وزير الخارجية الفرنسي جان إيف لودريان القاهرة الأحد والتقى الرئيس المصري."
    assert "CONSULT" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # CN-middleEast-1296 (news-gold development fold), shortened
        'وقالت: "أخذت هذه الصورة مع الرئيس مبارك وطُلب مني عدم نشرها".',
        # FR-internationalNews-298 (news-gold development fold)
        "دعي 3,1 مليون ناخب سيراليوني مسجل إلى مراكز الاقتراع الأربعاء، للإدلاء بأصواتهم.",
    ],
)
def test_a_demand_no_one_is_told_to_make_is_no_event(nlp, text):
    assert "DEMAND" not in event_types(nlp, text)


def test_a_demand_with_its_speaker_is_kept(nlp):
    text = "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريس جميع الدول إلى احترام القانون الدولي."
    assert "DEMAND" in event_types(nlp, text)


def test_a_researcher_is_no_one_urging(nlp):
    # AL-internationalNews-606 (gold development fold), with the sentence before it
    text = (
        "وحذّرت دراسة بريطانية من مخاطر الهواتف. الدراسة أجراها باحثون بجامعة إسيكس "
        "وكلية لندن الجامعية في بريطانيا، ونشروا نتائجها، الأحد، في عدد السبت من دورية علمية."
    )
    assert "DEMAND" not in event_types(nlp, text)


def test_urging_is_still_a_demand(nlp):
    assert "DEMAND" in event_types(
        nlp, "وحث الرئيس الأمريكي دونالد ترامب الكونغرس على إقرار القانون."
    )


@pytest.mark.parametrize(
    "text",
    [
        # FR-internationalNews-268 (news-gold development fold)
        "البرلمان الصيني يناقش تعديلا دستوريا ينصب شي رئيسا مدى الحياة",
        # BB-middleEast-886 (news-gold development fold), shortened
        'وخاصة أن الصحيفة كانت تناقش "أهمية اللهجة واللغة الكردية التي يتحدث بها سكان مدينة عيلام".',
    ],
)
def test_a_topic_discussed_alone_is_no_meeting(nlp, text):
    assert "CONSULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "وناقش وزير الخارجية الروسي سيرغي لافروف مع نظيره التركي مولود جاويش أوغلو الوضع في سوريا.",
        "وناقش الرئيسان الوضع في سوريا.",
    ],
)
def test_talks_with_a_partner_or_between_two_are_a_meeting(nlp, text):
    assert "CONSULT" in event_types(nlp, text)
