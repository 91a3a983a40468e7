"""A victim's verb that names neither its victim nor its doer codes no attack (evsense,
issue 13; events/sense_victim.py): "الشهيد …، الذي استشهد في منطقة نجران" tells one of
the dead of an attack told elsewhere, and the place after the verb is no victim. A victim
or an agent named keeps the attack. Sentences from unseen news (saudinewsnet: alriyadh,
alwatan, almadina, aawsat; design seed 11638), none of the gold sets."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types


@pytest.mark.parametrize(
    "text",
    [
        # alriyadh: a condolence for a soldier killed earlier
        "وقدم اللواء البحري عواد بن عيد البلوي واجب العزاء في الشهيد أحمد بن جعفر، الذي "
        "استشهد في منطقة نجران جراء إصابته بمقذوف عسكري.",
        # alwatan: the same form, a policeman's death told in a condolence
        "وقدم مدير شرطة منطقة المدينة المنورة تعازي ومواساة القيادة الرشيدة لذوي الشهيد "
        "سامي معوض الحربي، الذي استشهد في محافظة القطيف أثناء تأدية عمله في إحدى الدوريات "
        "الأمنية.",
    ],
)
def test_a_victims_verb_with_no_victim_and_no_doer_codes_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_a_victims_verb_with_its_agent_stays_an_attack(nlp):
    # almadina: the wounded "الذين أصيبوا بنيران المليشيات المسلحة" keep the militias' attack
    text = (
        "ونتمنى أن تعود الطائرات محملة بالجرحى الذين أصيبوا بنيران المليشيات المسلحة "
        "لإنقاذ حياتهم وإدخال البسمة إلى قلوب ذويهم."
    )
    assert ("المليشيات المسلحة", "") in event_sides(nlp, text, "ASSAULT")


def test_a_victim_named_keeps_the_attack(nlp):
    # aawsat: the dead counted after the verb are its victims
    text = (
        "قتل 13 شخصا على الأقل، اليوم (الجمعة)، وأصيب العديدون بجروح في ثلاثة تفجيرات في "
        "داماتورو عاصمة ولاية يوبي بشمال شرقي نيجيريا، على ما أفاد متطوع ومصدر طبي."
    )
    assert "ASSAULT" in event_types(nlp, text)


def test_a_weapons_verb_stays_an_attack(nlp):
    # alriyadh: "انفجر" is the weapon's verb, not a victim's: the place after it is hit
    text = (
        "وقال مكتب محافظ دياربكر في بيان أن سيارة مفخخة انفجرت في منطقة ليجي عند مرور "
        "الجنود في وقت متأخر من السبت."
    )
    assert "ASSAULT" in event_types(nlp, text)


def test_a_subject_between_the_verb_and_the_place_keeps_the_attack(nlp):
    # design seed 11638: the victim named after a long subject
    text = (
        "وقبله بشهور، اغتيل القيادي في الجبهة الشعبية الذي عرف بمعارضته الشرسة للحكومة التي "
        "تقودها حركة النهضة، شكري بلعيد، بإطلاق أربع رصاصات في رأسه وصدره."
    )
    assert "ASSAULT" in event_types(nlp, text)
