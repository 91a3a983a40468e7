"""The news often writes أدان ("condemned") without its alef: "دانت"، "ودان"، "دانوا".
Counted on unseen news (articles holding the form, seed 10426, 60 of 252 articles):
about 30 condemnations were coded only with the alef, 3 court convictions read as one."""

from __future__ import annotations

import pytest

from event_types import event_types
from rasd.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        # a foreign ministry's statement, as Al Arabiya writes it
        "ودانت الخارجية المصرية بأشد العبارات التفجير الذي استهدف الكنيسة.",
        # a head of state after an attack on soldiers
        "ودان رئيس النيجر محمدو يوسفو هجوما نسب إلى جماعة بوكو حرام وأدى إلى مقتل عشرة جنود.",
    ],
)
def test_condemnation_without_alef_is_disapprove(nlp: Pipeline, text: str) -> None:
    assert "DISAPPROVE" in event_types(nlp, text)


def test_a_man_named_dan_condemns_nothing(nlp: Pipeline) -> None:
    text = "وقال مدير الاستخبارات الوطنية الأميركية دان كوتس إن روسيا تواصل التدخل."
    assert "DISAPPROVE" not in event_types(nlp, text)
