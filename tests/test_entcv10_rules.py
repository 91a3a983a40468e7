"""Held-out entity classes of entcv10 (issue 14): in a match report, a town the tagger
read as a person ("استهل ديجون مشواره", "بخسارة كوتبوس 1-3") is a club, and so is
Monaco, whose club plays in France's league; a stadium's word before a place begins
the ground's name ("استاد لوجنيكي"). Sentence forms of the news corpus (`../shared/data/news`); the tagger's tags
are given so that the rules are tested from a fixed starting point."""

from __future__ import annotations

import pytest

from ner_rules_check import clubs_after_score
from rasd.ner.boundaries import apply_boundaries
from rasd.ner.stage import EntityRecognizer

_REPORT = ("بالفوز 3 - 1 على نانت", "O O O O O B-LOC")


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer()


def test_an_untagged_word_beside_a_score_stays_untagged(recognizer):
    # "ليل 8-9 كانون الثاني" is a night; untagged words beside scores were too often
    # words or adjectives ("النمساوي 7-5") to be read as clubs.
    assert clubs_after_score(recognizer, [("- ليل 8 - 9 كانون", "O O O O O O")]) == ["O O O O O O"]


def test_a_town_read_as_a_person_in_a_match_report_is_a_club(recognizer):
    sentences = [_REPORT, ("كما استهل ديجون مشواره", "O O B-PER O")]
    assert clubs_after_score(recognizer, sentences)[1] == "O O B-ORG O"


def test_a_person_in_a_match_report_stays_a_person(recognizer):
    sentences = [_REPORT, ("هز البديل رادامل فالكاو الشباك", "O O B-PER I-PER O")]
    assert clubs_after_score(recognizer, sentences)[1] == "O O B-PER I-PER O"


def test_monaco_in_a_match_report_is_its_club(recognizer):
    sentences = [_REPORT, ("ليقود موناكو لبداية مظفرة", "O B-LOC O O")]
    assert clubs_after_score(recognizer, sentences)[1] == "O B-ORG O O"


def test_monaco_without_a_score_stays_a_place(recognizer):
    sentences = [("سباق جائزة موناكو الكبرى", "O O B-LOC O")]
    assert clubs_after_score(recognizer, sentences) == ["O O B-LOC O"]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # A ground's name begins with its stadium word.
        ("على استاد لوجنيكي بموسكو", "O O B-LOC O", "O B-LOC I-LOC O"),
        ("في ملعب ستاد القاهرة", "O O O B-LOC", "O O B-LOC I-LOC"),
        # Not before an organisation: a club ("ستاد رانس") or a body's ground.
        ("أمام ستاد رانس", "O O B-ORG", "O O B-ORG"),
        ("على ستاد جامعة الملك سعود", "O O B-ORG I-ORG I-ORG I-ORG", "O O B-ORG I-ORG I-ORG I-ORG"),
    ],
)
def test_a_stadium_word_begins_the_grounds_name(recognizer, sentence, tags, expected):
    words = sentence.split()
    keys = [recognizer.tagger.featurizer.form(w).key for w in words]
    assert " ".join(apply_boundaries(words, keys, tags.split())) == expected
