"""A club's short form is left where it may be the tail of another club the tagger
left untagged ("ستوك سيتي" after "مانشستر سيتي"; `rasd.ner.short_forms`, issue 14),
on sentences of unannotated sports news (ANT corpus, 2018 Premier League reports)."""

from __future__ import annotations

import pytest

from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline

_REPORT = (
    "عزز مانشستر سيتي صدارته للدوري الإنجليزي الممتاز لكرة القدم عبر الفوز على مضيفه "
    "ستوك سيتي بهدفين بدون مقابل. ويدين سيتي بالفضل في هذا الفوز للجناح الإسباني ديفيد "
    "سيلفا. وتضاعفت مشاكل ستوك سيتي حيث يحتل الفريق المركز التاسع عشر. وحقق سيتي فوزه "
    "الرابع على التوالي."
)
_ROUND = (
    "عزز مانشستر سيتي صدارته للدوري. ويحل إيفرتون ضيفا على واتفورد وبيرنلي وستوك سيتي "
    "ويستضيف على ملعبه برايتون. وانتقل ستونز من إيفرتون إلى سيتي في 2016."
)


def _clubs(ner: EntityRecognizer, text: str) -> set[str]:
    """The words before each ORG "سيتي" found alone (the short form's context)."""
    doc = Pipeline(["text"]).analyze(text)
    return {
        text[: e.start].split()[-1]
        for e in ner(doc).entities
        if e.label == "ORG" and text[e.start : e.end] == "سيتي"
    }


@pytest.fixture(scope="module")
def report(ner: EntityRecognizer) -> set[str]:
    return _clubs(ner, _REPORT)


def test_another_clubs_tail_is_left(report):
    # "ستوك" reads as a name, neither a verb nor a particle: "ستوك سيتي" is another club.
    assert "ستوك" not in report


def test_a_short_form_after_a_verb_is_the_club(report):
    # "وحقق" a perfect ("حققت" is known), "ويدين" an imperfect ("تدين").
    assert report == {"ويدين", "وحقق"}


def test_the_tail_after_and_is_left_a_preposition_is_not(ner):
    assert _clubs(ner, _ROUND) == {"إلى"}
