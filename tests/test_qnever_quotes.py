"""Quotations never found on development folds 0-1 (issue 12, qnever): beliefs
reported with آمن ("تؤمن الطائفة بأن …") and what نوّه points to after إلى ("نوّهت
الوزارة إلى حصول …"), and doubts cast with شكك بـ ("ماتيس يشكك برواية روسيا").
Sentences are forms of development sentences
of folds 0-1 and of unseen news."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("وتؤمن الطائفة بأن نهاية العالم وشيكة.", "بأن نهاية العالم وشيكة"),
        (
            "وتحولت الجماعة إلى طائفة عدمية تؤمن بأن العالم سيفنى في حرب عالمية ثالثة.",
            "بأن العالم سيفنى في حرب عالمية ثالثة",
        ),
    ],
)
def test_belief_with_aamana_is_reported(nlp: Pipeline, sentence: str, quote: str) -> None:
    """آمن بأن: what a group holds true, reported like اعتقد أن."""
    assert quote in quote_texts(nlp.analyze(sentence))


def test_securing_is_no_belief(nlp: Pipeline) -> None:
    """يؤمّن with an object and no complementizer secures something; nothing is said."""
    quotes = quote_texts(nlp.analyze("ويؤمن الجيش الحدود الشمالية منذ أسابيع."))
    assert quotes == []


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "ونوّهت الوزارة إلى حصول المواطنين القطريين على نفس الحقوق.",
            "إلى حصول المواطنين القطريين على نفس الحقوق",
        ),
        (
            "وحذرت المديرية من الترويج، منوهة إلى خطر المخدرات على الشباب.",
            "إلى خطر المخدرات على الشباب",
        ),
    ],
)
def test_nawwaha_ila_points_to_what_was_said(nlp: Pipeline, sentence: str, quote: str) -> None:
    """نوّه إلى + a verbal noun, like أشار إلى: the point made."""
    assert quote in quote_texts(nlp.analyze(sentence))


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("وشكك الوزير بنتائج الانتخابات الأخيرة.", "بنتائج الانتخابات الأخيرة"),
        (
            "وشكك خبراء بمدى إمكانية بقاء الطائرة في الخدمة.",
            "بمدى إمكانية بقاء الطائرة في الخدمة",
        ),
    ],
)
def test_doubt_with_shakkaka_bi_is_reported(nlp: Pipeline, sentence: str, quote: str) -> None:
    """شكك بـ + a noun: what someone doubted, a claim like نفى's."""
    assert quote in quote_texts(nlp.analyze(sentence))
