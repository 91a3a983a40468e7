"""Event classes from the audit of unseen articles (evaudit19, seeds 10032 and 10033):
the passive أصيب has no generated present, whose forms are the active "hits" (يصيب
مرض) and the noun "share" (نصيب), never the one hurt (events/data/triggers.tsv); the
actor after the من of an attack or protest noun is its doer ("هجوما من تنظيم داعش",
events/side_agents.py `from_agent`), unless من tells where it came from or is partitive; a
killing verb whose victim's name (joined across an adjective) or the wounded told with it
("وأصيب 4 آخرون") is followed by في + an attack noun is the unvoiced passive
(events/verb_sides.py `_by_attack`)."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types
from rasd.events.lexicon import TriggerLexicon


def test_the_passive_of_hitting_has_no_active_present():
    lexicon = TriggerLexicon()
    assert lexicon.lookup(["اصيب"])
    assert not lexicon.lookup(["نصيب"]) and not lexicon.lookup(["يصيب"])


@pytest.mark.parametrize(
    "text",
    [
        # SaudiNewsNet (audit, seed 10033): the share of Saudi tourists
        "وحسب تلك المعلومات كان نصيب سياح سعوديين في تلك الفترة المذكورة 9.852 ليلة، "
        "وسياح إمارتيين 16.715 ليلة.",
        # SaudiNewsNet (unseen): a disorder strikes 60 million people
        "ويقدر عدد المصابين بالفصام بحوالي 23 مليون شخص، في حين يصيب الاضطراب الثنائي "
        "القطب 60 مليون شخص.",
        # Jawhara FM (unseen): the Nasib border crossing
        "سيطرت قوات النظام السوري، الجمعة، على معبر نصيب الحدودي مع الأردن كجزء من "
        "الاتفاق مع المعارضة السورية.",
    ],
)
def test_a_share_or_a_disease_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_the_wounded_are_still_an_attack(nlp):
    # Jawhara FM (audit, seed 10032)
    text = (
        "لقي 3 أشخاص على الأقل مصرعهم وأصيب 12 آخرون في قصف استهدف أمس الثلاثاء منطقة "
        "سكنية بمدينة بنغازي الليبية."
    )
    assert "ASSAULT" in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # Jawhara FM (audit, seed 10032)
        (
            "وأفاد أنه تم العثور على أحزمة ناسفة ومتفجرات في منزل بمنطقة العويجي في بنقردان "
            "التي شهدت هجوما من تنظيم داعش يوم 7 مارس.",
            "داعش",
        ),
        # SaudiNewsNet (unseen)
        (
            "وخلص تقرير الأمم المتحدة إلى أن الخسائر البشرية في صفوف المدنيين بسبب الهجمات "
            "الجوية من قوات التحالف الدولي والقوات الأفغانية ارتفعت بنسبة 88 %.",
            "قوات التحالف",
        ),
    ],
)
def test_the_actor_after_min_is_the_attacker(nlp, text, doer):
    assert any(doer in source for source, _ in event_sides(nlp, text, "ASSAULT"))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # SaudiNewsNet (unseen): near a settlement
        ("ووقع الهجوم بالقرب من مستوطنة ميفو دوتان غربي مدينة جنين.", "مستوطنة"),
        # SaudiNewsNet (unseen): where the attack came from
        (
            'وقالت وزارة الاتصالات في بيان "إن مصدر الهجوم من خارج إيران وقد يكون من '
            'خارج الشرق الأوسط".',
            "إيران",
        ),
    ],
)
def test_min_of_a_place_names_no_attacker(nlp, text, place):
    assert not any(place in source for source, _ in event_sides(nlp, text, "ASSAULT"))


def test_a_protest_near_a_parliament_is_not_held_by_it(nlp):
    # SaudiNewsNet (unseen)
    text = "ومن المقرر انطلاق مظاهرة بالقرب من البرلمان الاسكتلندي في إدنبره السبت."
    assert not any("البرلمان" in source for source, _ in event_sides(nlp, text, "PROTEST"))


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        # Jawhara FM (audit, seed 10032)
        (
            "قتل القيادي الجهادي البارز أبو الحسن التونسي في الاشتباكات التي اندلعت أمس.",
            "التونسي",
        ),
        # SaudiNewsNet (unseen)
        (
            "قتل جندي أميركي وأصيب أربعة آخرون في هجوم وقع بالصومال، وفق ما ذكرت تقارير "
            "إعلامية الجمعة.",
            "جندي",
        ),
    ],
)
def test_the_killed_before_the_attack_are_its_victims(nlp, text, victim):
    sides = event_sides(nlp, text, "ASSAULT")
    assert any(victim in target and victim not in source for source, target in sides)


def test_a_killer_before_a_definite_victim_is_still_the_killer(nlp):
    # SaudiNewsNet (unseen)
    text = (
        "وفى العام الذي سبقه قتل مسلح نازي المشرعة جو كوكس في هجوم في الشارع قبل أسبوع "
        "من إجراء الاستفتاء على الانسحاب من الاتحاد الأوروبي."
    )
    assert ("مسلح", "المشرعة جو كوكس") in event_sides(nlp, text, "ASSAULT")
