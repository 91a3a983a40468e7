"""Quotations, the qsvo2 pass (issue 12: the subject before a verb that takes an object).

A speaker phrase that opens its clause right before a cue whose verb takes an object
(`O` in cues.tsv: اتهم، حذر، طالب، وصف، دعا) is the verb's subject
(`fronted_subjects.fronted_subject`), and the phrase after the verb stays the ranker's
candidate after the verb: its object, which the ranker is not offered when the verb's
preposition follows it. The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import choices, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


FRONTED_CASES = [
    # A date between the object and the preposition: the object is still offered, and
    # the subject before the verb wins.
    (
        "وكانت دمشق قد اتهمت إسرائيل في الثامن من تموز/يوليو بقصف مطار التيفور العسكري "
        "في وسط البلاد.",
        "بقصف مطار",
        "دمشق",
    ),
    ("روحاني يتهم واشنطن بالسعي لتغيير نظام الحكم في إيران", "بالسعي", "روحاني"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), FRONTED_CASES)
def test_subject_before_a_verb_that_takes_an_object_speaks(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_the_object_stays_a_candidate_after_the_verb(nlp: Pipeline) -> None:
    """ "روحاني يتهم واشنطن بالسعي": واشنطن is the candidate after the verb, with its
    preposition next, so the ranker chooses among the others."""
    doc, found = choices(nlp, "روحاني يتهم واشنطن بالسعي لتغيير نظام الحكم في إيران")
    (choice,) = found
    names = [doc.slice(c.mention) for c in choice.candidates]
    after = names.index("واشنطن")
    assert "after" in choice.candidates[after].sources
    assert choice.rows[after]["after_then_complement"] == 1.0
    assert after not in choice.ranked
    assert "rule" in choice.candidates[names.index("روحاني")].sources
