"""A finite verb is never a speaker (issue 12): a lone verb read as a name gives way to
the fallback, and a verb after the speaker's noun ends the phrase. Sentences from
unseen corpus articles (the session-26 audit's seeds)."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _speakers(doc: Document) -> list[str | None]:
    return [q.speaker.canonical if q.speaker else None for q in doc.quotes or []]


def test_negated_verb_before_but_is_no_speaker(nlp) -> None:
    # "ولم يشر البيان … لكنه قال": "يشر" is the verb; the statement's maker speaks.
    doc = nlp.analyze(
        "قالت وزارة التجارة والصناعة المصرية في بيان اليوم الجمعة إن صادرات البلاد "
        "زادت بنسبة 15% خلال الربع الأول. ولم يشر البيان إلى حجم الواردات لكنه قال إن "
        "العجز في الميزان التجاري سجل تحسنا نسبته 2% دون الإشارة إلى قيمته، بينما تحدث "
        "عن نمو في حجم التجارة الخارجية بنسبة 9%."
    )
    speakers = _speakers(doc)
    assert len(speakers) == 3 and "يشر" not in speakers
    assert all(s == "وزارة التجارة والصناعة المصرية" for s in speakers)


def test_relative_verb_ends_the_speaker_phrase(nlp) -> None:
    # "أظهر مسح نشرت نتائجه": the survey showed; "نشرت" opens the clause describing it.
    doc = nlp.analyze(
        "أظهر مسح نشرت نتائجه اليوم الأربعاء أن قطاع الخدمات الكبير في بريطانيا نما "
        "الشهر الماضي بأسرع وتيرة له منذ أكتوبر."
    )
    assert _speakers(doc) == ["مسح"]
