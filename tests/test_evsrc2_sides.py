"""Sides of events on unseen news (evsrc2: a source phrase that swallows the verb's
object, seeds 10365-10369).

A place or body's name takes no genitive and a definite role noun is no adjective of
it, so the role noun right after it starts the verb's object
(`sides._role_after_place`); the bare words a demonym title would take as its
holder's name are the head of the next actor's construct when that actor carries
the article (`actors._construct_head`)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # unseen news, seed 10369
        (
            "ودعت واشنطن السلطات الإيرانية إلى الإفراج عن الصحافي، لكن طهران أكدت أنها لا "
            "تعترف بازدواج الجنسية.",
            "DEMAND",
            "واشنطن",
            "السلطات الإيرانية",
        ),
        # unseen news, seed 10369
        (
            "كما يتهم السنة في إيران الحكومة بإنجاح العناصر السنية الموالية لها.",
            "DISAPPROVE",
            "السنة",
            "الحكومة",
        ),
        # unseen news, seed 10369
        (
            "كما سلم وزير الخارجية الفرنسي لوران فابيوس بدوره في اثناء زيارة الى طهران "
            "الرئيس روحاني دعوة من نظيره الفرنسي فرنسوا هولاند لزيارة باريس في نوفمبر.",
            "CONSULT",
            "لوران فابيوس",
            "الرئيس روحاني",
        ),
    ],
)
def test_a_definite_role_noun_after_a_place_name_is_the_object(nlp, text, kind, source, target):
    sides = event_sides(nlp, text, kind)
    assert any(s == source and t.startswith(target) for s, t in sides), sides


def test_a_construct_head_after_a_title_is_no_name(nlp):
    # unseen news, seed 10369: "مواقع" heads "للحوثيين"'s phrase, not the coalition's name
    text = (
        "وفي تعز قصف المتمردون الحوثيون وقوات صالح بشكل عشوائي مدينة تعز، بينما قصفت "
        "طائرات التحالف مواقع للحوثيين في مناطق مختلفة من المدينة."
    )
    sources = [s for s, _ in event_sides(nlp, text, "ASSAULT")]
    assert "التحالف" in sources and not any("مواقع" in s for s in sources), sources


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # unseen news, seed 10369 (the evaudit sides class, seed 10307)
        (
            "وتتهم أنقرة رجل الدين المقيم في الولايات المتحدة فتح الله غولن بتدبير محاولة "
            "الانقلاب في 15 يوليو 2016.",
            "DISAPPROVE",
            "أنقرة",
            "رجل الدين",
        ),
        # unseen news, seed 10369
        (
            "ودعت باريس طهران إلى اغتنام الفرصة والمساعدة على إنهاء النزاع في سورية.",
            "DEMAND",
            "باريس",
            "طهران",
        ),
        # unseen news, seed 10369
        (
            "وفي مطلع يوليو (تموز) استدعت أنقرة السفير الصيني للتنديد بالقيود التي تفرضها "
            "بكين على الأويغور خلال شهر رمضان.",
            "SANCTION",
            "أنقرة",
            "",
        ),
    ],
)
def test_a_seat_of_government_between_a_verb_and_its_object_is_the_subject(
    nlp, text, kind, source, target
):
    sides = event_sides(nlp, text, kind)
    assert any(s == source and t.startswith(target) for s, t in sides), sides


def test_a_seat_after_a_preposition_stays_a_place(nlp):
    text = "واستقبل الرئيس الإيراني في طهران وزير الخارجية الفرنسي."
    sides = event_sides(nlp, text, "CONSULT")
    assert all("طهران" not in s and "طهران" not in t for s, t in sides), sides
