"""Quotations, the qspk pass (issue 12, the extent of the speaker phrase).

A definite word after the definite subject of a cue is its adjective only when it
agrees with it: a plural in -ين after a nominative plural in -ون ("اتهم الديمقراطيون
الجمهوريين"), or a feminine plural in -ات after a noun that is none ("وطالب الأزهر
السلطات الرسمية"، "وحثت الصحيفة السلطات"), starts the verb's object, so the speaker
ends before it. Sentences from unseen news (seed 10171) and dev fold 0-1 forms.

A share's group keeps its adjectives ("العديد من الشركات الأجنبية الكبرى"، "بعض
الاقتصاديين الأوروبيين"): nisbas and the words.tsv `group_adjective` list (seed 10172).

A title's one-letter abbreviation and its dot ("وأضاف د. يوسف"، "أ.د. سعيد"، "م. فهد")
no longer end the phrase on the letter: the name after them speaks (seed 10174)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    (
        "وطالب الأزهر السلطات الرسمية في إيران بتوضيح حقيقة ما حدث من هدم لمسجد السنة "
        "الوحيد في طهران.",
        "بتوضيح",
        "الأزهر",
    ),
    (
        "وحثت الصحيفة السلطات في ميانمار على عكس هذا التوجه وضرورة تقنين وضع الروهنجيا.",
        "على عكس",
        "الصحيفة",
    ),
    (
        "وطالب المواطن الجهات الأمنية بتكثيف البحث عن ابنتيه، حيث تبلغ إحداهما 19 عاما.",
        "بتكثيف",
        "المواطن",
    ),
    (
        "لكن في مقابل هذه التصريحات اتهم الانفصاليون القوات الأوكرانية بتكثيف الهجمات "
        "وإطلاق النار على مناطق مدنية في الأسابيع الماضية.",
        "بتكثيف",
        "الانفصاليون",
    ),
    (
        "واتهم الديمقراطيون الجمهوريين في اللجنة بمحاولة الإسراع في العملية قبل "
        "انتخابات التجديد النصفي.",
        "بمحاولة",
        "الديمقراطيون",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_object_after_definite_subject(nlp: Pipeline, text: str, start: str, speaker: str):
    assert speaker_of(nlp, text, start) == speaker


def test_agreeing_adjective_stays(nlp: Pipeline):
    # "المسؤولون الفلسطينيون"، "القوات المسلحة": adjectives that agree stay in the phrase.
    text = "وقالت القوات المسلحة الأوكرانية إن الانفصاليين قصفوا مواقعها ليلا."
    assert speaker_of(nlp, text, "إن") == "القوات المسلحة الأوكرانية"


GROUP_CASES = [
    (
        "وأعلنت العديد من الشركات الأجنبية الكبرى أنها ستعلق أنشطتها في إيران.",
        "أنها ستعلق",
        "العديد من الشركات الأجنبية الكبرى",
    ),
    (
        "ويرى بعض الاقتصاديين الأوروبيين أن اليورو أصبح يمثل حملا ثقيلا على بعض الدول.",
        "أن اليورو",
        "بعض الاقتصاديين الأوروبيين",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), GROUP_CASES)
def test_share_group_keeps_its_adjectives(nlp: Pipeline, text: str, start: str, speaker: str):
    # A share's group keeps the adjectives that say which group spoke (the gold's
    # fullest description); its canonical stays the group noun.
    doc = nlp.analyze(text)
    quote = next(q for q in doc.quotes or [] if doc.slice(q).startswith(start))
    assert quote.speaker is not None and doc.slice(quote.speaker) == speaker


ABBREVIATION_CASES = [
    ("وقال د. محمد العلي إن الأسر لا تملك العلم والخبرات.", "إن الأسر", "محمد العلي"),
    (
        "ويشير د. أحمد الزهراني إلى ما يلاحظ أيضا من بعض السلوكيات الخاطئة.",
        "إلى ما يلاحظ",
        "أحمد الزهراني",
    ),
    ("وقال أ.د. سعيد الغامدي إن الجامعة تعمل على المشروع.", "إن الجامعة", "سعيد الغامدي"),
    ("وقال م. فهد الحربي إن المشروع اكتمل في موعده.", "إن المشروع", "فهد الحربي"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), ABBREVIATION_CASES)
def test_name_after_title_abbreviation(nlp: Pipeline, text: str, start: str, speaker: str):
    # "د." had ended the phrase on the letter: the speaker was "د" or nobody.
    assert speaker_of(nlp, text, start) == speaker


def test_abbreviation_after_title(nlp: Pipeline):
    # The abbreviation after a title had been read as the quotation ("د"); the title's
    # holder speaks.
    text = "وأكد المستشار القانوني د. سعد الوهيبي أن المجلس الأعلى للقضاء يعمل على ذلك."
    assert speaker_of(nlp, text, "أن المجلس") == "سعد الوهيبي"
    doc = nlp.analyze("وأوضح أمين الأحساء م. عادل الملحم أن هذا النظام الإلكتروني جديد.")
    assert [doc.slice(q) for q in doc.quotes or []] == ["أن هذا النظام الإلكتروني جديد"]
