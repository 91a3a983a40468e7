"""Acts told in a sentence an old year opens (evfalse, issue 13; unseen news of design
seeds 11772-11776): "وفي عام 2013، اتهمت مالاوي مادونا …" in a 2018 story is
background (`year_opened.opened_by_year`); the gold codes such acts as optional. The
same sentence in a story of that year, or with a later date before the act, stays told."""

from __future__ import annotations

from event_types import event_types

# unseen (BBC, 21 February 2018): Malawi's charges against Madonna in 2013
MALAWI = (
    'وفي عام 2013، اتهمت مالاوي مادونا "بالاستقواء على مسؤولي الدولة"، وأنها تبالغ في '
    "مساهماتها لمالاوي، وتطالب بمعاملتها مثل كبار الشخصيات."
)
# unseen (BBC, 3 August 2018): the Druze refusal of 1925, a verb far from the year
DRUZE = (
    "وفي عام 1925، كان للدروز دور كبير في محاربة الاحتلال الفرنسي لسوريا، حيث رفضوا "
    "تشكيل الدولة الدرزية واشعلوا نيران ثورة سوريا الكبرى."
)


def test_acts_of_a_sentence_an_old_year_opens_are_background(nlp):
    assert event_types(nlp, MALAWI, "2018-02-21") == []


def test_a_verb_far_from_the_opening_year_is_background_too(nlp):
    assert "REJECT" not in event_types(nlp, DRUZE, "2018-08-03")


def test_the_same_sentence_in_a_story_of_that_year_stays_told(nlp):
    assert event_types(nlp, MALAWI, "2013-06-10") != []


def test_a_later_date_before_the_act_gives_it_its_own_time(nlp):
    told = MALAWI.replace("اتهمت", "وفي 3 فبراير اتهمت")
    assert event_types(nlp, told, "2018-02-21") != []
