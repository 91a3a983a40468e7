"""Quotations, the qbayyan pass (issue 12: "، بين التقرير أن" read as "between").

A bare "بين" is the verb بيّن only when it opens its clause and a definite noun or a
name and then أن follow (`shown_cues.subject_then_content`); "بين X وY" stays "between". The sentences are
from unseen news articles (qaudit5's draw, seed 11427)."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


SHOWN_CASES = [
    (
        "وعلى صعيد الاستثمارات الخاصّة، بين التقرير أن المجوهرات والأحجار الكريمة "
        "والساعات تستحوذ على الاهتمام الأكبر.",
        "أن المجوهرات",
        "التقرير",
    ),
    (
        "وجميع هذه الهرمونات تحفز مراكز المتعة في الدماغ على العمل بشكل فعال، وكما بين "
        "الأطباء أن هرمون الإندروفين وحده يساعد على محاربة الإجهاد والإرهاق.",
        "أن هرمون",
        "الأطباء",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), SHOWN_CASES)
def test_shown_with_subject_then_that(nlp: Pipeline, text: str, quote: str, speaker: str) -> None:
    assert speaker_of(nlp, text, quote) == speaker


NOT_SHOWN_CASES = [
    # "between" two nouns.
    "«عيد طيبة 36» يجمع بين أصالة الموروث وثقافة الحاضر",
]


@pytest.mark.parametrize("text", NOT_SHOWN_CASES)
def test_no_cue_without_subject(nlp: Pipeline, text: str) -> None:
    assert not any(q.startswith(("نجاح", "أصالة")) for q in quote_texts(nlp.analyze(text)))
