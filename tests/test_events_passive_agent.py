"""The agent of a killing told in the passive: "برصاص X" (which the segmenter leaves
whole, so its ب is read off the form), "على يد X", "على أيدي X" is the attack's source,
and the victims no dictionary names, between the trigger and the agent's marker, its
target. Sentences from unseen news (../shared/data/news)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "attacker", "victim"),
    [
        (
            "وقتل شاب فلسطيني برصاص جيش الاحتلال في احتجاجات الجمعة السابعة عشرة قرب "
            "السياج الحدودي شرق مدينة غزة.",
            "جيش",
            "شاب",
        ),
        (
            "وكان فتى فلسطيني قد قُتل برصاص الجيش الإسرائيلي وأصيب 220 فلسطينيا في مواجهات "
            "دارت بين الطرفين الجمعة قرب السياج الفاصل بين غزة وإسرائيل شرق مدينة غزة.",
            "الجيش الإسرائيلي",
            "فتى",
        ),
        (
            "وقتل الاثنين 60 فلسطينيا برصاص القوات الإسرائيلية في الأسبوع السابع للاحتجاجات "
            "على الحدود.",
            "القوات الإسرائيلية",
            "60 فلسطينيا",
        ),
        (
            "ولاقت الأنباء استحسانا في غزة، حيث قتل 120 فلسطينيا على الأقل على يد القوات "
            "الإسرائيلية في الاحتجاجات الأخيرة.",
            "القوات الإسرائيلية",
            "120 فلسطينيا",
        ),
    ],
)
def test_the_agent_of_a_passive_killing_is_its_source(nlp, text, attacker, victim):
    sides = event_sides(nlp, text, "ASSAULT")
    assert any(attacker in s and victim in t and "برصاص" not in t for s, t in sides), sides


def test_the_object_of_a_shooting_is_no_victim(nlp):
    # "إطلاق النار … من قبل الشرطة": النار is the act's own object, not who was shot.
    text = 'أوباما يقول إن إطلاق النار على السود من قبل الشرطة "مدعاة للقلق".'
    assert all("النار" not in t for _, t in event_sides(nlp, text, "ASSAULT"))
