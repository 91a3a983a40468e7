"""Quotations, the qaudit8 pass (issue 12: a statement's author written after it).

"وجاء في بيان صادر اليوم الاثنين عن الخارجية الأمريكية أن …"، "وجاء في بيان المنظمة
الأممية أن …": a bare document noun after "جاء في" names its author as its genitive or
after "صادر عن"; only "بيان لـ…" was read, so the latest speaker was carried to what
the statement says (`stated_documents.document_author`). The sentences are from unseen
news articles (ant-jawharafm)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


AUTHOR_CASES = [
    # After "صادر" and a time, "عن" names the issuing body.
    (
        "وقال مسؤول بالوزارة إن التحذير ليس مدفوعا بتهديد محدد. وجاء في بيان صادر اليوم "
        "الاثنين عن الخارجية الأمريكية أن المراكز التجارية والمنشآت الحكومية والفنادق "
        "والأندية والمطاعم وأماكن العبادة والمتنزهات والمطارات ومواقع أخرى كلها أهداف "
        "محتملة لهجمات.",
        "أن المراكز التجارية",
        "الخارجية الأمريكية",
    ),
    # "صدر عن" before a quotation in marks.
    (
        "أعلن الديوان الملكي السعودي مساء اليوم الأربعاء عن وفاة الأمير السعودي مشعل بن "
        'عبدالعزيز آل سعود. وجاء في بيان صدر عن الديوان الملكي، "إن الأمير مشعل بن عبد '
        'العزيز آل سعود سيدفن غدا الخميس في مقبرة المسجد الحرام في مكة المكرمة".',
        "إن الأمير مشعل",
        "الديوان الملكي",
    ),
    # The author as the statement's genitive.
    (
        "وقال مسؤول محلي إن الوضع صعب. وجاء في بيان المنظمة الأممية أن العشرات من "
        "الأطفال قتلوا في مدينة منبج أو المناطق المجاورة لها، جراء الصراع والقصف الجوي.",
        "أن العشرات من الأطفال",
        "المنظمة الأممية",
    ),
]


@pytest.mark.parametrize(("text", "start", "author"), AUTHOR_CASES)
def test_statement_author_after_document(nlp: Pipeline, text: str, start: str, author: str) -> None:
    assert speaker_of(nlp, text, start) == author


def test_report_about_a_body_is_not_by_it(nlp: Pipeline) -> None:
    # "تقرير عن المنظمة": a report about the organisation (or by an unnamed hand), no
    # author read after "عن" without "صادر".
    text = (
        "اتهمت منظمة هيومن رايتس ووتش قوات الأمن المصرية بارتكاب مذبحة خلال فض اعتصام "
        "رابعة العدوية في أوت 2013. وجاء في تقرير عن المنظمة أن قوات الأمن المصري ارتكبت "
        "عمليات قتل جماعي ممنهج لما لا يقل عن 817 شخصا."
    )
    assert speaker_of(nlp, text, "أن قوات الأمن") != "المنظمة"


def test_adjective_after_document_is_no_author(nlp: Pipeline) -> None:
    # "بيان مشترك": an adjective, not who issued it; the latest speaker stays.
    text = (
        "وقال الوزير إن المحادثات كانت مثمرة. وجاء في بيان مشترك أن الجانبين اتفقا على "
        "مواصلة التنسيق."
    )
    assert speaker_of(nlp, text, "أن الجانبين") == "الوزير"
