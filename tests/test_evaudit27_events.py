"""Event sides from the audit of unseen articles (evaudit27, seeds 10096 and 10097, and
the lead's reading of unseen news): a count of people before a plural killing verb
("إن 25 شخصا على الأقل قتلوا") is the unvocalised passive, the counted people its
target and no actor before or after it (a place, the wounded, the attack) and no
subject carried from an earlier sentence its source (events/clauses.py
`counted_victims`)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # AFP via unseen news: the place named after the verb is no target
        (
            "أعلنت مصادر متطابقة لوكالة فرانس برس، الاثنين، أن نحو 20 مدنيا من الطوارق "
            "قتلوا في نهاية الأسبوع في شمال شرق مالي بالقرب من الحدود مع النيجر.",
            "20 مدنيا من الطوارق",
        ),
        # "على الأقل" between the count and the verb, a car bomb after it
        (
            "وقالت مصادر إن 40 شخصا على الأقل قتلوا وأصيب 72 حينما انفجرت سيارة ملغومة "
            "في سوق بمدينة بعقوبة بشرق العراق.",
            "40 شخصا",
        ),
        # the wounded told after the dead are not the dead
        (
            "وذكرت وزارة الصحة والسكان المصرية أن 38 شخصا قتلوا وأصيب 118 آخرون في "
            "الانفجارين بمدينتي الإسكندرية وطنطا.",
            "38 شخصا",
        ),
        # the part of the count after بينهم ends it
        (
            "وأكدت المصادر ارتفاع حصيلة القتلى في ريف إدلب خلال 24 ساعة إلى أكثر من 30 "
            "مدنيا بينهم نساء وأطفال قتلوا بغارات جوية سورية على الأحياء السكنية.",
            "30 مدنيا",
        ),
    ],
)
def test_a_count_before_a_plural_killing_verb_is_its_target(nlp, text, victims):
    sides = event_sides(nlp, text, "ASSAULT")
    assert any(target == victims for _, target in sides), sides
    assert all(source != victims for source, _ in sides), sides


def test_the_attacker_named_after_the_counted_dead_is_the_source(nlp):
    # unseen news (Yemen, 2015): the shelling's doers are no victims
    text = (
        "قالت وزارة الصحة التابعة للحكومة اليمنية إن 43 شخصا قتلوا وأصيب 173 اليوم "
        "الأحد عندما قصفت جماعة الحوثي والقوات الموالية للرئيس السابق مدينة عدن."
    )
    sides = event_sides(nlp, text, "ASSAULT")
    # The militia's name without "جماعة", as the annotated news write it (entcv7).
    assert ("الحوثي والقوات الموالية للرئيس", "43 شخصا") in sides, sides


def test_no_subject_is_carried_to_the_counted_dead(nlp):
    text = "هاجم مسلحون قرية في ولاية بورنو. وقالت الشرطة إن 13 شخصا قتلوا في القرية."
    sides = event_sides(nlp, text, "ASSAULT")
    assert ("", "13 شخصا") in sides, sides


def test_a_relative_before_the_verb_is_its_subject_not_the_count(nlp):
    # Alsumaria via unseen news: "عدد من قتلوا" counts those killed; the verb's
    # subject is the relative, so no count phrase is taken up to it
    text = (
        "أقر التحالف الدولي بقيادة الولايات المتحدة في سوريا والعراق، الجمعة، بمقتل "
        "تسعة مدنيين إضافيين في ضربات جوية، ما يرفع إلى 892 مدنيا عدد من قتلوا خلال "
        "نحو أربعة أعوام."
    )
    sides = event_sides(nlp, text, "ASSAULT")
    assert all("عدد من" not in target for _, target in sides), sides
