"""Classes of quotations the quotes layer missed or cut wrong on news-gold's
development part (issue 12, second span pass): every sentence comes from a
development-part article of benchmarks/news-gold (or a sentence of the same class
written after it), and each test asserts the quotation's extent."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _spans(doc: Document) -> list[str]:
    return [doc.slice(q) for q in doc.quotes or []]


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            'وأعربت روسيا عن "قلقها الشديد" إزاء الغارات الجوية الإسرائيلية، ودعت جميع '
            "الأطراف إلى ضبط النفس.",
            "قلقها الشديد",
        ),
        (
            'وأعربت الصين عن "معارضتها الشديدة" للرسوم الأمريكية التي أعلن الرئيس دونالد '
            "ترامب فرضها على الواردات من الصلب.",
            "معارضتها الشديدة",
        ),
    ],
)
def test_quoted_words_right_after_the_preposition_are_the_quote(nlp, sentence, quote) -> None:
    """ "أعربت عن "قلقها الشديد" إزاء …": the quoted words are what was said, not the
    rest of the clause."""
    doc = nlp.analyze(sentence)
    assert _spans(doc)[:1] == [quote]
    assert doc.quotes[0].kind == "direct"


def test_quoted_words_that_open_a_longer_phrase_keep_the_clause(nlp) -> None:
    """ "إلى "صعوبة دفن" القتلى": a bare noun after the closing mark continues the
    phrase, so the quotation is the whole clause."""
    doc = nlp.analyze(
        'وأشار المجلس المحلي لمدينة دوما إلى "صعوبة دفن" القتلى بسبب قصف طال أيضا مقبرة المدينة.'
    )
    spans = _spans(doc)
    assert len(spans) == 1 and spans[0].startswith("إلى") and spans[0].endswith("مقبرة المدينة")
