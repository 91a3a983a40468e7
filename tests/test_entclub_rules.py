"""Held-out entity classes of the club pass (issue 14): the towns of a match report
are its clubs even where no score stands beside them ("ليقود موناكو", "ولم ينجح نيس").
Sentence forms of the news corpus (`../shared/data/news`); the tagger's tags are given
so that the rules are tested from a fixed starting point."""

from __future__ import annotations

import pytest

from ner_rules_check import clubs_after_score
from rasd.ner.boundaries import apply_boundaries
from rasd.ner.stage import EntityRecognizer


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer()


def test_a_match_reports_other_towns_are_itsclubs_after_score(recognizer):
    assert clubs_after_score(
        recognizer,
        [
            ("وتغلب ليل 3 - 1 على نانت", "O O O O O O B-LOC"),
            ("ولم ينجح نيس في تعويض هدف الجناح", "O O B-LOC O O O O"),
        ],
    ) == ["O O O O O O B-ORG", "O O B-ORG O O O O"]


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # The town itself, named by a place word or a stadium.
        ("وأقيمت المباراة في مدينة نيس", "O O O O B-LOC"),
        ("على ملعب برنابيو أمام جماهيره", "O O B-LOC O O"),
        # A country is its national team, written as the country.
        ("بطل فرنسا عشر مرات", "O B-LOC O O"),
        # A continent names a competition.
        ("في دوري أبطال أوروبا", "O O O B-LOC"),
        # The town put there across its country's adjective.
        ("إلى العاصمة السعودية الرياض", "O O O B-LOC"),
    ],
)
def test_a_match_reports_places_stay_places(recognizer, sentence, tags):
    report = [("وتغلب ليل 3 - 1 على نانت", "O O O O O O B-LOC"), (sentence, tags)]
    assert clubs_after_score(recognizer, report)[1] == tags


def test_a_town_without_a_score_in_the_document_stays_a_place(recognizer):
    sentences = [("ولم ينجح نيس في تعويض هدف الجناح", "O O B-LOC O O O O")]
    assert clubs_after_score(recognizer, sentences) == [sentences[0][1]]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # The second word untagged.
        (
            "تتصدر القائمة مدينة لوس كابوس المكسيكية",
            "O O O B-LOC O O",
            "O O O B-LOC I-LOC O",
        ),
        # The second word tagged a name of its own; a proclitic on the first.
        ("وتقدم الخزري لسانت إيتيين", "O B-PER B-LOC B-LOC", "O B-PER B-LOC I-LOC"),
        # Nothing after the head to complete it.
        ("فاز سانت .", "O B-ORG O", "O B-ORG O"),
    ],
)
def test_a_name_does_not_end_on_a_place_head(sentence, tags, expected):
    bio = tags.split()
    apply_boundaries(sentence.split(), sentence.split(), bio)
    assert " ".join(bio) == expected


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # An English "St" after a name.
        ("في ليثام سانت شمال غربي إنجلترا", "O B-LOC I-LOC O O B-LOC"),
        ("في ليثام سانت بشمال غرب إنجلترا", "O O B-LOC O O B-LOC"),
        # A person's surname.
        ("وقال دي لوس إن", "O B-PER I-PER O"),
    ],
)
def test_a_place_head_inside_a_name_ends_it(sentence, tags):
    bio = tags.split()
    apply_boundaries(sentence.split(), sentence.split(), bio)
    assert " ".join(bio) == tags
