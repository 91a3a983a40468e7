"""A plural or dual party of people before a cue inside a reported clause is its
speaker, the qplural pass ("إن الجانبين الإيراني والأوروبي أكدا على …"): words.tsv
`speaking_group` and `people`, read by `inner._subject_speaks`."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_a_dual_party_speaks_inside_a_reported_clause(nlp: Pipeline) -> None:
    # FR-internationalNews-1270-20180516 (dev fold 0-1).
    text = (
        "وأضافت الصحيفة إن الجانبين الإيراني والأوروبي أكدا على ضرورة الحفاظ على "
        "مصالحهما المشتركة والتشبث بوثيقة الاتفاق بعد قرار الولايات المتحدة فرض عقوبات "
        "اقتصادية على إيران."
    )
    texts = quote_texts(nlp.analyze(text))
    assert any(t.startswith("إن الجانبين") for t in texts), texts  # the outer one stays
    assert "الجانبين" in speaker_of(nlp, text, "على ضرورة الحفاظ")


def test_leaders_of_a_group_speak_inside_a_reported_clause(nlp: Pipeline) -> None:
    text = "وقال المتحدث باسم الشرطة إن زعماء العصابة أشاروا إلى تورطه في عمليات السطو."
    assert "زعماء العصابة" in speaker_of(nlp, text, "إلى تورطه")


def test_a_plain_plural_noun_is_no_speaker(nlp: Pipeline) -> None:
    # A thing, not a party: "الأسعار ارتفعت" is no quotation of prices.
    text = "وقال الوزير إن الأسعار أكدت على ضرورة الإصلاح."
    texts = quote_texts(nlp.analyze(text))
    assert not any(t.startswith("على ضرورة") for t in texts), texts


def test_an_adverb_after_the_inner_cue_is_not_its_content(nlp: Pipeline) -> None:
    text = (
        "وقال أرييف إنه ونواب آخرون طلبوا رسمياً من المكتب الوطني لمكافحة الفساد "
        "التحقيق في الاتهامات."
    )
    texts = quote_texts(nlp.analyze(text))
    assert not any(t.startswith("رسمياً") for t in texts), texts
