"""Quotations, the qaudit27 pass (issue 12; unseen news).

"طالبا عدم نشر اسمه"، "مشترطا عدم الكشف عن هويته"، "رافضا الكشف عن اسمه"، "فضل عدم ذكر
اسمه": a source asking that its name stay unsaid reports nothing; the cue whose clause
the request interrupts keeps its content and speaker, and the request is no part of the
speaker's phrase.

"الداخلية السعودية: …"، "الصحة اليمنية: …": in a headline a ministry's short name and its
country's nisba before the colon is the ministry, which speaks.

"لكن الموقع الإلكتروني لـ"سبورتس إيلوسترايتد" أشار إلى …": a quoted name after لـ between
a preposed subject and its verb ends no phrase; the subject speaks.

"الهند ما زالت تطالب بريطانيا بإعادة …": "still" between the subject and its verb is
neither; the subject is looked for before it."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


OWN_NAME = [
    # Unseen news: the request as a participle between the subject and أن.
    (
        "وأوضح المصدر طالبا عدم نشر اسمه، أن السيارة المفخخة انفجرت قرب فندق تيبستي في "
        "شارع تجاري غالبا ما يكون مكتظا في شهر رمضان بعد حلول موعد الإفطار، مشيرا إلى أن "
        "معظم الضحايا مدنيون.",
        [
            "أن السيارة المفخخة انفجرت قرب فندق تيبستي في شارع تجاري غالبا ما يكون مكتظا في "
            "شهر رمضان بعد حلول موعد الإفطار",
            "إلى أن معظم الضحايا مدنيون",
        ],
        ["المصدر", "المصدر"],
    ),
    # A finite verb between commas.
    (
        "من ناحية أخرى، قال مسؤول إسرائيلي رفيع المستوى، اشترط عدم الكشف عن هويته لحساسية "
        "الوضع، أول من أمس، إن الحكومة «لم يتم إخطارها بأي شيء مطلقًا» بخصوص التطورات "
        "المتعلقة بقضية بولارد.",
        [
            "إن الحكومة «لم يتم إخطارها بأي شيء مطلقًا» بخصوص التطورات المتعلقة بقضية بولارد",
        ],
        ["مسؤول إسرائيلي رفيع المستوى"],
    ),
    # Then a quotation.
    (
        'وأضافت المتحدثة طالبة عدم الكشف عن اسمها "نواصل حض الحكومة السعودية على احترام '
        'الحقوق القانونية، وعلى نشر معلومات حول قضاياها القانونية".',
        [
            "نواصل حض الحكومة السعودية على احترام الحقوق القانونية، وعلى نشر معلومات حول "
            "قضاياها القانونية"
        ],
        ["المتحدثة"],
    ),
    # In a relative clause: "ذكر" there is no cue and "اسمه" no speaker.
    (
        'وأضاف المصدر الذي فضل عدم ذكر اسمه أنه "من المستحيل شن غارات جوية في مناطق مكتظة '
        'بالسكان كالموصل من دون التسبب بقتل مدنيين".',
        ["من المستحيل شن غارات جوية في مناطق مكتظة بالسكان كالموصل من دون التسبب بقتل مدنيين"],
        ["المصدر"],
    ),
]


@pytest.mark.parametrize(("text", "quotes", "names"), OWN_NAME)
def test_hiding_ones_name_is_no_cue(
    nlp: Pipeline, text: str, quotes: list[str], names: list[str]
) -> None:
    doc = nlp.analyze(text)
    assert quote_texts(doc) == quotes
    assert speakers(doc) == names


def test_hiding_ones_name_is_no_part_of_the_speaker(nlp: Pipeline) -> None:
    text = "وتابع المسؤول رافضا الكشف عن اسمه إن مساعي الحكومة تتركز على تأمين مصادر بديلة للتمويل."
    assert speakers(nlp.analyze(text)) == ["المسؤول"]


@pytest.mark.parametrize(
    ("title", "speaker"),
    [
        ('الداخلية السعودية: تنظيم استخدام طائرات "درون" في مراحله النهائية', "الداخلية السعودية"),
        ("الصحة اليمنية: وفاة 62 شخصاً جراء الدفتيريا", "الصحة اليمنية"),
        ("المالية السعودية: توزيعات أرباح أرامكو بشكل ربع سنوي", "المالية السعودية"),
    ],
)
def test_a_ministry_by_its_short_name_speaks(nlp: Pipeline, title: str, speaker: str) -> None:
    doc = nlp.analyze("وجاء ذلك في بيان رسمي صدر اليوم.", title=title)
    assert speakers(doc)[:1] == [speaker]
    assert quote_texts(doc)[0] == title.split(": ", 1)[1]


def test_a_field_with_a_nisba_does_not_speak(nlp: Pipeline) -> None:
    doc = nlp.analyze(
        "وجاء ذلك في تقرير صدر اليوم.", title="السياحة المصرية: ارتفاع عدد الزوار 20%"
    )
    assert quote_texts(doc) == []


def test_the_subject_reaches_past_the_outlet_quoted(nlp: Pipeline) -> None:
    # Unseen news: the quoted outlet no longer cuts the subject off, and the club
    # named in the clause before is not taken for the speaker.
    text = (
        'ولم يكشف لوس أنجلس غالاكسي قيمة الصفقة، لكن الموقع الإلكتروني لـ"سبورتس '
        'إيلوسترايتد" أشار إلى أنه يصل إلى 3 ملايين دولار لمدة موسمين.'
    )
    assert speakers(nlp.analyze(text)) == ["الموقع الإلكتروني"]


def test_still_stands_between_the_subject_and_its_verb(nlp: Pipeline) -> None:
    doc = nlp.analyze(
        "وكانت الهند قد طالبت بالماسة مرارا.",
        title='الهند ما زالت تطالب بريطانيا باعادة ماسة "جبل النور"، احدى مجوهرات التاج البريطاني',
    )
    assert speakers(doc)[:1] == ["الهند"]
