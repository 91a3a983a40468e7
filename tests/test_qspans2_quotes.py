"""Quoted words that open a reported clause (issue 12, quotations): on their own they
are a direct quotation only where they stand apart from the rest of the clause. Every
sentence is taken from unseen news (../shared/data/news)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _quotes(nlp: Pipeline, sentence: str) -> list[tuple[str, str]]:
    doc = nlp.analyze(sentence)
    return [(q.kind, doc.slice(q)) for q in doc.quotes or []]


@pytest.mark.parametrize(
    "sentence",
    [
        'كما أكد الرئيس التركي الأحد أنه "لن تكون هناك هدنة" في ملاحقة كل من تورط في '
        "المحاولة الانقلابية.",
        'وقالت وكالة أنباء رايا نوفوستي الروسية إن "مجموعة صغيرة من الإرهابيين" هاجمت '
        "الموقع خلال ساعات الليل.",
    ],
)
def test_quoted_words_running_on_into_the_clause(nlp, sentence) -> None:
    """The clause goes on past the closing mark: one reported clause, no direct quote."""
    assert [kind for kind, _ in _quotes(nlp, sentence)] == ["indirect"]


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        # a comma after the closing mark
        (
            'وأكد أردوغان أن "أنقرة لن تخسر الحرب الاقتصادية"، في أول تعليق له بعد تراجع '
            "الليرة التي فقدت الجمعة أكثر من 19% من قيمتها أمام الدولار.",
            "أنقرة لن تخسر الحرب الاقتصادية",
        ),
        # a second reported clause coordinated after it
        (
            'وقالت ميركل الأربعاء إنه "لن تكون هناك تسوية لمجرد التسوية" وبأن التخلي عن '
            'فكرة البيان "قد تكون الطريق الأكثر صدقا".',
            "لن تكون هناك تسوية لمجرد التسوية",
        ),
        # a cue of describing governs the quoted words
        (
            'وقبل ساعات قليلة من إعلان الاتهامات وصف ترامب تحقيق مولر بأنه "ملاحقة مزيفة" '
            "تضر بالعلاقات الأميركية مع روسيا.",
            "ملاحقة مزيفة",
        ),
    ],
)
def test_quoted_words_standing_apart(nlp, sentence, quoted) -> None:
    assert ("direct", quoted) in _quotes(nlp, sentence)
