"""Quotations, the qshift pass (issue 12: indirect quotations Rasd took as another one).

Complaining and recommending report what was said through a preposition, like حذر من
and طالب بـ: "وشكت روسيا من أن …"، "أوصت وزارة التجارة برفض …"; so does "أفاد عن"
(reported), the news agencies' "وأفاد المرصد عن مقتل …". An "عن" that is part of the
speaker's description ("بيان صادر عن القصر"، "المسؤول التنفيذي عن البرنامج، إياد الأحمدي،
أن …") is not what was said."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


COMPLAINTS = [
    # Unseen news (AL-internationalNews-749-20180331).
    (
        "وشكت روسيا من أن بريطانيا لم تقدم أدلة لدعم ادعائها بالتورط الروسي.",
        "من أن بريطانيا لم تقدم أدلة لدعم ادعائها بالتورط الروسي",
        "روسيا",
    ),
    # Unseen news (AL-internationalNews-426-20180311).
    (
        "ويشكو الموظفون الحكوميون في مناطق سيطرة الحوثيين، من عدم صرف مرتباتهم.",
        "من عدم صرف مرتباتهم",
        "الموظفون الحكوميون في مناطق سيطرة الحوثيين",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), COMPLAINTS)
def test_a_complaint_is_reported_speech(nlp: Pipeline, text: str, quote: str, speaker: str) -> None:
    doc = nlp.analyze(text)
    assert quote_texts(doc) == [quote]
    assert speakers(doc) == [speaker]


def test_a_recommendation_is_reported_speech(nlp: Pipeline) -> None:
    # Unseen news (BB-economy-180-20180703).
    doc = nlp.analyze("لكن وزارة التجارة الأمريكية أوصت برفض طلب الرخصة.")
    assert quote_texts(doc) == ["برفض طلب الرخصة"]
    assert speakers(doc) == ["وزارة التجارة الأمريكية"]


REPORTED_ABOUT = [
    # Unseen news (FR-middleEast-94-20180302): "أفاد عن", the news agencies' "reported".
    (
        "وأفاد المرصد عن سيطرة قوات النظام على بلدتين جنوب الغوطة.",
        "عن سيطرة قوات النظام على بلدتين جنوب الغوطة",
        "المرصد",
    ),
    # Unseen news (SK-internationalNews-218-20180302).
    (
        "وكانت وكالة الانباء المحلية أفادت في وقت سابق عن وقوع 30 قتيلا في الحريق.",
        "عن وقوع 30 قتيلا في الحريق",
        "وكالة الانباء المحلية",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), REPORTED_ABOUT)
def test_reported_about_is_what_was_said(
    nlp: Pipeline, text: str, quote: str, speaker: str
) -> None:
    doc = nlp.analyze(text)
    assert quote_texts(doc) == [quote]
    assert speakers(doc) == [speaker]


ABOUT_IN_THE_SPEAKER = [
    # Unseen news (SK-middleEast-2166-20180605): "صادر عن" names who issued the statement.
    (
        "وأفاد بيان صادر عن القصر الملكي، الثلاثاء، بأن العاهل الأردني كلف الرزاز بتشكيل "
        "حكومة جديدة.",
        "بأن العاهل الأردني كلف الرزاز بتشكيل حكومة جديدة",
    ),
    # Unseen news (AL-economy-635-20180521): the speaker's post, then his name, then أن.
    (
        "وأفاد المسؤول التنفيذي عن البرنامج، إياد الأحمدي، أن البرنامج سيوفر 1600 فرصة تدريبية.",
        "أن البرنامج سيوفر 1600 فرصة تدريبية",
    ),
    # Unseen news (SK-middleEast-2424-20180616): the report's issuer before أن; the
    # quotation took "عن مركز بروكينغز" as what was disclosed.
    (
        "وقد كشف تقرير صدر عن مركز بروكينغز، أن حزب الله وتنظيمي القاعدة وداعش، يستغلون "
        "المخدرات في منطقة الشرق الأوسط.",
        "أن حزب الله وتنظيمي القاعدة وداعش، يستغلون المخدرات في منطقة الشرق الأوسط",
    ),
]


@pytest.mark.parametrize(("text", "quote"), ABOUT_IN_THE_SPEAKER)
def test_about_before_that_describes_the_speaker(nlp: Pipeline, text: str, quote: str) -> None:
    assert quote_texts(nlp.analyze(text)) == [quote]


def test_a_feeling_expressed_keeps_what_it_holds(nlp: Pipeline) -> None:
    # "أعرب عن" never takes أن: "عن شعورهم، بأن …" is one thing said.
    text = "وأعرب كثير من اللاجئين عن شعورهم، بأن الأمن يستحيل وجوده في ظل النظام."
    assert quote_texts(nlp.analyze(text)) == ["عن شعورهم، بأن الأمن يستحيل وجوده في ظل النظام"]


CHARGED_OBJECTS = [
    # Unseen news (BB-internationalNews-796-20180712): "بعض" heads the object.
    (
        "اتهم وزير الداخلية الإيطالي ماتيو سالفيني بعض المهاجرين باختطاف سفينة أنقذتهم قبالة "
        "السواحل الليبية.",
        "باختطاف سفينة أنقذتهم قبالة السواحل الليبية",
    ),
    # A number inside the object ("وعددهم 11 عضوا").
    (
        "واتهم الديمقراطيون الجمهوريين وعددهم 11 عضوا بمحاولة الإسراع في العملية.",
        "بمحاولة الإسراع في العملية",
    ),
]


@pytest.mark.parametrize(("text", "quote"), CHARGED_OBJECTS)
def test_the_charge_after_a_longer_object(nlp: Pipeline, text: str, quote: str) -> None:
    assert quote_texts(nlp.analyze(text)) == [quote]
