"""Acts dated by a span back ("بعد أسبوعين من إطلاق نار") or by "العام الماضي" after
their trigger (evspan, issue 13; unseen seeds 11431, 11449): the story recalls them as
background (events/span_back.py, called from events/history.py `recalled_by_date`);
a span of one week or of days, and the start of an act still going on, leave the act
told."""

from __future__ import annotations

from event_types import event_types

# unseen (seed 11431, an article of 28 February 2018): the Florida shooting two weeks
# before (its toll, in the clause after the comma, is left to another rule)
SHOOTING = (
    "ويأتي الحادث بعد أسبوعين من إطلاق نار في مدرسة ثانوية في فلوريدا، مما أسفر عن مقتل 17 شخصا."
)
# unseen (seed 11449): two years of detention before the release
DETENTION = (
    "نفى الرئيس الأميركي دونالد ترامب إبرام صفقة مع أنقرة لإطلاق سراح القس الأميركي "
    "أندرو برانسون بعد عامين من الاحتجاز وقال إن الخطوة ستساعد في تحسين العلاقات "
    "المتوترة بين البلدين."
)
# unseen (seed 11431, an article of May 2018): a charge of last year
CHARGED = (
    "كما رفعت بعض المشاركات في المظاهرة لافتات تعرض صورة العميد السابق في الجيش "
    "الإسرائيلي أوفيك بوخريس، الذي اتهم العام الماضي بإقامة علاقات جنسية مع إحدى "
    "المجندات."
)


def test_an_act_a_span_of_weeks_or_more_back_is_background(nlp):
    assert event_types(nlp, SHOOTING, "2018-02-28").count("ASSAULT") == 1
    assert "COERCE" not in event_types(nlp, DETENTION, "2018-10-13")


def test_a_single_week_or_a_start_leaves_the_act(nlp):
    week = SHOOTING.replace("أسبوعين", "أسبوع")
    assert event_types(nlp, week, "2018-02-28").count("ASSAULT") == 2
    started = SHOOTING.replace("من إطلاق نار", "من انطلاق هجوم")
    assert event_types(nlp, started, "2018-02-28").count("ASSAULT") == 2


def test_last_year_after_the_trigger_is_background_past_early_in_the_year(nlp):
    assert "DISAPPROVE" not in event_types(nlp, CHARGED, "2018-05-05")
    assert "DISAPPROVE" in event_types(nlp, CHARGED, "2018-01-20")  # last year: weeks back
