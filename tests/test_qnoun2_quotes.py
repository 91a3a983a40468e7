"""Quotations, the qnoun2 pass (issue 12: what was asked after تساءل and عن).

The question asked after تساءل is what was said, whether a noun phrase after عن ("تساءل
… عن جدوى …") or an indirect question after "عما إذا" (whether); cues.tsv gives تساءل
the عن complement beside quotation marks, so a definite topic after it is not stepped
over as it is after تحدث. The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_noun_after_asked_about_is_the_question(nlp: Pipeline) -> None:
    text = (
        "وكان الهدف المبكر بمثابة ضربة لجيتس وتساءل مدربه إرني ميريك عن جدوى استخدام "
        "نظام حكم الفيديو المساعد إذا لم تتم مراجعة اللقطات."
    )
    assert speaker_of(nlp, text, "عن جدوى استخدام") == "إرني ميريك"


def test_whether_after_asked_is_the_question(nlp: Pipeline) -> None:
    text = (
        "ويتساءل كثيرون عما إذا كان أردوغان سيقبل بالهزيمة، وهو سؤال غير مسبوق أصبح "
        "يتردد في الآونة الأخيرة."
    )
    quotes = quote_texts(nlp.analyze(text))
    assert any(q.startswith("عما إذا كان أردوغان سيقبل بالهزيمة") for q in quotes)


def test_topic_talked_about_stays_no_quotation(nlp: Pipeline) -> None:
    # تحدث takes عن alone: a definite topic after it is what was talked about.
    text = "وتحدث الطرفان عن الجدول الزمني للاتصالات بين البلدين."
    assert quote_texts(nlp.analyze(text)) == []
