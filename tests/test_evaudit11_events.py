"""Event classes from the audit of unseen articles (evaudit11, seeds 9978 and 9979, and
evaudit10's seed 9975): munitions found, seized or defused are no attack
(events/senses.py), and the genitive of a charge noun followed by its بـ charge is the
one charged, not the accuser (events/arguments.py)."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 9979): shells of the Second World War found in a forest
        "عثر أمس أحد حراس الغابات بمنطقة القصيرة من معتمدية سوق الجديد التابعة لولاية "
        "سيدي بوزيد على 6 قذائف تعود الى فترة الحرب العالمية الثانية، وفق ما أكده مصدر "
        "أمني لمراسل الجوهرة أف أم بالجهة.",
        "وتمكنت الوحدات الأمنية من تفكيك عبوة ناسفة زرعت على جانب الطريق.",
    ],
)
def test_a_munition_found_or_defused_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "وأصيب ثلاثة مدنيين بجروح إثر سقوط قذيفة هاون على حي سكني في دمشق.",
        "قتل ثلاثة جنود إثر انفجار عبوة ناسفة في شمال سيناء.",
    ],
)
def test_a_munition_that_falls_or_explodes_is_still_an_attack(nlp, text):
    assert "ASSAULT" in event_types(nlp, text)


def test_the_genitive_before_a_charge_is_the_one_charged(nlp):
    # France 24, 2018 (audit of evaudit10, seed 9975): a headline
    text = "اتهام وزير الطاقة الإسرائيلي السابق جونين سيجيف بالتجسس لصالح إيران"
    sides = event_sides(nlp, text, "DISAPPROVE")
    assert sides and all("سيجيف" in target and "سيجيف" not in src for src, target in sides)


def test_an_accuser_before_the_noun_stays_the_source(nlp):
    text = "وجددت المعارضة اتهام الحكومة بتزوير الانتخابات."
    assert ("المعارضة", "الحكومة") in event_sides(nlp, text, "DISAPPROVE")
