"""Quotations, the qnotcue2 pass (issue 12: a cue's letters read as a cue).

The letters of طلب right after a preposition or a noun that governs a genitive
(words.tsv `noun_governor`) are the noun "a request" (words.tsv `asked_noun`): no verb
stands there, so nobody speaks, and a speaking verb before it reads past it."""

from __future__ import annotations

import pytest

from quote_speakers import cued_quotes
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


# Unseen ant-multisource articles, design seed 11080.
REQUEST_NOUN = [
    "وبعد طلب مجلس العموم البريطاني مثول زوكربيرغ المثول أمامه، طلبت وزيرة العدل الفرنسية توضيحات.",
    "وقالت وزارة الداخلية البريطانية إن إبيك جرى اعتقاله بناء على طلب تركي بتسليمه "
    "وإنه سيمثل أمام محكمة وستمنستر الجزئية في شهر سبتمبر.",
]


@pytest.mark.parametrize("text", REQUEST_NOUN)
def test_request_after_a_preposition_is_no_cue(nlp: Pipeline, text: str) -> None:
    assert all(not q.startswith(("مثول", "وإنه")) for _, q in cued_quotes(nlp, text))


def test_a_verb_before_the_request_reads_past_it(nlp: Pipeline) -> None:
    # Before, "طلب" took the content with the player as its speaker.
    text = (
        "واحتسب الهدف الثاني لتوتنهام في البداية للاعب الوسط كريستيان إريكسن، لكن النادي "
        "اللندني قال في طلب الاستئناف إن اللاعب الدنماركي نفذ ركلة حرة في الدقيقة 63."
    )
    assert [c for c, _ in cued_quotes(nlp, text)] == ["قال"]


def test_the_verb_still_asks(nlp: Pipeline) -> None:
    # Same design seed: a name before the verb, no preposition.
    text = (
        "وأوضح المصدر أن ترمب سأل كيم إذا كان قد استمع لأغنية الرجل الصاروخ، مشيرا إلى أن "
        "ترمب طلب من بومبيو إهداء كيم قرصا مضغوطا للأغنية خلال الزيارة القادمة."
    )
    assert any(c == "طلب" for c, _ in cued_quotes(nlp, text))
