"""Seizing money or valuables ("يستوليان على أموال"، "الاستيلاء على أموال عمومية") is a
theft or embezzlement, which PLOVER does not code, even with no theft word; seizing a
town is still an attack (events/senses.py, evcrime)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM, 2017 (unseen)
        "القيروان : مجهولان يستوليان على أموال من مطعم باستعمال أسلحة بيضاء.",
        "وقد قاموا بإيهامه بأنّهم أعوان أمن وقاموا بالاستيلاء على مبلغ مالي وهاتف جوّال ثمّ "
        "لاذوا بالفرار.",
    ],
)
def test_seizing_money_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_seizing_a_town_is_still_an_attack(nlp):
    text = "وبعد أن اجتاح تنظيم الدولة مساحات شاسعة من العراق استولى على الموصل."
    assert "ASSAULT" in event_types(nlp, text)
