"""Entity rules of session 14's entcv2 (issue 14), on phrases of unseen news: a
public body's name goes on through the nationality adjectives the tagger left out."""

from __future__ import annotations

import pytest

from ner_rules_check import after_rules
from rasd.ner.stage import EntityRecognizer


@pytest.fixture(scope="module")
def ner() -> EntityRecognizer:
    return EntityRecognizer()


def test_a_body_name_takes_its_nationality_adjectives(ner):
    assert (
        after_rules(ner, "لشهادة أمام مجلس الشيوخ الأميركي هذا الأسبوع", "O O B-ORG I-ORG O O O")
        == "O O B-ORG I-ORG I-ORG O O"
    )
    assert (
        after_rules(ner, "وكان مجلس الأعمال السعودي البريطاني المشترك", "O B-ORG I-ORG O O O")
        == "O B-ORG I-ORG I-ORG I-ORG O"
    )


def test_a_movement_or_a_coordinated_noun_stays_outside_the_body_name(ner):
    # The party is "حزب الله"; "اللبناني" describes it.
    assert after_rules(ner, "وقال حزب الله اللبناني إن", "O B-ORG I-ORG O O") == (
        "O B-ORG I-ORG O O"
    )
    # Two bodies: the parliament and the government.
    assert after_rules(ner, "دعوته لمجلس النواب والحكومة إلى", "O B-ORG I-ORG O O") == (
        "O B-ORG I-ORG O O"
    )
    # An indefinite head describes: "حكومة جزائرية"; a definite one too ("المجلس الأعلى").
    assert after_rules(ner, "قال المجلس الوطني السوري إن", "O B-ORG I-ORG O O") == (
        "O B-ORG I-ORG O O"
    )


def test_a_coordinated_word_spelled_like_a_nationality_is_no_nationality(ner):
    # "والمالية" (and finance) is no Malian adjective.
    assert after_rules(ner, "عن وزارة الاقتصاد والمالية المغربية", "O B-ORG I-ORG O O") == (
        "O B-ORG I-ORG O O"
    )
