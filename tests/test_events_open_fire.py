""" "فتح النار" (opened fire) is an ASSAULT like "أطلق النار", its subject the source;
"فتح تحقيقا" stays an investigation. Sentences from unseen news (../shared/data/news)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "attacker", "victim"),
    [
        (
            "وكانت الاحتجاجات بدأت في البلاد في 8 يوليو/تموز الجاري عندما فتحت قوات الأمن "
            "النار على متظاهرين شباب في البصرة مطالبين بفرص عمل.",
            "قوات الأمن",
            "متظاهرين",
        ),
        (
            "بعد أن فتح المسلح النار على مجموعة من رجال الشرطة وأصاب أحدهما، ذهب إلى متجر "
            '"سوبر يو" في بلدة تريب.',
            "المسلح",
            "الشرطة",
        ),
        (
            "وكانت دبابة إسرائيلية فتحت النار الثلاثاء على موقع لحماس في أعقاب عملية التسلل هذه.",
            "دبابة إسرائيلية",
            "حماس",
        ),
    ],
)
def test_opening_fire_is_an_assault(nlp, text, attacker, victim):
    sides = event_sides(nlp, text, "ASSAULT")
    assert any(attacker in s and victim in t for s, t in sides), sides


def test_opening_an_inquiry_is_no_assault(nlp):
    text = "وفتحت النيابة العامة تحقيقا في الحادث الذي وقع في المدينة."
    assert not event_sides(nlp, text, "ASSAULT")
