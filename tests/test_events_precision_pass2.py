"""Second precision pass on DEMAND and CONSULT triggers: acts the text names as
already known, and trigger forms that are other words (events/triggers.py,
events/senses.py)."""

from __future__ import annotations

import pytest


def _types(nlp, text: str) -> set[str]:
    return {e.type for e in nlp.analyze(text).events or []}


@pytest.mark.parametrize(
    "text",
    [
        # CN-middleEast-1478 (news-gold development fold)
        "وما زال خاشقجي مختفيا منذ زيارته إلى القنصلية السعودية في إسطنبول، في 2 أكتوبر.",
        # FR-middleEast-132 (news-gold development fold), shortened
        'وقال المسؤول الأممي مشيراً بعد زيارته دوما مع القافلة الأولى إلى "رائحة نفاذة".',
    ],
)
def test_a_possessed_act_after_a_time_preposition_is_background(nlp, text):
    assert "CONSULT" not in _types(nlp, text)


def test_a_visit_told_as_an_act_is_still_a_visit(nlp):
    text = "وزار وزير الخارجية الفرنسي جان إيف لودريان القاهرة الأحد والتقى الرئيس المصري."
    assert "CONSULT" in _types(nlp, text)
