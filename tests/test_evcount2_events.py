"""The count of those held after the "على" of a phrasal arrest ("ألقت الشرطة القبض على
14 شخصا") and a definite round count as the people held ("اعتقل الأمن، الاثنين،
العشرات") are the target (evcount2, session 27, issue 13; events/verb_sides.py,
`_object_count`, `_definite_count`). Unread, the first left the target empty and the
second gave it to a place or another noun. Sentences from unseen news: ant-multisource
(seeds 11070, 11073)."""

from __future__ import annotations

import pytest

from event_types import event_sides


def test_the_count_after_a_phrasal_arrest_is_the_one_held(nlp):
    # seed 11073: the police are the subject between the verb and القبض
    text = (
        "وألقت الشرطة القبض على 14 شخصا للاشتباه بتورطهم في الجريمتين اللتين حدثتا "
        "في ولاية جهارخاند، شرقي الهند."
    )
    sides = event_sides(nlp, text, "COERCE")
    assert any(s == "الشرطة" and t.startswith("14 شخصا") for s, t in sides)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # seed 11070: an unvoiced passive with the definite count after it
        (
            "وجرت تظاهرات أخرى في شوارع ومدن بلدات الشرق الأقصى الروسي وسيبيريا، واعتقل "
            "العشرات من المتظاهرين، بحسب فريق نافالني ومجموعة مراقبة مستقلة.",
            "العشرات من المتظاهرين",
        ),
        # seed 11073: the definite count right after the subject
        (
            "اعتقلت الشرطة التركية العشرات بعدما رددوا شعارات ورفعوا لافتات تدعم الأكراد "
            "المحظورين في البلاد، خلال الاحتفالات ببدء الربيع.",
            "العشرات",
        ),
    ],
)
def test_a_definite_count_is_the_one_held(nlp, text, target):
    targets = [t for _, t in event_sides(nlp, text, "COERCE")]
    assert any(t.startswith(target) for t in targets)


def test_a_count_after_seizing_control_is_no_one_held(nlp):
    # seed 11072: "السيطرة على عدد من الجبال" counts places taken, not people
    text = (
        "وفي جبهة حرض، باتت قوات الشرعية اليمنية على مشارف مدينة حرض، بعدما تمكنت تحرير "
        "منطقة الجمرك القديم واستعادت السيطرة على عدد من الجبال، من بينها جبل الإشارة."
    )
    assert all(t != "عدد من الجبال" for _, t in event_sides(nlp, text, "ASSAULT"))
