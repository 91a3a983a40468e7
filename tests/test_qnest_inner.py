"""Quotations nested inside a reported clause, the qnest pass: a subject, a cue and
words in quotation marks inside another quotation are a quotation of that subject (the
outer one stays). Kept because it raised dev folds 0-1 and did not lower fold 2. Every
sentence is taken from a development article (folds 0-1)."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


INNER_DIRECT = [
    pytest.param(
        "وقال مصدر مقرب من العبادي لوكالة الأنباء الفرنسية إن رئيس الوزراء قال خلال "
        'اللقاء "جئنا لنخدم أهل البصرة ولنضع أيدينا بأيدي بعض، من أجل إنجاز المشاريع '
        'وتقديم الخدمات لأبنائها".',
        "إن رئيس الوزراء قال",
        "جئنا لنخدم",
        "رئيس الوزراء",
        id="prime-minister-said-during-the-meeting",
    ),
    pytest.param(
        "وقالت المتحدثة باسم البيت الأبيض، سارة ساندرز، إن ترامب أكد، في كلمته أمام قمة "
        'بروكسل، "أقترح أن تحترم الدول، ليس فقط التزاماتها بتخصيص 2 بالمئة من إجمالي '
        'الناتج الداخلي لنفقات الدفاع، بل أن تزيدها إلى 4 بالمئة".',
        "إن ترامب أكد",
        "أقترح أن تحترم",
        "ترامب",
        id="trump-stressed-in-his-speech",
    ),
]


@pytest.mark.parametrize(("text", "outer", "inner", "speaker"), INNER_DIRECT)
def test_quoted_words_after_an_inner_cue_are_its_subjects(
    nlp: Pipeline, text: str, outer: str, inner: str, speaker: str
) -> None:
    texts = quote_texts(nlp.analyze(text))
    assert any(t.startswith(outer) for t in texts), texts  # the outer quotation stays
    assert speaker in speaker_of(nlp, text, inner)


def test_a_speaker_after_the_inner_cue_keeps_the_quoted_words(nlp: Pipeline) -> None:
    # FR-internationalNews-1827-20180615: the noun before "قالت" is not its subject.
    text = (
        "وكان رئيس البرلمان الإيطالي أنطونيو تاجاني اعتبر مؤخرا أن إدارة تدفق اللاجئين "
        'رهن بمدى "استمرارية" الاتحاد الأوروبي بينما قالت المستشارة الألمانية أنغيلا '
        'ميركل إنه "اختبار إيجابي لمستقبل" أوروبا.'
    )
    assert speaker_of(nlp, text, "اختبار إيجابي") == "أنغيلا ميركل"


# A cue that opens the quoted words has a quotation of its own, nested in them.
OPENING_CUE = [
    pytest.param(
        'المندوب العام لمهرجان كان تيري فريمو قال: "أعلن غودار أنه سيأتي... وذلك لا '
        'يعني شيئا"... لم يأت غودار فعلا.',
        "أنه سيأتي",
        "غودار",
        id="godard-announced-he-would-come",
    ),
    pytest.param(
        'وقال في هذا الصدد "أكدت لي السلطات أنني لم أرتكب أي انتهاك للقوانين الدولية، '
        'لكن المساعدة التي قدمتها للطيفة تعتبر انتهاكا للقواعد الإسلامية".',
        "أنني لم أرتكب",
        "السلطات",
        id="the-authorities-assured-me",
    ),
]


@pytest.mark.parametrize(("text", "inner", "speaker"), OPENING_CUE)
def test_a_cue_opening_quoted_words_reports_its_subjects_words(
    nlp: Pipeline, text: str, inner: str, speaker: str
) -> None:
    assert speaker in speaker_of(nlp, text, inner)


def test_a_quotation_nested_in_quoted_words_ends_with_them(nlp: Pipeline) -> None:
    text = OPENING_CUE[0].values[0]
    nested = [t for t in quote_texts(nlp.analyze(text)) if t.startswith("أنه سيأتي")]
    assert nested and all("لم يأت" not in t for t in nested), nested
