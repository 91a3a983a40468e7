"""Reporting cues mined from unseen news (issue 12, qlex; benchmarks/mine_cues.py):
threats with توعد بـ, observations with لاحظ أن, advice with نصح بـ, warnings with
أنذر بأن, urging with حض على. Sentences are
forms of unseen corpus sentences read while vetting the mined list."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "وتوعد الرئيس الأمريكي بفرض عقوبات اقتصادية على إيران.",
            "بفرض عقوبات اقتصادية على إيران",
        ),
        (
            "أنذرت روسيا الفصائل بأنها تنتظر ردها النهائي على اقتراح وقف إطلاق النار.",
            "بأنها تنتظر ردها النهائي على اقتراح وقف إطلاق النار",
        ),
        (
            "ولاحظ البنك أن نسبة التضخم ستبقى في مستويات منخفضة.",
            "أن نسبة التضخم ستبقى في مستويات منخفضة",
        ),
        (
            "ونصح صندوق النقد لبنان باحتواء المخاطر التي تهدد الاستقرار المالي.",
            "باحتواء المخاطر التي تهدد الاستقرار المالي",
        ),
        (
            "وحضت الأمم المتحدة عمان على فتح الحدود أمام النازحين.",
            "على فتح الحدود أمام النازحين",
        ),
    ],
)
def test_mined_cue_reports_speech(nlp: Pipeline, sentence: str, quote: str) -> None:
    assert quote in quote_texts(nlp.analyze(sentence))


def test_portending_is_not_warning(nlp: Pipeline) -> None:
    """ينذر بـ with a thing for subject portends; أنذر is listed in the past only."""
    sentence = "وتوغلت القوات داخل الإقليم، ما ينذر بانطلاق عملية عسكرية كبرى."
    assert quote_texts(nlp.analyze(sentence)) == []


def test_inciting_content_is_not_urging(nlp: Pipeline) -> None:
    """تحض على with a thing for subject incites; حض is listed in the past only."""
    sentence = "وتلاحق إسرائيل منشورات تحض على العنف عبر مواقع التواصل."
    assert quote_texts(nlp.analyze(sentence)) == []


def test_word_in_bi_after_the_cue_is_no_subject(nlp: Pipeline) -> None:
    """ "حيث توعدت بشن عمليات …، ليعلن أردوغان أن …": after a cue that takes ب, a word
    in ب naming no one is what was threatened (the subject unwritten), never the
    speaker of a later complementizer."""
    sentence = (
        "بل تخطتها إلى العراق حيث توعدت بشن عمليات في سنجار، قبل أن تتراجع أمام "
        "الحكومة العراقية، ليعلن أردوغان أن مدير المخابرات التركي سيجتمع مع مسؤول عراقي."
    )
    assert "بشن عمليات" not in speakers(nlp.analyze(sentence))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("وطالب بعض مشجعي النادي عبر موقع تويتر بتنظيم مظاهرة أمام السفارة.", "بعض"),
        ("وهدد بومبيو بفرض عقوبات جديدة على إيران.", "بومبيو"),
        ("وأفاد بيان البيت الأبيض أن الرئيسين ناقشا الجهود المشتركة.", "بيان"),
    ],
)
def test_subject_in_bi_stays_the_speaker(nlp: Pipeline, sentence: str, speaker: str) -> None:
    """A name, a share word or a source in ب is still the subject."""
    assert any(s.startswith(speaker) for s in speakers(nlp.analyze(sentence)))
