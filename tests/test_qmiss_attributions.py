"""Attributions in the middle of a sentence whose later clause is another cue's
(issue 12, qmiss), and agencies as cited sources. Sentences from unseen news articles
(not annotated), each asserting the words vouched for and their source."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "ولا تزال المعارك على أشدها، بحسب المصدر، الذي أكد مواصلة الجيش التقدم نحو "
            "المناطق الواقعة في سوق الاثنين.",
            "ولا تزال المعارك على أشدها",
            "المصدر",
        ),
        (
            "ولكن لم يكن الأمر بمثل تلك البساطة، وفقا لما قاله ديفيد مارانيس، مؤلف كتاب "
            "«باراك أوباما: القصة»، وهي سيرة ذاتية للرئيس كشاب تنتهي به رحلة سفره إلى كينيا.",
            "ولكن لم يكن الأمر بمثل تلك البساطة",
            "ديفيد مارانيس",
        ),
        (
            "والقتيلة الرابعة هي امراة في 81 من العمر قضت بسقوط قطعة أثاث في منزلها، بحسب "
            "أجهزة الحالات الطارئة.",
            "والقتيلة الرابعة هي امراة في 81 من العمر قضت بسقوط قطعة أثاث في منزلها",
            "أجهزة الحالات الطارئة",
        ),
    ],
)
def test_words_before_the_source(nlp: Pipeline, sentence: str, quote: str, speaker: str) -> None:
    """The source vouches for the clause before it when a later cue has the rest;
    "الأجهزة" (agencies) cite a source."""
    assert quote in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, quote[:8]) == speaker


@pytest.mark.parametrize(
    ("sentence", "fragment"),
    [
        (
            "ورفض المفاوضون الروس الثلاثاء، وفق المصدر المعارض، مسودة مطالب قدمتها "
            "الفصائل، تنص وفق نسخة اطلعت عليها وكالة الأنباء الفرنسية، على تسليم السلاح "
            "الثقيل فور بدء سريان الاتفاق.",
            "ورفض المفاوضون الروس الثلاثاء",
        ),
        (
            "وفي الداخل الإيراني، بحسب المصادر، تتزايد الشكوك بين قادة النظام، بعد أن "
            "خرجت تسريبات غربية تقول إن العقوبات باقية.",
            "وفي الداخل الإيراني",
        ),
    ],
)
def test_no_fragment_before_the_source(nlp: Pipeline, sentence: str, fragment: str) -> None:
    """A verb and subject whose object follows the source, or a phrase of place, is no
    clause of its own."""
    assert fragment not in quote_texts(nlp.analyze(sentence))
