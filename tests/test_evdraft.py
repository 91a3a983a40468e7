"""A document's act is its author's (`events/drafted.py`): a (draft) resolution,
statement or letter before an act verb condemns or demands for whoever wrote it, and
the noun after the verb is its object, not its source. Sentences from unseen news
articles (design seeds 11493-11497 of the evdraft helper, not in the gold sets)."""

from __future__ import annotations

import pytest

from event_types import event_sides as _sides
from rasd.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        # seed 11493, the relative clause's subject: was "إسرائيل -> الولايات المتحدة"
        (
            "تصوت الجمعية العامة للأمم المتحدة الأربعاء على مشروع قرار اقترحته الدول "
            "العربية يدين إسرائيل في موجة العنف في قطاع غزة مؤخرا، بينما اعترضت عليه "
            "الولايات المتحدة بشدة.",
            "DISAPPROVE",
            "الدول",
            "إسرائيل",
        ),
        # seed 11497, the subject of the verb that drafted it: was "إيران -> الحوثيين"
        (
            "أعدت بريطانيا بالتشاور مع الولايات المتحدة وفرنسا مشروع قرار أمام مجلس الأمن "
            'الدولي، يدين إيران "لتقاعسها" عن منع وصول الصواريخ الباليستية إلى الحوثيين '
            "باليمن.",
            "DISAPPROVE",
            "بريطانيا",
            "إيران",
        ),
        # seed 11493, a nisba of the draft: was "إسرائيل -> القوة"
        (
            'وكان مشروع القرار الكويتي يطالب إسرائيل بوقف استخدام "جميع أشكال القوة '
            'المفرطة ضد المدنيين الفلسطينيين في "الأراضي الفلسطينية المحتلة.',
            "DEMAND",
            "الكويتي",
            "إسرائيل",
        ),
    ],
)
def test_document_author_is_source(
    nlp: Pipeline, text: str, event_type: str, source: str, target: str
) -> None:
    assert (source, target) in _sides(nlp, text, event_type)


def test_unnamed_author_is_no_source(nlp: Pipeline) -> None:
    # seed 11497: a draft nobody in the sentence wrote; Iran is what it condemns
    text = (
        "فشلت الولايات المتحدة، الجمعة، في إقناع مجلس الأمن الدولي بتبني بيان يدين "
        "الملاحظات التي أدلى بها الرئيس الفلسطيني محمود عباس عن اليهود."
    )
    assert all(source != "محمود عباس" for source, _ in _sides(nlp, text, "DISAPPROVE"))


def test_clause_of_a_statement_keeps_its_subject(nlp: Pipeline) -> None:
    # seed 11493: "في بيان إن X تدين": the clause after the complementizer has a subject
    text = (
        'وقال البيت الأبيض في بيان إن "الولايات المتحدة تدين الهجمات الاستفزازية '
        'بالصواريخ التي قام بها النظام الإيراني من سوريا ضد رعايا إسرائيليين".'
    )
    sources = [source for source, _ in _sides(nlp, text, "DISAPPROVE")]
    assert "الولايات المتحدة" in sources
