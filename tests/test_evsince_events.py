"""Acts counted from a past start with منذ (evsince, issue 13; unseen seeds 11205-11209):
an act whose clause says it runs "منذ عام YYYY" (a tally, a siege, a standing sanction
or aid) from a date that ended more than two months before the article is background
(events/history.py `dated_since`); a start this year, no publication date, or منذ
before another act ("منذ الانتخابات الرئاسية عام 2013", tests/test_evback_events.py)
leaves the act told."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    ("text", "event_type", "same_year"),
    [
        # unseen (seed 11205): sanctions standing since 2014
        (
            "وكانت فرضت عقوبات أوروبية وأميركية على موسكو منذ عام 2014، بسبب الأزمة الأوكرانية.",
            "SANCTION",
            "2014-12-20",
        ),
        # unseen (seed 11205): an agreement of 1990
        (
            "واتفق البلدان الحليفان منذ العام 1990 على نقل المقر إلى معسكر هامفريز، وهي "
            "قاعدة في بيونغ تايك على بعد نحو 60 كلم جنوب العاصمة.",
            "AGREE",
            "1990-12-20",
        ),
        # unseen (seed 11208): executions counted since 1997
        (
            "وقبل اعدام الهاشمي، افادت منظمة العفو الدولية العام الماضي ان 12 شخصا اعدموا "
            "في الامارات منذ العام 1997.",
            "ASSAULT",
            "1997-12-20",
        ),
    ],
)
def test_an_act_since_a_past_year_is_background(nlp, text, event_type, same_year):
    assert event_type in event_types(nlp, text, None)  # no date: the year says nothing
    assert event_type in event_types(nlp, text, same_year)  # a start the article is near
    assert event_type not in event_types(nlp, text, "2018-05-10")


def test_since_far_after_the_trigger_leaves_the_act(nlp):
    # unseen (seed 11208): the air strikes are news; منذ, many words on, counts the
    # insurgency's toll (that killing, right before it, is the one flagged)
    text = (
        "وقالت مصادر أمنية إن طائرات تركية مقاتلة هاجمت معسكرات حزب العمال الكردستاني "
        "في شمال العراق لليلة الثانية يوم الأحد في حملة قد تنهي عملية سلام تهدف إلى "
        "إنهاء تمرد أدى إلى قتل 40 ألف شخص منذ عام 1984."
    )
    assert "ASSAULT" in event_types(nlp, text, "2015-07-27")
