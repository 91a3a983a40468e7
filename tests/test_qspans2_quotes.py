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
        "الموقع خلال ساعات الليل وإن المصابين يتلقون العلاج في مستشفى عسكري روسي.",
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


@pytest.mark.parametrize(
    ("sentence", "source", "quote"),
    [
        (
            "يعقد وزير الخارجية الروسي اجتماعًا ثلاثيًا مع نظيريه السعودي والأميركي في قطر، "
            "أمس واليوم، وبحسب الخارجية الروسية، فإن الاجتماع سيناقش جهود السلام في سوريا "
            "واليمن وليبيا والتحالف ضد «داعش»، واستقرار الخليج.",
            "الخارجية الروسية",
            "فإن الاجتماع سيناقش جهود السلام في سوريا واليمن وليبيا والتحالف ضد «داعش»، "
            "واستقرار الخليج",
        ),
        (
            "دبي، الإمارات العربية المتحدة (CNN) -- أثارت حادثة العثور على جثة عاملة منزلية "
            "فلبينية في أحد المنازل بالكويت ضجة كبيرة، استدعت عودة العاملات المنزليات إلى "
            "بلدهن، ووفقا لوزارة الخارجية الكويتية، تعتبر الكويت وجهة بارزة للعمالة "
            "الفلبينية خلال السنوات الأخيرة.",
            "وزارة الخارجية الكويتية",
            "تعتبر الكويت وجهة بارزة للعمالة الفلبينية خلال السنوات الأخيرة",
        ),
    ],
)
def test_a_source_between_commas_after_a_long_clause_opens_the_next(
    nlp, sentence, source, quote
) -> None:
    """ "…، وبحسب X، …" after more than a clause's subject: X vouches for what follows."""
    doc = nlp.analyze(sentence)
    assert [(doc.slice(q), doc.slice(q.speaker)) for q in doc.quotes or []] == [(quote, source)]
