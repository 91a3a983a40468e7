"""Suspending or stopping ties, talks, services or cooperation (علق، تعليق، أوقف) and
doubling tariffs (مضاعفة الرسوم) are SANCTION; massing fighters (تحشد مقاتلين) is MOBILIZE.
Sentences from development articles of benchmarks/news-gold."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        'كما أوقف السير "ريتشارد برانسون" المحادثات حول استثمار سعودي بقيمة مليار دولار في'
        ' شركات الفضاء "فيرجين".',
        "وكانت واشنطن قد أعلنت مضاعفة الرسوم الجمركية على أنقرة بعدما رفضت تسليم القس الأمريكي.",
        "وأوضح الأسد للصحيفة البريطانية أن بلاده قد أوقفت تعاونها الأمني ومشاركتها في"
        " المعلومات الاستخبارية مع الدول الغربية.",
        "قرر مجلس إدارة هيئة الاتصالات وتقنية المعلومات السعودية تعليق بعض خدمات شركة اتحاد"
        ' اتصالات "موبايلي"، لعدم وفائها بالتزاماتها.',
    ],
)
def test_suspending_ties_is_a_sanction(nlp, text):
    assert "SANCTION" in event_types(nlp, text)


def test_a_comment_is_no_suspension(nlp):
    text = "ورفضت الحكومة الإسرائيلية التعليق على هذه القضايا الأمنية."
    assert "SANCTION" not in event_types(nlp, text)


def test_massing_fighters_is_mobilizing(nlp):
    text = "وقال مسؤول آخر بالمعارضة المسلحة إن فصائل الجيش السوري الحر تحشد بالفعل مقاتلين."
    assert "MOBILIZE" in event_types(nlp, text)
