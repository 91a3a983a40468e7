"""Quotations, the qchain pass (issue 12: an indefinite speaker phrase cut at its head).

The word after a bare indefinite head was taken for a past verb because the news also
writes its plural ("أمن" beside "امنوا"، "ملاك" read as "ملا" + "ك" beside "ملاوا"), and
`clues.verb_free` cut the speaker there ("حراس"، "أحد"). A word the news mostly writes
with the article is the head's genitive (`construct_chain.genitive_noun`). The sentences
are from unseen saudinewsnet articles."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CHAIN_CASES = [
    (
        "فهد كاملي- سبق- جزيرة فرسان: قال حراس أمن مستشفى جزيرة فرسان العام: إنهم "
        "ينتظرون منذ شهرين موعد صرف رواتبهم من الشركة المشغّلة لمستشفى المحافظة.",
        "إنهم ينتظرون",
        "حراس أمن مستشفى جزيرة فرسان العام",
    ),
    (
        "وعن النشاطات المقدمة يقول زكريا هاشم مدير أحد المنتجعات إنه يتم توفير جميع "
        "الأنشطة البحرية. وأوضح أحد ملاك بعض المواقع السياحية بجدة أن طيلة العام "
        "الأسعار منخفضة جدًّا.",
        "أن طيلة",
        "أحد ملاك",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CHAIN_CASES)
def test_genitive_spelt_like_a_verb_goes_on(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_issued_report_is_its_issuer(nlp: Pipeline) -> None:
    # "صادر" (issued) was read as the verb "صادر" (confiscated), leaving "تقرير".
    text = (
        "إلى ذلك أوضح تقرير صادر عن الهيئة العامة للسياحة والتراث الوطني أن معدل نمو "
        "فرص العمل في القطاع السياحي بالمملكة يقدر ب (10%) سنوياً."
    )
    assert speaker_of(nlp, text, "أن معدل") == "الهيئة العامة للسياحة والتراث الوطني"


def test_verb_after_a_bare_noun_still_ends_the_phrase(nlp: Pipeline) -> None:
    # "رفض" is as often the verb after its noun: the source speaks, not "مصدر رفض".
    text = (
        'وقال مصدر رفض الكشف عن اسمه لـ"الوطن" إن تحرك المالكي يأتي في إطار تشبثه '
        "بالبقاء في المشهد."
    )
    assert speaker_of(nlp, text, "إن تحرك") == "مصدر"
