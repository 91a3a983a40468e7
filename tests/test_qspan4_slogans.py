"""Chants quoted after a plural noun of slogans (issue 12, fourth span pass, qspan4).
Sentences from unseen news (../shared/data/news), none of them annotated."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "chants", "speaker"),
    [
        (
            'وردد المحتجون هتافات بينها "بالروح بالدم نفديك يا رزان" و"الانتقام الانتقام".',
            ["بالروح بالدم نفديك يا رزان", "الانتقام الانتقام"],
            "المحتجون",
        ),
        (
            "كذلك احتج المتظاهرون على صفقة بيع أسلحة ألمانية لتركيا، ورددوا شعارات منها "
            '"الدبابات الألمانية: غادري كردستان".',
            ["الدبابات الألمانية: غادري كردستان"],
            None,
        ),
    ],
)
def test_chants_after_a_plural_slogan_noun_are_quotations(
    nlp: Pipeline, sentence: str, chants: list[str], speaker: str | None
) -> None:
    doc = nlp.analyze(sentence)
    assert all(chant in quote_texts(doc) for chant in chants)
    if speaker is not None:
        assert speaker_of(nlp, sentence, chants[0]) == speaker


def test_one_quoted_word_after_chants_is_a_term(nlp: Pipeline) -> None:
    sentence = 'وأطلق المشجعون هتافات "مسيئة" خلال المباراة.'
    assert "مسيئة" not in quote_texts(nlp.analyze(sentence))
