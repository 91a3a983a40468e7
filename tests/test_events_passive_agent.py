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


@pytest.mark.parametrize(
    ("text", "event_type", "agent"),
    [
        (
            "لقيت سياسية أمريكية سابقة مصرعها على يد زوجة عشيقها، التي أطلقت عليها النار "
            "في منزلها بمدينة فيلادلفيا.",
            "ASSAULT",
            "زوجة عشيقها",
        ),
        (
            "ويعتقد أنها قتلت على يد سائق سيارة أجرة كانت قد استخدمتها عبر خدمة تسمى هيتش.",
            "ASSAULT",
            "سائق سيارة أجرة",
        ),
    ],
)
def test_an_agent_no_dictionary_names_is_the_source(nlp, text, event_type, agent):
    # "على يد [زوجة عشيقها]": the phrase after the marker, though no actor is known there.
    assert any(agent in s for s, _ in event_sides(nlp, text, event_type))


def test_a_year_after_a_time_word_is_no_victim(nlp):
    text = "اعتقل عام 1979 من قبل الحكومة العراقية مرتين بتهمة المشاركة في الحركة السياسية الكردية."
    assert all("1979" not in t for _, t in event_sides(nlp, text, "COERCE"))


@pytest.mark.parametrize(
    ("text", "attacker", "victim"),
    [
        # unseen news, seeds 10650 and 10655 (evside5)
        (
            "والجمعة قتل 43 مدنيا على الأقل بقصف للقوات التركية على مدينة عفرين، شمالي سوريا.",
            "القوات التركية",
            "43 مدنيا",
        ),
        (
            "وأفادت مصادر ميدانية أن المشراقي وعددا من مرافقيه لقوا مصرعهم بغارة جوية "
            "للتحالف العربي استهدفت مواقعهم في جبهة نهم شرق صنعاء.",
            "التحالف العربي",
            "",
        ),
        (
            "كما قتل 8 مدنيين واصيب 17 اخرين بقصف عشوائي للحوثيين وقوات صالح على الاحياء "
            "السكنية في مدينة تعز .",
            "الحوثيين",
            "مدنيين",
        ),
    ],
)
def test_an_armed_group_after_a_means_of_attack_is_its_source(nlp, text, attacker, victim):
    # "بقصف للقوات التركية"، "بغارة جوية للتحالف": the group joined to ل after an
    # attack noun led by ب made the attack, as the shooter after "برصاص".
    sides = event_sides(nlp, text, "ASSAULT")
    assert any(attacker[1:] in s and victim in t for s, t in sides), sides
    assert all(victim[1:] not in s for s, _ in sides if victim), sides


def test_an_attack_noun_led_by_ba_names_no_doer_without_lam(nlp):
    # unseen news, seed 10655: "بغارة إسرائيلية" has no group after ل; the nisba
    # reaches the attack through the verb the raid is the subject of.
    text = (
        "مصرع القيادي في ميليشيات حزب الله سمير القنطار بغارة إسرائيلية استهدفت مبنى في "
        "بلدة جرمانا بريف دمشق."
    )
    sides = event_sides(nlp, text, "ASSAULT")
    assert all("القيادي" not in s for s, _ in sides), sides
