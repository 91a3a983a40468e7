"""Acts told after حين or عندما that follows a date a year or more before the article
(evdate2, issue 13; unseen seeds 11381-11385): the conjunction gives the act the date
before it, which the story recalls as background (events/dated_when.py, called from
events/history.py `recalled_by_date`); a date within the year, or the act's own
recent date after its trigger, leaves the act told."""

from __future__ import annotations

from event_types import event_types

# unseen (seed 11384, an article of early 2018): the Chibok kidnapping of April 2014
CHIBOK = (
    "وأعادت حادثة الخطف في دابشي في 19 فبراير إلى الأذهان حادثة مماثلة وقعت في شيبوك "
    "في أبريل 2014 عندما خطفت أكثر من مئتي فتاة."
)
# unseen (seed 11383): a killing of October 2014, the start of a case tried later
CASE = (
    "وتعود أطوار القضيتين إلى يوم 23 أكتوبر 2014 حين أقدم متهمان إثنان على قتل حارس "
    "استراحة كائنة بشط الجريد وكانا يعتزمان آنذاك استهداف مجموعة من السياح."
)
# unseen (seed 11384, an article of February 2018): the inquiry opened in 2017, the
# arrest after عندما has its own date of this February
ARREST = (
    "فتح هذا التحقيق عام 2017 لكنه تطور وبات يشكل تهديدا على رئيس الحكومة عندما اعتقل "
    "إيلوفيتش في الثامن عشر من شباط/فبراير مع ستة أشخاص آخرين بينهم اثنان من المقربين "
    "من نتانياهو."
)

# unseen (seed 11383): a resolution of 1975; the day it names is no date of the act
DAY = (
    "وتبنت منظمة الأمم المتحدة هذه المناسبة في عام 1975 عندما أصدرت قرارا يدعو دول "
    "العالم إلى اعتماد يوم الثامن من مارس يوما عالميا للاحتفال بهذا اليوم سنويا."
)


def test_an_act_after_when_and_an_old_date_is_background(nlp):
    assert "ASSAULT" not in event_types(nlp, CHIBOK, "2018-03-01")
    assert "ASSAULT" not in event_types(nlp, CASE, "2018-03-10")
    assert "DEMAND" not in event_types(nlp, DAY, "2018-03-08")


def test_a_date_within_the_year_leaves_the_act(nlp):
    assert "ASSAULT" in event_types(nlp, CHIBOK, "2014-06-01")  # two months back: news
    assert "ASSAULT" in event_types(nlp, CHIBOK, None)  # no date: the year says nothing


def test_the_acts_own_recent_date_after_the_trigger_leaves_it(nlp):
    assert "COERCE" in event_types(nlp, ARREST, "2018-02-26")
