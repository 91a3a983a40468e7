"""A light verb finds its object past a short time aside between commas ("وقعت حكومة
البحرين، الخميس، اتفاقية"): the aside does not end the clause. Sentences from
development articles of benchmarks/news-gold, quoted here."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "وقعت حكومة مملكة البحرين، الخميس، اتفاقية تحصل بموجبها على دعم مالي بقيمة"
            " 10 مليارات دولار.",
            "AGREE",
        ),
        (
            "أسقطت قوات الجيش الوطني، مساء الجمعة، طائرة استطلاع تابعة للمتمردين.",
            "ASSAULT",
        ),
        (
            "قضت المحكمة العسكرية بمحافظة الإسكندرية في مصر، الخميس، بإعدام 17 شخصا.",
            "COERCE",
        ),
    ],
)
def test_the_object_after_a_time_aside(nlp, text, event_type):
    assert event_type in event_types(nlp, text)


def test_the_object_is_still_required_after_the_aside(nlp):
    assert "ASSAULT" not in event_types(nlp, "وأسقطت المحكمة، الخميس، التهم عن الناشط.")


def test_an_aside_that_is_no_time_still_ends_the_clause(nlp):
    text = "وأسقطت الشرطة، التي وصلت متأخرة، طائرة مسيرة صغيرة."
    assert "ASSAULT" not in event_types(nlp, text)
