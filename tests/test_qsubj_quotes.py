"""Quotations, the qsubj pass (issue 12: the subject before the cue lost to a time
phrase after it).

"وكانت إدارة الجامعة بيَّنت فور ارتكاب تلك الجريمة أن": "فور" and "غداة" are time
words that take an object, like "عقب" and "إثر", so the object is when the cue was
said, never who said it; a demonstrative right after the time word or its noun ("بعد
ذلك"، "فور ارتكاب تلك الجريمة") belongs to the object. The sentences are from unseen
ant-multisource and saudinewsnet articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


TIME_CASES = [
    # The subject before "كانت … verb", the time phrase with a demonstrative after it.
    (
        "وقال مسؤولو الجامعة في بيان إن الشرطة رافقت المغادرين للحرم الجامعي بعد إلغاء "
        "الأنشطة والمحاضرات اليوم، السبت. وكانت إدارة الجامعة بيَّنت فور ارتكاب تلك الجريمة أن "
        'إطلاق النار وقع في مجمع "كامبل هول"، مشيرة إلى أن الشرطة دعت الجميع إلى الاحتماء '
        "بمكانٍ ما.",
        "أن إطلاق النار",
        "إدارة الجامعة",
    ),
    # A zero subject after "وقال غداة …": the previous sentence's speaker.
    (
        "من جهته، أعلن وزير الدفاع الاميركي جيم ماتيس الثلاثاء ان تسميم الجاسوس الروسي "
        "السابق في بريطانيا جزء من استراتيجية لتنفيذ عمليات ثم نفي المسؤولية عنها. وقال "
        "غداة اعلان واشنطن انها ستطرد ستين روسيا في مبادرة دعم لبريطانيا، إن نفي الرئيس "
        "الروسي فلاديمير بوتين للمسؤولية لا يمكن أخذه على محمل الجد.",
        "انها ستطرد",
        "جيم ماتيس",
    ),
    (
        "وصل نائب الرئيس اليمني رئيس الوزراء خالد بحاح، إلى مطار عدن أمس، برفقة ستة من "
        'أعضاء حكومته. وقال فور وصوله في تصريحات إلى الصحفيين "عودتي إلى عدن جزء من '
        'عملية تحريرها وتطبيع الحياة فيها".',
        "عودتي إلى عدن",
        "خالد بحاح",
    ),
    # A time phrase that stops before a word that is not its object.
    (
        "دوت صفارات الإنذار بسبب صواريخ في مرتفعات الجولان التي تحتلها إسرائيل، اليوم "
        "الخميس، لكن الجيش الإسرائيلي قال بعد ذلك بسرعة إن الإنذار كاذب.",
        "إن الإنذار كاذب",
        "الجيش الإسرائيلي",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), TIME_CASES)
def test_time_phrase_is_not_the_speaker(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_time_phrase_after_the_cue_opens_no_quotation(nlp: Pipeline) -> None:
    text = (
        "وكان فيدال قد أكد فور وصوله للتوقيع مع ناديه الجديد، أنه جاهز بنسبة 100 بالمئة "
        'للمشاركة مع الفريق، وفق ما نقل موقع "آس".'
    )
    quotes = quote_texts(nlp.analyze(text))
    assert any(q.startswith("أنه جاهز") for q in quotes)
    assert not any(q.startswith("فور") for q in quotes)
