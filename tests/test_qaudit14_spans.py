"""Quotation spans from an audit of unseen articles (qaudit14), on sentences of dev
articles (folds 0-1): the letters of a dotted acronym ("سي.إن.إن") are no
complementizer, and the bracketed acronym stays in the speaker's phrase."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


# SK-economy-370-20180418: "إن" inside "(أو.إن.جي.سي)" is a spelled letter; the
# complementizer is the one after the brackets.
def test_dotted_acronym_letter_is_no_complementizer(nlp: Pipeline) -> None:
    text = (
        "قال مسؤول بالوحدة المعنية بالاستحواذات الخارجية لشركة النفط والغاز الطبيعي "
        "الهندية (أو.إن.جي.سي) إن شركته رفعت دعوى تحكيم على حكومة السودان أمام محكمة في "
        "لندن سعيا لاسترداد مستحقات متأخرة منذ سنوات تتعلق بمشروع تضرر من انفصال جنوب "
        "السودان في عام 2011."
    )
    quotes = quote_texts(nlp.analyze(text))
    assert len(quotes) == 1
    assert quotes[0].startswith("إن شركته رفعت دعوى تحكيم")


def test_bracketed_dotted_acronym_stays_in_the_speaker(nlp: Pipeline) -> None:
    # SK-economy-370-20180418's bracketed acronym after a company as the cue's subject.
    doc = nlp.analyze("وذكرت الشركة (أو.إن.جي.سي) أنها رفعت دعوى تحكيم على حكومة السودان.")
    assert quote_texts(doc) == ["أنها رفعت دعوى تحكيم على حكومة السودان"]
    assert doc.slice(doc.quotes[0].speaker).startswith("الشركة (أو.إن.جي.سي")
