"""Quotations, the qaudit18 pass (an audit of unseen articles, seeds 10003 and 10004).

"قالت الحكومة، إن المؤشرات المبدئية …، تؤكد حدوث تحسن": after "إن"/"أن" and a subject
with no verb yet, a bare cue after a comma is the reported clause's own verb; it neither
ends the quotation nor opens a new one with the subject's words as its speaker. A cue
with a speaker after it ("، يؤكد خبراء أن") still opens the next clause. "لمح" (without
hamza) is as common a spelling of "ألمح" (hinted) in the news."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


AWAITED_VERB = [
    # The audit's sentence (seed 10003): the quotation ended at "2018" and "حدوث تحسن"
    # became the speaker of "كبير في الأداء المالي".
    (
        "قالت الحكومة المصرية، إن المؤشرات المبدئية لموازنة العام المالي الماضي 2017 / 2018، "
        "تؤكد حدوث تحسن كبير في الأداء المالي.",
        "إن المؤشرات المبدئية لموازنة العام المالي الماضي 2017 / 2018، تؤكد حدوث تحسن كبير "
        "في الأداء المالي",
    ),
    # Unseen news: the quotation ended at "قوياً".
    (
        "أعلنت السلطات اليابانية أن إعصاراً قوياً، يتوقّع أن يكون الأعنف في الأرخبيل منذ ربع "
        "قرن، سيجتاز الثلاثاء وسط غرب البلاد.",
        "أن إعصاراً قوياً، يتوقّع أن يكون الأعنف في الأرخبيل منذ ربع قرن، سيجتاز الثلاثاء وسط "
        "غرب البلاد",
    ),
]


@pytest.mark.parametrize(("text", "quote"), AWAITED_VERB)
def test_cue_after_the_subject_is_the_reported_verb(nlp: Pipeline, text: str, quote: str) -> None:
    assert quote_texts(nlp.analyze(text)) == [quote]


def test_cue_with_its_own_speaker_opens_the_next_clause(nlp: Pipeline) -> None:
    text = "وقالت الوزارة إن الوضع الأمني مستقر، يؤكد خبراء أن الأزمة طويلة."
    assert quote_texts(nlp.analyze(text)) == ["إن الوضع الأمني مستقر", "أن الأزمة طويلة"]


def test_hinted_without_hamza_is_a_cue(nlp: Pipeline) -> None:
    # The audit's sentence (seed 10004): "لمح", a common spelling of "ألمح", was no cue.
    text = (
        "ولمح التقرير إلى أن أخطر المناطق اليمنية التي رصدها وسجل فيها ارتفاعاً في "
        "الانتهاكات هي محافظة تعز."
    )
    doc = nlp.analyze(text)
    assert quote_texts(doc) == [
        # "لمح إلى أن": the span starts at "إلى", as the gold's "أشار إلى أن" (qrows)
        "إلى أن أخطر المناطق اليمنية التي رصدها وسجل فيها ارتفاعاً في الانتهاكات هي محافظة تعز"
    ]
    assert doc.slice(doc.quotes[0].speaker) == "التقرير"
