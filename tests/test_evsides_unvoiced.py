"""A killing verb whose victim no dictionary knows, followed by the wounded or the
attack ("قتل جنديان أميركيان في هجوم شنه مسلحون"، "قتل فلسطينيان وأصيب ثالث جراء
انفجار"), is the unvoiced passive: the words after it are the victim, not the
attacker (events/unvoiced.py; helper evsides, seventeenth-session sides, unseen news
sentences of seed 10101)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        # a dual, then the wounded and the blast
        (
            "قتل فلسطينيان وأصيب ثالث، الأحد، جراء انفجار داخل مبنى سكني في غزة.",
            "فلسطينيان",
        ),
        # a dual, then the attack and its doer
        (
            "وفي محافظة الحديدة، قتل حوثيان وأصيب 4 آخرون في هجوم مسلح للمقاومة على "
            "نقطة تابعة للمتمردين بمديرية باجل غربي اليمن.",
            "حوثيان",
        ),
        # the victim's unit after a partitive من is part of the victim
        (
            "من جهة أخرى قتل مسلحان من مليشيات الحوثي وأصيب أربعة آخرون، في هجوم شنته "
            "اليوم المقاومة الشعبية على تجمع للميليشيا بمدينة الحديدة.",
            "مسلحان من مليشيات الحوثي",
        ),
    ],
)
def test_the_words_after_an_unvoiced_killing_verb_are_its_victim(nlp, text, victim):
    sides = event_sides(nlp, text, "ASSAULT")
    assert any(target == victim for _, target in sides), sides
    assert all(source != victim for source, _ in sides), sides


def test_the_attack_s_doer_is_the_source(nlp):
    text = "وقتل جنديان أميركيان في هجوم شنه مسلحون على دوريتهما."
    assert ("مسلحون", "جنديان أميركيان") in event_sides(nlp, text, "ASSAULT")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a subject before the verb after أن: the verb is active
        (
            "وذكرت السلطات الفرنسية أن مهاجما قتل أحد المارة في هجوم بسكين قبل أن "
            "تقتله الشرطة بالرصاص.",
            "مهاجما",
        ),
        # a verb joined by و goes on with the subject of the verb before it
        (
            "أعلن حاكم الإقليم أن جيش بوروندي اعتقل عشرات المسلحين وقتل آخرين في "
            "اشتباكات استمرت لمدة يومين في الشمال.",
            "جيش بوروندي",
        ),
    ],
)
def test_a_killing_verb_with_its_own_subject_stays_active(nlp, text, source):
    sides = event_sides(nlp, text, "ASSAULT")
    assert any(s == source for s, _ in sides), sides
