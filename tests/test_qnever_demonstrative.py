"""Quotations, the qnever pass (issue 12: quotations never found, sorted by why).

A speaker written with a demonstrative after the cue ("وأعربت هذه الشركات عن مخاوفها")
started no speaker phrase, the demonstrative being a function word: a cue whose content
is a preposition's lost its quotation, and "أن" content lost its speaker or took the
subject in. The demonstrative agrees with the verb; one that does not, or one after a
cue that names whom it is aimed at, is the object. The speaker is the one the phrase
repeats, when one was named before.
"""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


DEMONSTRATIVE_SPEAKERS = [
    # Unseen ant-multisource articles, seeds 10510-10511.
    (
        "وتقول هذه المطاعم الأربعة إنها تقدم عروضا للأطفال حتى تضمن وجبات صحية للصغار.",
        "إنها تقدم عروضا",
        "المطاعم الأربعة",
    ),
    (
        "يرى هذا التحالف أنه من الممكن الحصول على نسبة أصوات عالية.",
        "أنه من الممكن",
        "التحالف",
    ),
    (
        "وأعربت هذه الشركات عن مخاوفها حيال إمكانية ارتفاع تكلفة الإنتاج.",
        "عن مخاوفها",
        "الشركات",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), DEMONSTRATIVE_SPEAKERS)
def test_a_speaker_after_a_demonstrative(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_the_demonstrative_speaker_is_the_one_it_repeats(nlp: Pipeline) -> None:
    # The form of a dev article: "يخشى هؤلاء المسؤولون" after "كثير من المسؤولين".
    text = (
        "وقال كثير من المسؤولين الأمريكيين إن الاتفاق سيئ. كما يخشى هؤلاء المسؤولون من "
        "أن تؤدي خطوة ترامب إلى عزل الولايات المتحدة."
    )
    assert speaker_of(nlp, text, "من أن تؤدي") == "كثير من المسؤولين الأمريكيين"


NO_SPEAKER = [
    # The demonstrative does not agree with the verb: the phrase is its object.
    ("ووصف هذه الخطوة بأنها خطيرة.", "الخطوة"),
    # A bare noun after it is what was denied.
    ("ونفت الحكومة هذه الاتهامات.", "الاتهامات"),
]


@pytest.mark.parametrize(("text", "word"), NO_SPEAKER)
def test_an_object_after_a_demonstrative_is_no_speaker(nlp: Pipeline, text: str, word: str) -> None:
    doc = nlp.analyze(text)
    for q in doc.quotes or []:
        speaker = q.speaker
        assert speaker is None or word not in doc.slice(speaker)


def test_a_time_after_a_demonstrative_is_no_speaker(nlp: Pipeline) -> None:
    doc = nlp.analyze("وقال هذا الأسبوع إن الحكومة ستعلن قرارها.")
    assert quote_texts(doc) == ["إن الحكومة ستعلن قرارها"]


def test_a_negated_cue_keeps_no_demonstrative_speaker(nlp: Pipeline) -> None:
    # Unseen ant-multisource articles, seeds 10510 and 10517: nothing was said.
    for text in (
        "ولا تكشف هذه الميزة عن أي معلومات خاصة بالمستخدم.",
        "ولم يكشف هذا الأخير عن أي تفصيل بشأن هوية الضحية.",
    ):
        assert quote_texts(nlp.analyze(text)) == []
