"""Targets of events on unseen news (evtgt, the evaudit sides class, seeds 10300-10309).

A place named inside the event's "في" phrase ("في ولاية جهارخاند") is where the act
happened, not whom it was aimed at (`side_places.located_target`); a place an attack
strikes stays its target. A name inside the source's own description ("تيم كوك،
المدير التنفيذي لأبل"، "الموالية لإيران") is not the target
(`side_affiliation.own_target`). A country's one-word name right after another's is
the verb's object ("دعت النمسا ألمانيا"; `actors._countries_apart`)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        # unseen news, seed 10356 (evtgt's count): the arrest is of the attacker
        (
            "نشرت وسائل إعلام تركية مساء اليوم الاثنين مقطع فيديو يظهر لحظة إلقاء القبض "
            "على منفذ الهجوم على الملهى الليلي في مدينة اسطنبول التركية ليلة رأس السنة.",
            "COERCE",
            "اسطنبول",
        ),
        # unseen news, evaudit seed 10304
        (
            "ويواجه المشتبه به دانو بويان ورفاقه اتهاما بحرق الفتاة (16 عاما) يوم الجمعة "
            "في ولاية جهارخاند، شرقي الهند.",
            "DISAPPROVE",
            "جهارخاند",
        ),
    ],
)
def test_a_place_in_the_events_in_phrase_is_no_target(nlp, text, kind, place):
    sides = event_sides(nlp, text, kind)
    assert sides and not any(place in t for _, t in sides), sides


def test_a_place_an_attack_strikes_stays_its_target(nlp):
    # unseen news, evaudit seed 10305: the annotators take the town shelled as target
    text = (
        "جددت مقاتلات التحالف العربي لدعم الشرعية، الجمعة، قصفها لأهداف ومواقع "
        "ميليشيات الحوثي الإيرانية في العاصمة صنعاء، بينها موقع في جبل عيبان."
    )
    assert any("صنعاء" in t for _, t in event_sides(nlp, text, "ASSAULT"))


@pytest.mark.parametrize(
    ("text", "kind", "own"),
    [
        # unseen news, evaudit seed 10300
        (
            'ووصف تيم كوك، المدير التنفيذي لأبل، لصحيفة "أيرش تايمز" في أيرلندا، الوضع '
            'بأنه "غير إنساني".',
            "DISAPPROVE",
            "أبل",
        ),
        # unseen news, evaudit seed 10302
        (
            'ودعا رجل الأعمال الروسي بافل دوروف مؤسس تليغرام إلى "مقاومة رقمية"، ردا على '
            "حجب التطبيق الشهير.",
            "DEMAND",
            "تليغرام",
        ),
        # unseen news, evaudit seed 10309
        (
            "في غضون ذلك، فرضت ميليشيات الحوثي الموالية لإيران حظرا للتجول الليلي في "
            "مدينة زبيد بمحافظة الحديدة.",
            "SANCTION",
            "إيران",
        ),
    ],
)
def test_a_name_in_the_sources_description_is_no_target(nlp, text, kind, own):
    sides = event_sides(nlp, text, kind)
    assert sides and not any(own in t for _, t in sides), sides


def test_a_target_after_an_aside_of_time_stays(nlp):
    text = "وانتقد الرئيس الأمريكي دونالد ترامب، الأحد، الحكومة الإيرانية بشدة."
    sides = event_sides(nlp, text, "DISAPPROVE")
    assert any("الحكومة الإيرانية" in t for _, t in sides), sides


def test_a_tie_after_the_object_keeps_the_target(nlp):
    # unseen news, seed 10361 (evtgt's count): the checkpoint attacked is the army's
    text = (
        "وقال المتحدث باسم حاكم الإقليم: هاجمت مروحيتان أمريكيتان نقطة التفتيش التابعة "
        "للجيش الأفغاني في براكي باراك."
    )
    sides = event_sides(nlp, text, "ASSAULT")
    assert any("جيش الأفغاني" in t for _, t in sides), sides


def test_a_country_after_a_country_is_the_object(nlp):
    # unseen news, evaudit seed 10309
    text = (
        "دعت النمسا ألمانيا إلى توضيح مزاعم بأن عملاء للمخابرات الألمانية تجسسوا بشكل "
        "منهجي على ساسة ومنظمات دولية وشركات في الأراضي النمساوية."
    )
    sides = event_sides(nlp, text, "DEMAND")
    assert ("النمسا", "ألمانيا") in sides, sides
