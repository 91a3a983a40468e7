"""Quotations never found on development folds 0-1 (issue 12, qcue): a judgement with
رأى's object pronoun after what stands for the thing judged ("وهو ما يراه مراقبون
محاولة"), and شكك with في. Sentences are forms of development sentences of folds 0-1
and of unseen news; each test asserts the quotation's extent and speaker."""

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
            "وشهدت الانتخابات عزوفا غير مسبوق، فيما يراها محللون رفضا شعبيا للطبقة "
            "السياسية الحاكمة.",
            "رفضا شعبيا للطبقة السياسية الحاكمة",
            "محللون",
        ),
        (
            "وتراجع ائتلاف المالكي إلى المرتبة الرابعة، وهو أمر يراه الموسوي طبيعيا في "
            "ظل فقدانه أسباب تقدمه.",
            "طبيعيا في ظل فقدانه أسباب تقدمه",
            "الموسوي",
        ),
        (
            "واستغل المالكي الرموز الدينية في اللافتات، وهو ما يراه مراقبون محاولة "
            "لاستمالة الناخبين.",
            "محاولة لاستمالة الناخبين",
            "مراقبون",
        ),
    ],
)
def test_judgement_of_ra_a_after_what_was_judged(
    nlp: Pipeline, sentence: str, quote: str, speaker: str
) -> None:
    """رأى with its object pronoun (ى written ا: "يراه"، "يراها") right after ما/فيما/أمر
    judges like اعتبر: the indefinite accusative after the subject is what was said."""
    assert quote in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, quote) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "لا تراه ذاهبا إلى المسجد إلا يوم الجمعة.",
        "وكان الرجل الذي رآه الشهود مسلحا يركض قرب المبنى.",
        "وأثارت الأحلام التي يراها الإنسان فضولا في أوساط المجتمع العلمي.",
        "وتفرض العقوبة بحسب ما تراه الجهات الأمنية مناسبا.",
        "وأول ما يراه الزائرون اقترابهم من المدينة بحرا.",
        "ويكفينا هنا ما يراه أعتى المتشددين لهذا الاتفاق لندرك النتيجة.",
    ],
)
def test_ra_a_elsewhere_sees(nlp: Pipeline, sentence: str) -> None:
    """Without a word that stands for the thing judged (after الذي/التي it sees), after
    "بحسب ما" (as one sees fit) or "أول ما", or with a definite word where the judgement
    would be, رأى with a pronoun states no judgement."""
    assert quote_texts(nlp.analyze(sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "وتشكك الرسالة في المحتوى الذي تقدمه الوسيلة الإعلامية القطرية.",
            "في المحتوى الذي تقدمه الوسيلة الإعلامية القطرية",
            "الرسالة",
        ),
        (
            "وشككت إسرائيل في قانونية الطلب الفلسطيني.",
            "في قانونية الطلب الفلسطيني",
            "إسرائيل",
        ),
    ],
)
def test_doubt_takes_fi(nlp: Pipeline, sentence: str, quote: str, speaker: str) -> None:
    """شكك takes في as it takes بـ: what was doubted, from the preposition on."""
    assert quote in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, quote) == speaker
