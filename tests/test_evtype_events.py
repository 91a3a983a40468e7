"""Events of the wrong type (issue 13): classes of sentences where the trigger's own
type is not the act the sentence tells. Every sentence is from an unseen article of the
ANT corpus (none of them annotated)."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "وانسحبت الولايات المتحدة من الاتفاق النووي في مايو بسبب استغلال إيران لرفع الحظر"
            " على أموالها المجمدة في الخارج.",
            "الولايات المتحدة",
        ),
        (
            "ويأتي الاحتجاج في وقت تشهد فيه إيران انسحاب الرئيس الأميركي دونالد ترامب من"
            " الاتفاق النووي بين طهران والقوى العالمية.",
            "دونالد ترامب",
        ),
        (
            "وجددت ماي خلال لقائهما دعمها للاتفاق النووي الإيراني الذي أعلنت الولايات المتحدة"
            " انسحابها منه في مطلع أيار/مايو الماضي.",
            "الولايات المتحدة",
        ),
    ],
)
def test_a_withdrawal_from_a_pact_rejects_it(nlp, text, source):
    found = event_sides(nlp, text, "REJECT")
    assert any(source in s for s, _ in found), found
    assert "RETREAT" not in event_types(nlp, text)


def test_a_withdrawal_from_a_place_stays_a_retreat(nlp):
    text = "وانسحبت القوات الحكومية السورية من المناطق ذات الأغلبية الكردية شمال البلاد."
    assert "REJECT" not in event_types(nlp, text)
