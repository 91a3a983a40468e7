"""Quotations, the qrank3 pass (issue 12: a thing chosen as the speaker).

An indefinite common noun with the accusative ending ("جميعا"، "انفتاحا"، "تاريخيا")
is an adverb or the verb's object, never its subject: it is no speaker candidate,
unless "إن" or a sister makes it the accusative subject, or the word belongs to a
name tagged in the document ("ألبا" of "جوردي ألبا")."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_accusative_adverb_is_no_speaker(nlp: Pipeline) -> None:
    # Unseen news (Moroccan World Cup bid): "تاريخيا" was read as who speaks.
    text = (
        "فالمغرب عندما يراهن على موقعه الجغرافي الإستراتيجي، كبلد يعتبر تاريخيا صلة "
        "وصل بين القارتين الإفريقية والأوروبية، فإنه لا يزايد في ذلك، ولكنه يقول بكل "
        "اللغات، أن المونديال سيكون مناسبة للتلاقي."
    )
    assert speaker_of(nlp, text, "أن المونديال") == "المغرب"


def test_name_ending_in_alef_still_speaks(nlp: Pipeline) -> None:
    # Unseen news (Barcelona): "ألبا" is the tagged "جوردي ألبا", not an adverb.
    text = (
        "قال جوردي ألبا مدافع برشلونة إنه يشعر بأن التشكيلة الحالية أفضل من تشكيلة "
        "2015. وقال ألبا عقب المباراة إن الفريق يستحق اللقب."
    )
    assert speaker_of(nlp, text, "إن الفريق يستحق") in ("ألبا", "جوردي ألبا")
