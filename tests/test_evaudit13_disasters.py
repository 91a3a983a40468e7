"""Event classes from the audit of unseen articles (evaudit13, seeds 9990 and 9991): a
death "in" a disaster ("مقتل 58 شخصا في حريق برج") is the disaster's, no attack, as one
after "إثر" or "عندما" is (events/attributes.disaster_caused); so is a death told with a
manner that names no killer ("مصرعهم اختناقا بالغاز"، "غرقا";
events/attributes.accidental_manner)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM, 2017 (audit, seed 9991): the speaker was read as the killer
        "رجّح قائد شرطة لندن ستيوارت كوندي، اليوم السبت، مقتل 58 شخصا من المفقودين في "
        "حريق برج غرينفل، غربي لندن، يوم الأربعاء 14 جوان الجاري.",
        # BBC Arabic, 2018 (unseen, 329 articles naming a disaster after "في")
        "قُتل حوالي 24 شخصا في حريق شب في مركز لتأهيل مدمني المخدرات في مدينة باكو، "
        "عاصمة أذربيجان، وفقا لوسائل إعلام محلية.",
    ],
)
def test_a_death_in_a_disaster_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_a_death_in_an_attack_is_still_one(nlp):
    # Jawhara FM, 2017 (audit, seed 9991): "في انفجار" names no disaster
    text = (
        "وقتل 14 شخصا على الأقل وأصيب العشرات في انفجار استهدف عربة بمترو انفاق مدينة سان بطرسبرغ."
    )
    assert "ASSAULT" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM, 2016 (audit, seed 9991)
        "لقي رجل وزوجته وابنهما البالغ من العمر8 سنوات صباح اليوم مصرعهم اختناقا بالغاز "
        "وذلك في منزلهم الكائن بمنزل بورقيبة من ولاية بنزرت، وفق ما أكده مصدر من الحماية "
        "المدنية بالجهة.",
        # Jawhara FM, 2017 (unseen, 19 articles telling a death with a manner)
        "لقي تلميذان اليوم مصرعهما غرقا في سدّ وادي سراط من ولاية الكاف، وفق ما أكده مراسل "
        '"الجوهرة أف أم" بالجهة.',
    ],
)
def test_a_death_by_an_accidental_manner_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_a_death_by_gunfire_is_still_an_attack(nlp):
    # France 24, dev fold 0-1 (FR-internationalNews-1192): the killer is named
    text = "لقي فلسطيني مصرعه وجرح العشرات برصاص جنود إسرائيليين."
    assert "ASSAULT" in event_types(nlp, text)
