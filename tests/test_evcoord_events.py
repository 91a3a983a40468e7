"""A capital or country joined by و to a party of a reciprocal act (AGREE, CONSULT,
COOPERATE) is its other party, not a place (`sides._place_partner`, used by
`sides.conjoined`); places after a preposition stay places (evcoord, issue 13).
Sentences from unseen news (design seed 10991, fresh seed 10994, and unannotated
ant-multisource articles)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        (
            "والخميس، اتفقت الرياض والقاهرة على ست نقاط تأتي في إطار التعاون والتنسيق "
            "على مستوى البلدين.",
            "AGREE",
            "الرياض",
            "القاهرة",
        ),
        (
            "وتوصلت أنقرة وموسكو إلى اتفاق بشأن شراء تركيا منظومة صواريخ إس-400 الروسية.",
            "AGREE",
            "أنقرة",
            "موسكو",
        ),
        (
            "وفي الشهر الماضي توصلت واشنطن وأنقرة إلى اتفاق مبدئي تنسحب بمقتضاه وحدات "
            "حماية الشعب من منبج.",
            "AGREE",
            "واشنطن",
            "أنقرة",
        ),
    ],
)
def test_a_capital_joined_to_a_party_is_the_other_party(nlp, text, event_type, source, target):
    assert (source, target) in event_sides(nlp, text, event_type)


def test_places_after_a_preposition_are_no_partners(nlp):
    text = (
        "وفاجأ الرئيس الأميركي دونالد ترامب المسؤولين في سول وواشنطن عندما تعهد بإنهاء "
        "المناورات العسكرية بعد لقائه بزعيم كوريا الشمالية كيم جونغ أون في سنغافورة "
        "الأسبوع الماضي."
    )
    assert all(target != "واشنطن" for _, target in event_sides(nlp, text, "AGREE"))
