"""Speakers, the qspk pass: classes counted on the misattributed quotes of the
development parts (folds 0-2) of benchmarks/news-gold and ../shared/gold. Every
sentence is taken from a development article of news-gold."""

from __future__ import annotations

import pytest

from quote_speakers import speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def speaker_of(nlp: Pipeline, text: str, start: str) -> str:
    """The speaker of the quote that starts with `start`."""
    doc = nlp.analyze(text)
    for name, q in zip(speakers(doc), doc.quotes or [], strict=True):
        if doc.slice(q).startswith(start):
            return name
    raise AssertionError(f"no quote starts with {start!r}: {[doc.slice(q) for q in doc.quotes]}")


# A description without a name after the verb, then the person it describes before
# what was said: the person speaks (18 dev quotes).
HOLDERS = [
    pytest.param(
        "في أول تعليق له، قال لاعب وسط المنتخب الألماني لكرة القدم مسعود أوزيل، الأحد، "
        "إنه غير نادم على التقاطه صورة مع الرئيس التركي رجب طيب أردوغان.",
        "إنه غير نادم",
        "مسعود أوزيل",
        id="title-then-name",
    ),
    pytest.param(
        'وقال أحد موقعي هذه الرسالة، يدعى إيريك لاي، إن التوصل إلى مثل هذا الاتفاق سيشكل "صدمة".',
        "إن التوصل",
        "إيريك لاي",
        id="called",
    ),
    pytest.param(
        "وقال قائممقام منطقة سوران بمحافظة أربيل، كرمانج عزت، في تصريحات هاتفية لـ"
        '"سكاي نيوز عربية"، إن القوات التركية أقامت خنادق وثكنة عسكرية على تخوم قرية برميزة.',
        "إن القوات التركية",
        "كرمانج عزت",
        id="apposed-name",
    ),
    pytest.param(
        'وقال مدير مكتبه السياسي ياسر دلوان لفرانس برس "إذا اختار النظام الحل العسكري '
        'مرة أخرى سيرى ما يسوغه في الغوطة الشرقية".',
        "إذا اختار",
        "ياسر دلوان",
        id="before-audience",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), HOLDERS)
def test_a_description_speaks_through_the_name_after_it(nlp, text, start, speaker) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_a_name_told_something_is_no_holder(nlp) -> None:
    # "لفرانس برس" is whom it was told: the holder search stops at it.
    text = "وقال الجيش لفرانس برس في بيروت إن القصف توقف."
    assert speaker_of(nlp, text, "إن القصف") != "فرانس برس"


# "حسب بيان X"، "وفقا لتصريحات أدلى بها X": the statement's author, not the statement
# (5 dev quotes).
STATEMENTS = [
    pytest.param(
        "احتفلت القوات البحرية المصرية بتدشين أول فرقاطة محلية الصنع، حسب بيان المتحدث "
        'العسكري المصري، عقيد أركان حرب تامر الرفاعي، في صفحته على موقع "فيسبوك"، الجمعة.',
        "احتفلت",
        "المتحدث العسكري المصري",
        id="statement-of",
    ),
    pytest.param(
        "وتضررت مدينة أبلاتشيكولا، التي يبلغ عدد سكانها 2300 نسمة، كثيرا وفقا لتصريحات "
        "أدلى بها عمدة المدينة والتي تضمنت سقوط كابلات الكهرباء في الطرق.",
        "وتضررت",
        "عمدة المدينة",
        id="statements-made-by",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), STATEMENTS)
def test_an_attributed_statement_is_its_authors(nlp, text, start, speaker) -> None:
    assert speaker_of(nlp, text, start) == speaker


# The extent of the speaker's name.
EXTENTS = [
    pytest.param(
        "وقالت الدكتورة كارا بوكر، قائد فريق البحث بجامعة إسيكس، إن السبب في ذلك أن "
        "هناك عوامل أخرى.",
        "إن السبب",
        "كارا بوكر",
        id="surname-opening-with-b",  # "بوكر" is no "ب" + "وكر"
    ),
    pytest.param(
        'من جانبه قال أحمد خالد موسى مخرج مسلسل "أبو عمر المصري"، إنه لم يكن يتوقع رد '
        "فعل الجمهور على مسلسل.",
        "إنه لم يكن",
        "أحمد خالد موسى",
        id="quoted-work-after-named-speaker",
    ),
    pytest.param(
        'أعلنت وكالة أنباء "فارس" الإيرانية أن الحرس الثوري في البلاد شن، فجر الإثنين، '
        '"هجوما صاروخيا" على مقر.',
        "أن الحرس",
        "فارس",
        id="quoted-agency-name",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), EXTENTS)
def test_speaker_name_extent(nlp, text, start, speaker) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_a_preposition_before_a_name_still_ends_it(nlp) -> None:
    # "لعباس": the ل is a preposition (عباس is far commoner than لعباس).
    assert speaker_of(nlp, "وقال بوتين لعباس إن روسيا تدعم الفلسطينيين.", "إن روسيا") == "بوتين"
