"""Quotations, the qaddr2 pass (issue 12: whom the words were told taken as the speaker).

The phrase read after a cue that opens with the preposition ل ("كي يوضح لتل أبيب أن")
or is the adjective of an audience stepped over ("قال لصحف محلية:" gave محلية) is whom
the words were told, never who said them (`addressees.told_to`). The sentences are
from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


TOLD_CASES = [
    # The audience's adjective was the speaker, with the subject before the verb.
    (
        "ولم تتوافر الكثير من التفاصيل عن الحادث، ولكن أمينة بابي، والدة النور فاطمة، "
        'قالت لقناة محلية "احترقت تماما. دمر كل شيء تماما. تحملت الكثير من الفظائع".',
        "احترقت",
        "أمينة بابي",
    ),
    (
        "لكن لي هسين لونج، رئيس وزراء سنغافورة كان قد قال لصحف محلية: "
        '"إنها تكلفة نحن مستعدون لدفعها"، معتبرا أن القمة ستكون إيجابية.',
        "إنها تكلفة",
        "هسين لونج",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), TOLD_CASES)
def test_audience_adjective_is_not_the_speaker(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_place_told_with_its_preposition_is_not_the_speaker(nlp: Pipeline) -> None:
    # The entity layer reads "لتل أبيب" with its ل; "تل" is the commoner word.
    text = (
        "وقد لا يمانع، برأي مراقبين، في رد إيراني على إسرائيل كي يوضح لتل أبيب أن "
        "هناك حداً للقوة، لكنه لن يتنازل عن حلفه مع طهران."
    )
    assert speaker_of(nlp, text, "أن هناك") != "لتل أبيب"


def test_person_whose_name_starts_with_lam_speaks(nlp: Pipeline) -> None:
    text = "يوضح ليو الذي شارك في تنظيم الحدث أن العملية كانت ذكية لأن ماكرون دخل أرضية موالية."
    assert speaker_of(nlp, text, "أن العملية") == "ليو"
