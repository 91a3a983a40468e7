"""The unvowelled passive of an arresting verb (evcoerce, issue 13): "اعتقلوا"،
"احتجزوا" after the people held, or "اعتقل" before a person's name with no object,
make those people the target of the COERCE event, not its source, and no arrester is
carried from an earlier sentence (events/sense_arrest.held_subject, held_before). An
active verb with its object keeps its subject as the arrester. Sentences from unseen
news (design seeds 11762-11766)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # design seed 11766: the plural passive after a count of people
        (
            "من جهتها، أعلنت الأمم المتحدة ومنظمة أطباء بلا حدود أن عشرة من موظفيهما "
            "اعتقلوا في غرب بورما، حيث يبقى التوتر حادًّا بعد أعمال العنف الدامية ضد "
            "المسلمين.",
            "عشرة من موظفيهما",
        ),
        # design seed 11764: the dual passive before "لمدة"
        (
            "وكرس ديبلو حياته بلا سأم ولا كلل للمفاوضات، التي أسفرت في النهاية عن إطلاق "
            "سراح أميركيين اثنين من متسلقي الجبال اعتقلا لمدة عامين في سجن إيفين سيئ "
            "السمعة في إيران.",
            "أميركيين",
        ),
    ],
)
def test_the_people_before_a_plural_passive_are_held(nlp, text, target):
    sides = event_sides(nlp, text, "COERCE")
    assert sides and all(target in t and not s for s, t in sides), sides


def test_a_person_after_the_verb_is_held(nlp):
    # design seed 11763: the name after "اعتقلت" is the one arrested, not the arrester
    text = "كما اعتقلت الشاب حماد أحمد حماد أبو ماريا وهو أسير سابق."
    sides = event_sides(nlp, text, "COERCE")
    assert sides and all("حماد" in t and "حماد" not in s for s, t in sides), sides


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # design seed 11762: an active plural verb with its object
        (
            "وقالت تقارير محلية أن مقاتلين من تنظيم داعش اعتقلوا الفتاة وصديقها في حلب مطلع أغسطس.",
            "مقاتلين",
        ),
        # design seed 11766
        (
            "وقال إن “عناصر المقاومة احتجزوا الكثير من المقاتلين الإيرانيين في جبهات "
            "القتال في عدن ولحج وأبين.",
            "عناصر",
        ),
    ],
)
def test_an_active_plural_verb_keeps_its_arrester(nlp, text, source):
    sides = event_sides(nlp, text, "COERCE")
    assert any(source in s for s, _ in sides), sides
