"""Cues of hope, wish and justification (cues.tsv: أمل، تمنى، برر): each
sentence is taken from a development article (folds 0-1) of benchmarks/news-gold, and
each test asserts the quotation found and its speaker."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        # يأمل أن: what a speaker hopes for
        (
            "ويأمل المسؤولون اللبنانيون أن يعزز هذا التشريع من صادرات البلاد ويفتح آفاق "
            "جديدة في المجال الاقتصادي.",
            "أن يعزز هذا التشريع من صادرات البلاد",
            "المسؤولون اللبنانيون",
        ),
        # برر بـ: the reason a speaker gives
        (
            "وبررت إسرائيل ردها بالإشارة إلى أنه كان من الضروري منع تسلل الفلسطينيين من "
            'القطاع المحاصر الذي تديره حركة "حماس" الإسلامية.',
            "أنه كان من الضروري منع تسلل الفلسطينيين",
            "إسرائيل",
        ),
    ],
)
def test_cue_with_its_speaker(nlp, sentence, quote, speaker) -> None:
    doc = nlp.analyze(sentence)
    pairs = list(zip(quote_texts(doc), speakers(doc), strict=True))
    found = [(q, s) for q, s in pairs if quote in q]
    assert len(found) == 1 and found[0][1] == speaker, pairs


def test_a_wish_addressed_to_citizens(nlp) -> None:
    """ "تمنت على المواطنين "…"": what was wished of them, in quotation marks."""
    doc = nlp.analyze(
        'لكن المرجعية تمنت على المواطنين "عدم اتباع أساليب غير سلمية وحضارية، وأن لا '
        'يسمحوا للبعض من غير المنضبطين أو ذوي الأغراض الخاصة" القيام بعمليات تخريب.'
    )
    assert any("عدم اتباع أساليب غير سلمية" in q for q in quote_texts(doc)), quote_texts(doc)
