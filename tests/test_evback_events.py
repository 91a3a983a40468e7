"""Acts the story recalls by their dates (evback, issue 13; unseen seeds 10970-10974):
an act whose own date phrase right after its trigger names a year that ended before
the article's date ("ووقعت إيران على الاتفاق في عام 2015" in a 2018 article), and the
lines of a "this day in history" page ("1964- البحرية الفيتنامية … تهاجم"), are
background (events/history.py `dated_before`, `almanac_line`); a year given to the
object by a participle or a relative ("الاتفاق النووي المبرم عام 2015"), or after منذ,
leaves the act told."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    ("text", "event_type", "same_year"),
    [
        # unseen (seed 10972): the nuclear deal signed three years before the article
        (
            "ووقعت إيران على الاتفاق في عام 2015 مع ست قوى عظمى، وبموجبه تحد إيران من "
            "برنامجها النووي مقابل رفع عقوبات اقتصادية عنها.",
            "AGREE",
            "2015-09-01",
        ),
        # unseen (seed 10972): a couple's first meeting half a century ago
        (
            "التقى فيكتور وأماليا كنافس عام 1966 في مدينة سيفينشيا بيوغوسلافيا السابقة.",
            "CONSULT",
            "1966-12-01",
        ),
    ],
)
def test_an_act_dated_to_a_past_year_is_history(nlp, text, event_type, same_year):
    assert event_type in event_types(nlp, text, None)  # no date: the year says nothing
    assert event_type in event_types(nlp, text, same_year)  # the article's own year
    assert event_type not in event_types(nlp, text, "2018-05-10")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # unseen (seed 10972): the criticism is news, the agreement is of 2015
        (
            "وكان الرئيس الأميركي، دونالد ترامب، وجه انتقادات شديدة للاتفاق النووي المبرم "
            "عام 2015 بين القوى العالمية وإيران، وحدد مهلة تنتهي في 12 مايو.",
            "DISAPPROVE",
        ),
        # unseen (seed 10973): arrests counted since the elections of 2013
        (
            "وقال التقرير إن أكثر من 12 ألف فنزويلي اعتقلوا اعتباطيا منذ الانتخابات الرئاسية "
            "عام 2013.",
            "COERCE",
        ),
    ],
)
def test_a_year_of_the_object_or_since_leaves_the_act(nlp, text, event_type):
    assert event_type in event_types(nlp, text, "2018-05-10")


def test_an_almanac_line_lists_history(nlp):
    # unseen (saudinewsnet, seed 10970): a "this day in history" page
    line = "البحرية الفيتنامية الشمالية تهاجم المدمرة الاميركية «مادوكس» في خليج تونكين."
    assert "ASSAULT" in event_types(nlp, line, "2015-08-02")
    assert "ASSAULT" not in event_types(nlp, "1964- " + line, "2015-08-02")
    assert "ASSAULT" not in event_types(nlp, "1964 - " + line, None)
