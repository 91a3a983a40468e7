"""Triggers added for events the coder detected nowhere: denials (نفى، أنكر) as REJECT,
shooting down aircraft or missiles (أسقط + object) as ASSAULT, and talks (تحادث) as
CONSULT. Sentences from development articles of benchmarks/news-gold, quoted here."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        "ونفت الحكومة السورية استخدام أسلحة كيمياوية.",
        "وتنفي السعودية صحة المزاعم بشأن تورطها في اختفاء خاشقجي.",
        "واتهمت لندن موسكو بالوقوف وراء الهجوم، وهو ما ينفيه الكرملين.",
        "وأنكر كافانو جميع التهم.",
    ],
)
def test_a_denial_is_a_rejection(nlp, text):
    assert "REJECT" in event_types(nlp, text)


def test_the_exile_is_no_denial(nlp):
    assert "REJECT" not in event_types(nlp, "وعاد المعارض إلى بلاده بعد سنوات في المنفى.")


def test_shooting_down_missiles_is_an_assault(nlp):
    assert "ASSAULT" in event_types(nlp, "وقال الجيش السوري إنه أسقط عشرات الصواريخ الإسرائيلية.")


def test_dropping_charges_is_no_assault(nlp):
    assert "ASSAULT" not in event_types(nlp, "وأسقطت المحكمة التهم عن الناشط.")


def test_talking_by_phone_is_a_consultation(nlp):
    text = "وتحادث وزير الخارجية الفرنسي جان إيف لودريان هاتفيا مع نظيره الإسباني."
    assert "CONSULT" in event_types(nlp, text)
