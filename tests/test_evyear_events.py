"""Acts dated "سنة YYYY" (evyear, issue 13; unseen seeds 11090-11094): the other word
for a year dates history as "عام YYYY" does (events/history.py `dated_before`,
`_years`), and a verb of accusing keeps its event, since the year dates the act
charged while the charge stands today (`_accusing`)."""

from __future__ import annotations

import pytest

from event_types import event_types

LATER = "2018-10-15"


@pytest.mark.parametrize(
    ("text", "event_type", "same_year"),
    [
        # unseen (seed 11092): the airliner downed four years before the article
        (
            "وجرى الكشف عن الاختبار الروسي وسط حديث عن ضلوع روسيا في تفجير طائرة ماليزية "
            "سنة 2014، في شرق أوكرانيا، وهو ما تنفيه موسكو.",
            "ASSAULT",
            "2014-11-01",
        ),
        # unseen (seed 11091): a biography's visits of 1987
        (
            "وقد سبق لأوباما أن زار مرتين بصفته الشخصية في سنة 1987 و2006 كوجيلو مهد عائلته "
            "من جهة والده، وحيث تعيش زوجة جده «ماما سارة».",
            "CONSULT",
            "1987-12-01",
        ),
    ],
)
def test_an_act_dated_sana_to_a_past_year_is_history(nlp, text, event_type, same_year):
    assert event_type in event_types(nlp, text, None)
    assert event_type in event_types(nlp, text, same_year)
    assert event_type not in event_types(nlp, text, LATER)


def test_an_accusation_of_a_dated_act_is_told(nlp):
    # unseen (seeds 11092-11094): the charge stands; 2016 dates the coup attempt
    text = (
        "فالولايات المتحدة ما زالت ترفض تسليم رجل الدين فتح الله غولن الذي يقيم على "
        "أراضيها، وتتهمه تركيا بتدبير محاولة الانقلاب سنة 2016."
    )
    assert "DISAPPROVE" in event_types(nlp, text, LATER)
