"""Acts dated by a month told without its year (evdate, issue 13; unseen seeds
11270-11272): a month named right after the trigger, four or more months before the
article's own month, dates an act the story recalls, which is background
(events/month_dates.py, events/history.py `dated_by_month`); a month a few weeks back,
a month told as still to come, or no publication date leaves the act told."""

from __future__ import annotations

from datetime import date

from event_types import event_types
from rasd.events.month_dates import MonthDate, long_before, months_alone

# unseen (seed 11271, an article of 2015-07-26): the seizure of Sanaa, September 2014
SANAA = (
    "ويقول اليمنيون إن عبد الخالق الحوثي شقيق عبد الملك الحوثي زعيم الحوثيين لعب دورا "
    "مهما في استيلاء مقاتليهم على صنعاء في سبتمبر ايلول الماضي."
)
# unseen (seed 11272, an article of 2017-02-28): a visit of the next days
# (month_dates reads no month told as coming; its act is left to the future rules)
VISIT = (
    "يؤدي وزير الشؤون الخارجية بالمملكة البلجيكية ديدييه ريندرس، زيارة رسمية إلى تونس "
    "يومي 1 و2 مارس القادم، بدعوة من نظيره خميس الجهيناوي."
)


def test_a_month_long_before_the_article_is_background(nlp):
    assert "ASSAULT" not in event_types(nlp, SANAA, "2015-07-26")


def test_a_month_weeks_before_the_article_leaves_the_act(nlp):
    assert "ASSAULT" in event_types(nlp, SANAA, "2014-10-12")  # a month back: news
    assert "ASSAULT" in event_types(nlp, SANAA, None)  # no date: the month says nothing


def test_a_month_still_to_come_is_no_past_date(nlp):
    assert "CONSULT" in event_types(nlp, VISIT, "2017-02-28")


def test_months_alone_reads_opened_months_without_a_year():
    text = (
        "في 30 آذار/مارس وفي يونيو/حزيران عام 2017 واب الأسرة وفي مايو المقبل "
        "حتى 12 أيار/مايو وفي التاسع من شهر أبريل وفي أيار/مايو2017"
    )
    months = months_alone(text, 0, len(text))
    assert [(m.month, text[m.start : m.start + 3].strip()) for m in months] == [
        (3, "في"),
        (4, "وفي"),
    ]
    july = date(2015, 7, 26)
    assert long_before(MonthDate(0, 11, False), july)  # 8 months back
    assert long_before(MonthDate(0, 3, False), july)  # 4 months back
    assert not long_before(MonthDate(0, 5, False), july)  # 2 months back
    assert not long_before(MonthDate(0, 8, False), july)  # 11 back, or next month
    assert long_before(MonthDate(0, 8, True), july)  # "في أغسطس الماضي": 11 back
