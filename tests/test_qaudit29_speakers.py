"""Speakers, the qaudit29 pass (an audit of unseen articles, seeds 10104 and 10105).

A title whose body is named in quotation marks ("الرئيس التنفيذي لشركة "جنرال
إلكتريك""، "المدير التجاري لشركة "إيرباص"") stands for a person, not for the body: the
quoted name no longer becomes the speaker's name, and the title is linked to the person
the article names with it, also where the name comes first and a comma apposes the
title ("أكد جون فلانري، الرئيس التنفيذي لشركة …"). A spokesman "باسم" a body still
speaks for it. An ordinal after an indefinite post ("متحدث ثان باسم البنتاغون") is no
name.

"غير" and an adjective agreeing with the noun before it ("تقارير غير مؤكدة"، "جهاز
الهجرة غير الشرعية") go on describing the speaker; not after a lone definite head
("المنظمة غير الحكومية" stands for the body named before it) nor when the adjective
takes its own complement ("غير مصرح له بالحديث").

In a headline, "من" and the place after a determined title ("وزير خارجية تركيا من
الأردن: …") is where the speaker spoke. A name apposed to a title between commas may
open with a rank ("المتحدث باسم الجيش الليبي، العقيد أحمد المسماري،")."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


LINKED_CASES = [
    # seed 10104: a lone title later in the article, the name apposed before it.
    (
        'أكد جون فلانري، الرئيس التنفيذي لشركة "جنرال إلكتريك" GE أن لدى الشركة تعاونا '
        "كبيرا مع السعودية في مجال الرقمنة. وقال الرئيس التنفيذي لشركة "
        '"جنرال إلكتريك": "أنا أعمل في هذه الشركة منذ 30 عاما".',
        "أنا أعمل",
        "جون فلانري",
    ),
    # A random sample (seed 10105): a headline title linked to the body's name.
    (
        "مدير منظمة حظر الأسلحة الكيميائية يعلن عن تعطل التحقيق في دوما. وقال أحمد "
        "أوزمجو، مدير منظمة حظر الأسلحة الكيميائية، إن فريق التحقيق لم يدخل المدينة.",
        "عن تعطل",
        "أحمد أوزمجو",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), LINKED_CASES)
def test_title_linked_to_its_person(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_title_and_person_after_quoted_body(nlp: Pipeline) -> None:
    text = (
        'وأكد الرئيس التنفيذي لشركة "لايف ستايل ديفيلوبرز" المهندس سلطان صبحي بترجي أن '
        "مفهوم التطوير العقاري لا ينتهي ببيع الوحدة السكنية."
    )
    assert speaker_of(nlp, text, "أن مفهوم") == "سلطان صبحي بترجي"


def test_spokesman_speaks_for_the_body(nlp: Pipeline) -> None:
    text = (
        'وقال متحدث باسم "إنستغرام": "نحن نقوم بإنشاء أداة لنقل البيانات. ستستطيع '
        'قريبا الحصول على نسخة لكل محتوى شاركته".'
    )
    assert speaker_of(nlp, text, "نحن نقوم") == "إنستغرام"


def test_ordinal_is_no_name(nlp: Pipeline) -> None:
    text = (
        "بدوره قال متحدث ثان باسم البنتاغون هو الميجور آدريان رانكين-غالواي إن الولايات "
        "المتحدة تواصل تنفيذ العمليات العسكرية الخاصة بها."
    )
    assert speaker_of(nlp, text, "إن الولايات") != "ثان"


NEGATED_CASES = [
    # Unseen sentences (seed 10107): "غير" and an agreeing adjective describe the speaker.
    (
        "وفي أواخر 2014، ذكر تقرير غير مؤكد أن زعيم التنظيم بعث زمار إلى مصر.",
        "أن زعيم",
        "تقرير غير مؤكد",
    ),
    (
        "وقال الناطق باسم جهاز الهجرة غير الشرعية إن 14 من الموقوفين يحملون الجنسية المصرية.",
        "إن 14",
        "الناطق باسم جهاز الهجرة غير الشرعية",
    ),
    (
        "يأتي ذلك في حين تكشف تقديرات غير رسمية أن عدد محلات الصيرفة في السعودية يصل إلى "
        "نحو 3200 محل.",
        "أن عدد",
        "تقديرات غير رسمية",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), NEGATED_CASES)
def test_negated_adjective_describes_speaker(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_negated_adjective_with_its_complement_ends(nlp: Pipeline) -> None:
    text = "وأفاد مسؤول قضائي فرنسي غير مصرح له بالحديث علانية، أن المشتبه به ولد في نوفمبر 1997."
    assert speaker_of(nlp, text, "أن المشتبه") == "مسؤول قضائي فرنسي"


def _headline_speaker(nlp: Pipeline, title: str) -> str:
    doc = nlp(Document(id="t", title=title, text=title + "\nوجاءت التصريحات خلال زيارة."))
    quote = next(q for q in doc.quotes or [] if q.speaker is not None)
    return doc.slice(quote.speaker)


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        # Unseen headlines (seed 10108): "من" and the place where the titled speaker spoke.
        ("وزير خارجية تركيا من الأردن: دخول قوات النظام السوري لعفرين مرفوض", "وزير خارجية تركيا"),
        ("ملك المغرب من الحسيمة: على الحكومة الإسراع في مواجهة المشاكل", "ملك المغرب"),
        # After an indefinite word the place says where the speaker comes from.
        ("نائب من البصرة: الحكومة فشلت", "نائب من البصرة"),
    ],
)
def test_headline_place_of_speaking(nlp: Pipeline, title: str, speaker: str) -> None:
    assert _headline_speaker(nlp, title) == speaker


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        # Unseen sentences (seed 10109): a rank opens the name apposed to the title.
        (
            "وقال المتحدث باسم الجيش الليبي، العقيد أحمد المسماري، إن القوات تقدمت.",
            "إن القوات",
            "أحمد المسماري",
        ),
        (
            "وأكد قائد اللواء الأول بقوات العمالقة، العميد رائد الحبهي، أن قواته تنتظر "
            "ساعة الصفر لدخول مدينة الحديدة.",
            "أن قواته",
            "رائد الحبهي",
        ),
    ],
)
def test_rank_before_apposed_name(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker
