"""Event classes from the audit of unseen articles (evaudit19, seeds 10032 and 10033):
the passive أصيب has no generated present, whose forms are the active "hits" (يصيب
مرض) and the noun "share" (نصيب), never the one hurt (events/data/triggers.tsv)."""

from __future__ import annotations

import pytest

from event_types import event_types
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
