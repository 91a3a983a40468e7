"""Cues of reported speech whose complement is neither a complementizer nor a
preposition: what they introduce and what they do not. Sentences from
development-part articles of benchmarks/news-gold."""

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
        (
            "بعد نحو أسبوع من الصمت، أعلنت موسكو الخميس مقتل خمسة مواطنين، لا ينتمون للجيش "
            "الروسي، في الغارة الأمريكية على دير الزور شمال سوريا الأسبوع الماضي.",
            "مقتل خمسة مواطنين",
            "موسكو",
        ),
        (
            "وأعلنت السلطات سقوط أول قتيل بين المحتجين بإطلاق النار على رجل في كرج غربي طهران.",
            "سقوط أول قتيل بين المحتجين",
            "السلطات",
        ),
    ],
)
def test_an_announced_fact_is_what_was_claimed(nlp, sentence, quote, speaker) -> None:
    """ "أعلن X مقتل/سقوط/استهداف …": a death, arrest or strike announced is a claim."""
    doc = nlp.analyze(sentence)
    assert [t[: len(quote)] for t in quote_texts(doc)] == [quote], quote_texts(doc)
    assert speakers(doc) == [speaker], speakers(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلنت مانيلا فرض حظر تام على سفر عمال بلادها إلى الكويت يشمل الذين حصلوا على تصاريح عمل.",
        "ففي بداية جلسة البرلمان، أحرق النواب علما أميركيا ونسخة رمزية من الاتفاق النووي "
        "الذي أعلن ترامب انسحابه منه الثلاثاء.",
    ],
)
def test_an_act_performed_by_announcing_it_is_no_quotation(nlp, sentence) -> None:
    """ "أعلنت مانيلا فرض حظر"، "أعلن ترامب انسحابه": the announcement is the act."""
    assert quote_texts(nlp.analyze(sentence)) == []
