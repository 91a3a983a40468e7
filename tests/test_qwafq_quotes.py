"""Quotations, the qwafq pass (issue 12: "وجاء في التقرير "…"" missed).

A statement frame "جاء في" names its document with the article as often as without
("وجاء في التقرير"، "وجاء في البيان أن"); the `situation` list holds the bare nouns
only, so the definite ones opened no quotation (`stated_documents.stated_place`). The
sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


DEFINITE_DOCUMENT_CASES = [
    # A direct quotation right after the definite report.
    (
        'وجاء في التقرير "إذا لم تشارك أعداد متزايدة في سوق العمل، فان التقدم في السن '
        'قد يؤدي إلى ابطاء نمو الاقتصاديات".',
        "إذا لم تشارك أعداد متزايدة",
    ),
    # The same with an adverb between the document and the marks.
    (
        'وجاء في التقرير أيضا "في إحدى الحالات لم يكن فريق مؤلف من شخصين بحاجة لأكثر '
        "من ساعة لاختراق النظام المعلوماتي لنظام تسلح، وليوم واحد للسيطرة الكاملة على "
        'آلية تشغيله"، فيما لم يكشف التقرير عن نوع السلاح.',
        "في إحدى الحالات",
    ),
    # An أن clause after the report's relative clause.
    (
        'وجاء في التقرير، الذي حمل عنوان "وزارة الدفاع بدأت للتو بإدراك مدى نقاط '
        'الضعف"، أن التجهيزات العسكرية الأميركية باتت متصلة أكثر فأكثر بالإنترنت مثل '
        "الطائرات المقاتلة المليئة بالبرامج والأجهزة الإلكترونية.",
        "أن التجهيزات العسكرية",
    ),
]


@pytest.mark.parametrize(("text", "start"), DEFINITE_DOCUMENT_CASES)
def test_definite_document_opens_a_statement(nlp: Pipeline, text: str, start: str) -> None:
    assert any(q.startswith(start) for q in quote_texts(nlp.analyze(text)))


def test_definite_report_speaks_its_findings(nlp: Pipeline) -> None:
    # No author after ل: the report is the speaker, not the last one quoted.
    text = (
        'وقال الوزير إن الحكومة ستدرس الأمر. وجاء في التقرير أيضا "في إحدى الحالات لم '
        'يكن فريق مؤلف من شخصين بحاجة لأكثر من ساعة لاختراق النظام المعلوماتي لنظام تسلح".'
    )
    assert speaker_of(nlp, text, "في إحدى الحالات") == "التقرير"
