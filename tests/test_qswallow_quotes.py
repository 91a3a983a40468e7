"""Quotations, the qswallow pass (issue 12: a speaker phrase that swallows an adverb and
the complement after it).

An adverb of manner or frequency after the subject ("وأدانت دولة الإمارات العربية
المتحدة بشدة التصعيد"، "وتؤكد طهران باستمرار استحالة") ends the speaker phrase, and
before a cue that takes no ب complement a ب adverb cannot be what was said, so the
quotation opens after it. Sentences from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import cued_quotes, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


PAST_ADVERB = [
    (
        "أدانت دولة الإمارات العربية المتحدة بشدة التصعيد الإسرائيلي الذي يشهده قطاع غزة،"
        " والذي أدى إلى سقوط عشرات القتلى ومئات الجرحى.",
        "أدانت",
        "التصعيد الإسرائيلي الذي يشهده قطاع غزة، والذي أدى إلى سقوط عشرات القتلى ومئات الجرحى",
    ),
    (
        "وأدان الرئيس الأفغاني أشرف غني بشدة الهجوم في بيان صادر عن المكتب الرئاسي.",
        "أدان",
        "الهجوم في بيان صادر عن المكتب الرئاسي",
    ),
    (
        "وتؤكد طهران باستمرار استحالة تغيير حرف واحد في الاتفاق.",
        "تؤكد",
        "استحالة تغيير حرف واحد في الاتفاق",
    ),
    (
        "ونفى أردوغان بشدة مزاعم زعيم حزب الشعب الجمهوري في نوفمبر/تشرين الثاني العام"
        ' الماضي، قائلا: إن أسرته "لم ترسل قرشا واحدا إلى الخارج".',
        "نفى",
        "مزاعم زعيم حزب الشعب الجمهوري في نوفمبر/تشرين الثاني العام الماضي",
    ),
]


@pytest.mark.parametrize(("text", "cue", "said"), PAST_ADVERB)
def test_the_quotation_opens_past_the_adverb(nlp: Pipeline, text: str, cue: str, said: str) -> None:
    assert (cue, said) in cued_quotes(nlp, text)


def test_the_adverb_is_not_part_of_the_speaker(nlp: Pipeline) -> None:
    text = "كما نفت إريتريا بشدة تلك الاتهامات، وتصر على أنها تحسن معاملة مواطنيها."
    assert speaker_of(nlp, text, "تلك الاتهامات") == "إريتريا"


def test_the_town_of_douma_stays_in_the_speaker(nlp: Pipeline) -> None:
    """ "دوما" is also "always"; tagged as a place it completes the modifier."""
    text = (
        "وأفاد مراسل وكالة الأنباء الفرنسية في مدينة دوما أن قصفا استهدف المدينة بينما"
        " كانت فرق الإغاثة تعمل على إفراغ القافلة."
    )
    assert speaker_of(nlp, text, "أن قصفا").endswith("في مدينة دوما")
