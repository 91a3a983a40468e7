"""A Korean name's last syllable spelt like an Arabic word ends the name
(rasd.ner.person_rules.korean_syllables): "مون جيه إن", not "[مون جيه] إن"; the particle
"إن" after any other name stays out of it. Sentences from unseen news articles."""

from __future__ import annotations

import pytest

from rasd.ner.person_rules import korean_syllables
from rasd.pipeline import Pipeline

# Seed 20261456 of the unseen news (CNN Arabic).
_SUMMIT = (
    "أعلن الرئيس الكوري الجنوبي مون جيه إن والزعيم الكوري الشمالي كيم جونغ أون، "
    "الجمعة، إنهاء الحرب بين بلديهما هذا العام"
)


@pytest.mark.parametrize(
    ("words", "tags", "expected"),
    [
        (  # the tagger stops Moon Jae-in's name before "إن"
            "أعلن الرئيس الكوري الجنوبي مون جيه إن والزعيم",
            "O O O O B-PER I-PER O O",
            "O O O O B-PER I-PER I-PER O",
        ),
        (  # the other spelling of the syllable
            "وقال الرئيس الكوري الجنوبي مون جاي إن إنه اتفق",
            "O O O O B-PER I-PER O O O",
            "O O O O B-PER I-PER I-PER O O",
        ),
        (  # "إن" after a speaker's name is the particle (seed 20261456)
            'وقال نتنياهو إن " إسرائيل تنظر',
            "O B-PER O O B-LOC O",
            "O B-PER O O B-LOC O",
        ),
        (  # a name already whole is left as it is
            "والزعيم الكوري الشمالي كيم جونغ أون ،",
            "O O O B-PER I-PER I-PER O",
            "O O O B-PER I-PER I-PER O",
        ),
    ],
)
def test_korean_syllables(words: str, tags: str, expected: str) -> None:
    out = tags.split()
    korean_syllables(words.split(), out)
    assert " ".join(out) == expected


def test_moon_jae_in_is_one_person() -> None:
    doc = Pipeline(["text", "ner"]).analyze(_SUMMIT)
    people = [doc.text[e.start : e.end] for e in doc.entities if e.label == "PER"]
    assert "مون جيه إن" in people
    assert "مون جيه" not in people
