"""The name patterns applied after the CRF (`rasd.ner.rules`), on real news phrases
with the shipped name lists: each test gives the tagger's output and the expected
result after the rules."""

from __future__ import annotations

from ner_rules_check import after_rules


def test_a_descriptor_before_a_listed_organisation_is_left_out(ner):
    assert after_rules(ner, "نواجه تنظيم داعش اليوم", "O B-ORG I-ORG O") == "O O B-ORG O"
    assert after_rules(ner, "وقال حزب الليكود إن", "O B-ORG I-ORG O") == "O O B-ORG O"
    # "الله" is no organisation of its own: the party's name keeps its head.
    assert after_rules(ner, "وقال حزب الله إن", "O B-ORG I-ORG O") == "O B-ORG I-ORG O"


def test_an_organisation_learnt_from_the_news_is_found_where_the_tagger_missed_it(ner):
    assert after_rules(ner, "على قدرة داعش على التنقل", "O O O O O") == "O O B-ORG O O"


def test_a_public_body_with_a_definite_noun_is_an_organisation(ner):
    assert (
        after_rules(ner, "وقالت وزارة الشؤون الخارجية التونسية إن", "O O O O O O")
        == "O B-ORG I-ORG I-ORG I-ORG O"
    )
    assert (
        after_rules(ner, "أعلنت وزارة السياحة والصناعات التقليدية أمس", "O O O O O O")
        == "O B-ORG I-ORG I-ORG I-ORG O"
    )
    # A relative pronoun is no adjective of the name.
    assert (
        after_rules(ner, "مجلس الشؤون الخارجية الذي انعقد", "O O O O O") == "B-ORG I-ORG I-ORG O O"
    )


def test_descriptions_are_no_names(ner):
    assert after_rules(ner, "بالتعاون مع منظمة إنسانية محلية", "O O B-ORG I-ORG O") == "O O O O O"
    assert after_rules(ner, "وشكلت حكومة جزائرية جديدة", "O O O O") == "O O O O"


def test_a_river_is_named_with_its_head_noun(ner):
    assert after_rules(ner, "على ضفاف نهر الفرات", "O O O B-LOC") == "O O B-LOC I-LOC"


def test_a_pronoun_ends_a_person_name(ner):
    assert (
        after_rules(ner, "وقال أبو شهاب هو مشرف", "O B-PER I-PER I-PER I-PER")
        == "O B-PER I-PER O O"
    )
