"""A cue that is also a noun (كتب، طالب) closing the text has nothing after it to
read: no quotation, and no error (an unseen corpus article ended so)."""

import pytest

from rasd.pipeline import Pipeline


@pytest.mark.parametrize("text", ["صحيفة العربي الجديد كتبت", "كما طالب"])
def test_a_noun_like_cue_closing_the_text_reports_nothing(text: str) -> None:
    doc = Pipeline(["text", "ner", "quotes"]).analyze(text)
    assert doc.quotes == []
