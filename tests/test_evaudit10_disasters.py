"""Deaths by a disaster or a crash are no attacks, from the audit of unseen articles
(evaudit10, seeds 9975 and 9976, and a scan of unseen articles): a disaster read as the
killer, a disaster or crash named after a word of cause ("عندما"، "إثر"), and a death
("مصرع") in a sentence naming an accident, whoever else the sentence names
(events/attributes.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # BBC Arabic, 2018 (audit, seed 9975): the floods read as the killer
        "بالصور: فيضانات قوية تقتل 5 أشخاص في تونس",
        # Al Riyadh, 2015 (audit, seed 9976): the crash named after "عندما"
        "قتل طيار وأصيب آخر عندما تحطمت طائرة هليكوبتر خلال عرض جوي في إقليم ريازان "
        "الروسي اليوم الأحد.",
        # Al Weeam, 2015 (audit, seed 9976): the Red Crescent attended the collision
        "باشرت فرق الهلال الأحمر السعودي بمنطقة الرياض، مساء اليوم الجمعة، حادث تصادم بعد "
        "هجرة سعد شرق نتج عنه مصرع شخص وإصابة 4 آخرين منهم حالة حرجة.",
        # SaudiNewsNet, 2015 (scan of unseen articles): a flood after "إثر"
        "كما لقي 24 مسلحا حوثيا مصرعهم إثر جرفهم بسيل في أحد وديان محافظة الجوف الحدودية "
        "مع السعودية، الأربعاء.",
    ],
)
def test_a_death_by_disaster_or_crash_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "قتل ثلاثة جنود إثر انفجار عبوة ناسفة في شمال سيناء.",
        "قتل خمسة مدنيين جراء قصف قوات النظام على دوما.",
        "لقي جندي مصرعه في هجوم شنه مسلحون على حاجز للجيش.",
        "قتل مسلحون ثلاثة من رجال الشرطة في هجوم على مركز أمني.",
    ],
)
def test_an_attack_told_with_a_cause_is_still_one(nlp, text):
    assert "ASSAULT" in event_types(nlp, text)
