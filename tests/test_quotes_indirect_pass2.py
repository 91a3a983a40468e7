"""Indirect quotations whose cue is known but which got no span: a common word read as
a cue (عبر "via", طلب in "طلب عدم الكشف عن هويته") between the speaker and "إن".
Sentences from development-part articles of benchmarks/news-gold."""

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
            'وقال راضي، على صفحته عبر موقع "فيسبوك"، إن العقود الموقعة تشمل إنشاء مشروع '
            "محطة الضخ والتخزين بجبل عتاقة، ومشروع إنشاء محطة توليد الكهرباء بالحمراوين.",
            "إن العقود الموقعة تشمل إنشاء مشروع محطة الضخ",
            "راضي",
        ),
        (
            "وقال مصدر برازيلي طلب عدم الكشف عن هويته إن الجوازين المذكورين كانا وثيقيتين "
            "قانونيتين لدى إرسالهما للقنصليات بدون تدوين معلومات عليهما.",
            "إن الجوازين المذكورين كانا وثيقيتين قانونيتين",
            "مصدر برازيلي",
        ),
        (
            "وقال مسؤول بالخزانة الأمريكية طلب عدم نشر اسمه إنه سيعاد فرض هذه العقوبات "
            "يوم الثلاثاء.",
            "إنه سيعاد فرض هذه العقوبات يوم الثلاثاء",
            "مسؤول بالخزانة الأمريكية",
        ),
    ],
)
def test_a_common_word_between_the_speaker_and_that_is_no_cue(
    nlp, sentence, quote, speaker
) -> None:
    """ "عبر موقع"، "طلب عدم الكشف عن هويته" after a noun: the clause after "إن" is
    still what the speaker said."""
    doc = nlp.analyze(sentence)
    assert [t[: len(quote)] for t in quote_texts(doc)] == [quote], quote_texts(doc)
    assert speakers(doc) == [speaker], speakers(doc)


def test_a_cue_after_a_conjunction_keeps_its_own_content(nlp) -> None:
    """ "فيما ذكرت وزارة …، أنها": ذكر after فيما is a new act of speech, so the earlier
    cue does not reach over it for the "أن"."""
    doc = nlp.analyze(
        "وأعلنت شركة إيني الإيطالية، الاثنين، عن كشف نفطي ثان في حوض فاغور بصحراء مصر "
        "الغربية، فيما ذكرت وزارة البترول المصرية، في أبريل الماضي، أنها تمكنت من تحقيق "
        "كشف نفطي في الصحراء الغربية."
    )
    assert "وزارة البترول" in speakers(doc)[-1], speakers(doc)


def test_past_a_common_word_only_that_is_content(nlp) -> None:
    """ "ضريبة تقدر بـ12 في المئة": past a common word read as a cue only "أن"/"إن"
    opens what was said, never a preposition."""
    doc = nlp.analyze(
        "وجاء وعد الحزبين في أعقاب فرض السلطات في الولاية ضريبة تقدر بـ12 في المئة على "
        "المنتجات الصحية في يوليو/تموز، وهو الأمر الذي أثار كثيرا من الغضب والاحتجاجات."
    )
    assert not any(t.startswith("بـ12") for t in quote_texts(doc)), quote_texts(doc)


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            'وأفاد تلفزيون "بي.إف.إم" أن المهاجم أطلق الرصاص على رجل في سيارة وأصاب آخر '
            "قبل أن يسرق المركبة.",
            "أن المهاجم أطلق الرصاص على رجل في سيارة",
            "بي.إف.إم",
        ),
        (
            "وقال مسؤول بالشركة طلب عدم نشر اسمه إن أو.إن.جي.سي سترفع دعاوى تحكيم أيضا "
            "بشأن المبالغ المتبقية في الوقت المناسب.",
            "إن أو.إن.جي.سي سترفع دعاوى تحكيم أيضا",
            "مسؤول بالشركة",
        ),
    ],
)
def test_a_dot_inside_an_acronym_ends_nothing(nlp, sentence, quote, speaker) -> None:
    """ "بي.إف.إم"، "أو.إن.جي.سي": the glued dot is part of an acronym, so
    the sentence and the reported clause go on past it."""
    doc = nlp.analyze(sentence)
    assert len(doc.sentences) == 1, [doc.text[s.start : s.end] for s in doc.sentences]
    assert [t[: len(quote)] for t in quote_texts(doc)] == [quote], quote_texts(doc)
    assert speaker in speakers(doc)[0], speakers(doc)


def test_a_glued_dot_before_a_word_still_ends_a_sentence(nlp) -> None:
    """ "وجهك.هل"، "اليمن.وأكدت": a missing space after a real full stop is no name."""
    doc = nlp.analyze("قال لي انظر إلى وجهك.هل ترى شيئا؟ وقتل ثلاثة في اليمن.وأكدت الوزارة ذلك.")
    assert len(doc.sentences) == 4, [doc.text[s.start : s.end] for s in doc.sentences]
