"""Held-out entity classes of the ninth pass (issue 14): bodies named by common words
("مشاة البحرية الأميركية") and a city's council or police ("مجلس مدينة ساكرامنتو").
Sentence forms of the news corpus (`../shared/data/news`); the tagger's tags are given
so that the rules are tested from a fixed starting point."""

from __future__ import annotations

import pytest

from ner_rules_check import clubs_after_score
from rasd.ner.common_bodies import common_bodies
from rasd.ner.stage import EntityRecognizer


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer()


def _bodies(recognizer: EntityRecognizer, sentence: str, tags: str) -> str:
    words = sentence.split()
    forms = [recognizer.tagger.featurizer.form(w) for w in words]
    bio = tags.split()
    common_bodies([f.key for f in forms], [f.stem for f in forms], bio, recognizer._is_nisba)
    return " ".join(bio)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # The navy read instead of the Marines.
        (
            "بعد اعتقال ثلاثة من مشاة البحرية الأميركية وتوجيه اتهامات لهم",
            "O O O O O B-ORG I-ORG O O O",
            "O O O O B-ORG I-ORG I-ORG O O O",
        ),
        # No name read at all.
        (
            "وقال إن مشاة البحرية سلموا المشتبه بهم",
            "O O O O O O O",
            "O O B-ORG I-ORG O O O",
        ),
        # The city read alone.
        (
            "يحضرون اجتماعات مجلس مدينة ساكرامنتو باستمرار",
            "O O O O B-LOC O",
            "O O B-ORG I-ORG I-ORG O",
        ),
        (
            "وقامت شرطة مدينة لندن بتأمين الحديقة",
            "O O O B-LOC O O",
            "O B-ORG I-ORG I-ORG O O",
        ),
    ],
)
def test_bodies_named_by_common_words(recognizer, sentence, tags, expected):
    assert _bodies(recognizer, sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # Inside a longer name the tagger found, the body stays part of it.
        ("وقال قائد قوات مشاة البحرية إن", "O O B-ORG I-ORG I-ORG O"),
        # A city after a plain noun is the city.
        ("وعاد إلى مدينة لندن أمس", "O O O B-LOC O"),
    ],
)
def test_other_names_stay(recognizer, sentence, tags):
    assert _bodies(recognizer, sentence, tags) == tags


def test_a_possessed_form_is_no_body(recognizer):
    sentence = "لسنا بحاجة لإرسال مشاة بحريتنا لخوض القتال"
    tags = "O O O O O O O"
    assert _bodies(recognizer, sentence, tags) == tags


def test_a_town_the_lists_know_only_as_a_place_is_its_club_beside_a_score(recognizer):
    assert clubs_after_score(
        recognizer,
        [
            ("بنتيجة 3 - 2 أمام مونتريال إمباكت", "O O O O O B-LOC O"),
            ("وأضاف مونتريال الهدف الثالث", "O B-LOC O O"),
        ],
    ) == ["O O O O O B-ORG O", "O B-ORG O O"]


def test_a_country_the_lists_know_only_as_a_place_stays_the_national_team(recognizer):
    sentences = [("بعدما خسرت بنتيجة 0 - 1 أمام المكسيك ضمن", "O O O O O O O B-LOC O")]
    assert clubs_after_score(recognizer, sentences) == [sentences[0][1]]


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        (
            "بعد فوز مصر 4 - 1 على سوازيلاند في التصفيات",
            "O O B-LOC O O O O B-LOC O O",
        ),
        (
            "وفاز سيتي على توتنهام 3 - 1 على ملعب ويمبلي مطلع الاسبوع",
            "O O O B-ORG O O O O B-LOC I-LOC O O",
        ),
    ],
)
def test_a_national_team_or_a_stadium_beside_a_score_stays_a_place(recognizer, sentence, tags):
    assert clubs_after_score(recognizer, [(sentence, tags)]) == [tags]
