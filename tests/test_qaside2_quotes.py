"""Quotations, the qaside2 pass (issue 12: a relay aside between dashes inside a cue
clause, and عبر "via" read as the cue عبّر).

"وشدد السفير … - وفقاً لما نقلته وكالة الأنباء البحرينية - على ضرورة …": the aside
between dashes is skipped as one between commas (`circumstances._statement_aside`), so
the quotation is the subject's and starts after the aside; the relay is no speaker.
"حملة واسعة عبر وسائل الإعلام … من أجل "…"": عبر without عن before the words is the
preposition, not "expressed" (`cue_readings.via`). The sentences are from unseen
saudinewsnet and ant-multisource articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


AMBASSADOR = (
    "وشدد السفير عبدالله عبداللطيف عبدالله - وفقاً لما نقلته وكالة الأنباء البحرينية - "
    "على ضرورة الكف فورًا عن مثل هذه التصريحات والتركيز بدلاً من ذلك على تحسين أوضاع "
    "الشعب الإيراني."
)


def test_relay_between_dashes_is_no_speaker(nlp: Pipeline) -> None:
    assert speaker_of(nlp, AMBASSADOR, "على ضرورة الكف") == "عبدالله عبداللطيف عبدالله"
    assert not any("وفقاً" in q for q in quote_texts(nlp.analyze(AMBASSADOR)))


def test_relay_between_commas_unchanged(nlp: Pipeline) -> None:
    text = AMBASSADOR.replace(" - ", "، ")
    assert speaker_of(nlp, text, "على ضرورة الكف") == "عبدالله عبداللطيف عبدالله"


CAMPAIGN = (
    "وقامت الحكومة بحملة واسعة عبر وسائل الإعلام وفي المساحات الإعلانية للدعوة إلى "
    'التصويت تحت شعار "سمع صوتك" من أجل "الحفاظ على أمن واستقرار البلاد"، كما طلبت من '
    "الأئمة في المساجد حث المصلين على مشاركة كثيفة في الانتخابات."
)


def test_via_is_no_cue(nlp: Pipeline) -> None:
    assert "الحفاظ على أمن واستقرار البلاد" not in quote_texts(nlp.analyze(CAMPAIGN))


def test_expressed_about_stays_a_cue(nlp: Pipeline) -> None:
    text = (
        "وعبر الجنرال مين عن انفتاحه على مبدأ تعديل دستوري لكنه أكد أن استمرار النزاعات "
        "الاتنية حالياً يمنع تحقيق ذلك."
    )
    assert speaker_of(nlp, text, "عن انفتاحه") == "مين"
