"""Sides of events on unseen news (evsrc, the evaudit sides class, seeds 10300-10309).

A place or body's name, or a definite noun, takes no genitive, and an indefinite
noun cannot be its adjective: an indefinite actor noun right after it is the verb's
object, not part of its subject (`sides._object_after_name`)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        # unseen news, evaudit seed 10300
        (
            "وتتهم دمشق وموسكو مسلحي المعارضة بإطلاق النار على المدنيين لمنعهم من "
            "الفرار من القتال.",
            "DISAPPROVE",
            "موسكو",
            "مسلحي المعارضة",
        ),
        # unseen news, evaudit seed 10306
        (
            "واتهمت الأمم المتحدة قوات الحكومة السورية بعدم السماح للمدنيين بالخروج "
            "من ممر فتحه فصيل معارض.",
            "DISAPPROVE",
            "الأمم المتحدة",
            "قوات الحكومة",
        ),
        # unseen news, evaudit seed 10309
        (
            'وطالبت الرئاسة الفلسطينية مندوب دولة فلسطين في الأمم المتحدة بـ"التحرك الفوري".',
            "DEMAND",
            "الرئاسة الفلسطينية",
            "مندوب",
        ),
    ],
)
def test_an_indefinite_actor_noun_after_a_name_is_the_object(nlp, text, kind, source, target):
    sides = event_sides(nlp, text, kind)
    assert any(source in s and target not in s and target in t for s, t in sides), sides


def test_a_title_after_a_person_stays_with_the_person(nlp):
    text = "وقال الرئيس الأمريكي دونالد ترامب رئيس الولايات المتحدة إنه سيهاجم."
    doc = nlp.analyze(text)
    sides = [doc.slice(e.source) for e in doc.events if e.source]
    assert all("رئيس الولايات المتحدة" in s for s in sides if "ترامب" in s)


def test_an_accusative_noun_is_no_source(nlp):
    # unseen news, evaudit seed 10304: "قصابا" is what the gunman killed
    text = (
        'بعد أن فتح المسلح النار على مجموعة من رجال الشرطة وأصاب أحدهما، ذهب إلى متجر "سوبر '
        'يو" في بلدة تريب، وقتل قصابا في المتجر.'
    )
    sources = [s for s, _ in event_sides(nlp, text, "ASSAULT")]
    assert sources and not any("قصابا" in s for s in sources), sources


def test_a_name_ending_in_alef_stays_the_source(nlp):
    # unseen news, seed 10335: "موزا" is a name, not an accusative noun (told as done: the
    # scheduled "ومن المنتظر أن تؤدي" is an act to come, events/scheduled.py)
    text = (
        'وأدت الشيخة موزا زيارة إلى عدد من مشاريع مؤسسة "صلتك" في تونس '
        "للإطلاع على أثر المؤسسة على المجتمع التونسي."
    )
    assert any("موزا" in s for s, _ in event_sides(nlp, text, "CONSULT"))
