"""A text that ends where its quotation would begin: a cue that is also a noun (كتب،
طالب; an unseen corpus article ended so) or a headline's colon ("روسيا:"). No
quotation, and no error."""

import pytest

from rasd.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    ["صحيفة العربي الجديد كتبت", "كما طالب", "روسيا:", "الداخلية اليمنية :", "وقال الوزير،"],
)
def test_a_text_ending_before_its_quotation_reports_nothing(text: str) -> None:
    doc = Pipeline(["text", "ner", "quotes"]).analyze(text)
    assert doc.quotes == []
