"""Speakers, the qpast pass (content that starts past where the speaker phrase stopped).

A title completed by a place or body ("نائب رئيس شرطة دبي"، "قائد شرطة دبي") may go on
with a rank and the person who holds it ("الفريق ضاحي خلفان"، "اللواء عبدالله المري"):
the phrase runs over the rank and the name, so the cue's preposition or "أن" right after
the name opens what was said, and the person is the speaker."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # A rank that is no title word (dev folds 0-1): عن was past the phrase's end.
    (
        "أعرب نائب رئيس شرطة دبي الفريق ضاحي خلفان عن الاستعداد لتقديم المساعدة في "
        "كشف ملابسات اختفاء الصحفي.",
        "عن الاستعداد",
        "ضاحي خلفان",
    ),
    # A rank that is a title word closed the body's title.
    (
        "وأكد قائد شرطة دبي اللواء عبدالله المري أن الشرطة مستعدة لكل الاحتمالات.",
        "أن الشرطة",
        "عبدالله المري",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_person_after_a_body_title(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_title_of_a_named_person_unchanged(nlp: Pipeline) -> None:
    text = "وأعرب وزير الخارجية الإماراتي الشيخ عبدالله بن زايد عن قلقه من التصعيد."
    assert quote_texts(nlp.analyze(text)) == ["عن قلقه من التصعيد"]
