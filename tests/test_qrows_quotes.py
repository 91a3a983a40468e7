"""Quotations, the qrows pass (issue 12: what each cue takes, read off the corpus).

`benchmarks/cue_complements_corpus.py` counts what follows each cue of `cues.tsv` in
unseen news. "ألمح إلى" (hinted at) and "نبه إلى" (drew attention to, warned of) report
a claim as "أشار إلى" does, and their rows took only أن; "نبه من" was tried and left
out: after a subject "من" is as often "of" ("مسؤول من الاتحاد الأوروبي"). The sentences
are from unseen ant-multisource articles (seeds 10695-10699)."""

from __future__ import annotations

import pytest

from conftest import Said

HINTED = [
    (
        "وترامب البالغ الحادية والسبعين كان قد لمح مرارا إلى أمله بالفوز بولاية رئاسية ثانية.",
        "إلى أمله بالفوز بولاية رئاسية ثانية",
        "ترامب",
    ),
    (
        "كما نبه ماتيس أيضاً إلى ضم روسيا للقرم وتدخلها العسكري في شرق أوكرانيا.",
        "إلى ضم روسيا للقرم وتدخلها العسكري في شرق أوكرانيا",
        "ماتيس",
    ),
    (
        "نبهت دراسة طبية حديثة إلى المخاطر الكبيرة للضوء الأزرق الصادر عن الأجهزة الإلكترونية.",
        "إلى المخاطر الكبيرة للضوء الأزرق الصادر عن الأجهزة الإلكترونية",
        "دراسة طبية حديثة",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), HINTED)
def test_hint_or_warning_with_ila_is_what_was_said(
    said: Said, text: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in said(text)


def test_participle_of_hinting_takes_ila(said: Said) -> None:
    text = (
        'طلبت وزيرة العدل الألمانية، كاتارينا بارلي، التحدث إلى المديرين التنفيذيين في "فيسبوك"، '
        "ملمحة إلى احتمال تكبد الشركة تعويضات."
    )
    # The participle takes its speaker from the clause.
    expected = ("إلى احتمال تكبد الشركة تعويضات", "وزيرة العدل الألمانية، كاتارينا بارلي")
    assert expected in said(text)


def test_that_after_ila_keeps_its_preposition(said: Said) -> None:
    # The gold spans of "أشار إلى أن" start at "إلى"; those of "نبه إلى أن" do too.
    text = (
        "قال وزير الخارجية الأميركي، مايك بومبيو، الاثنين، إن واشنطن انسحبت من الاتفاق "
        "النووي مع إيران بسبب الأخطاء التي شابته، منبها إلى أن طهران خدعت العالم بالاتفاق."
    )
    assert "إلى أن طهران خدعت العالم بالاتفاق" in [q for q, _ in said(text)]


def test_min_after_the_subject_of_warning_is_not_what_was_said(said: Said) -> None:
    text = (
        "ونبه مسؤول ثان من الاتحاد الأوروبي بأن الولايات المتحدة ترسل مثل هذه الوفود إلى "
        "شتى أنحاء العالم لتوجيه تحذير من إقامة أعمال مع إيران."
    )
    assert next(q for q, _ in said(text)).startswith("بأن")
