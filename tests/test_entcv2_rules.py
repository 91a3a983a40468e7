"""Entity rules of session 14's entcv2 (issue 14), on phrases of unseen news: a
public body's name goes on through the nationality adjectives the tagger left out."""

from __future__ import annotations

from ner_rules_check import after_rules


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


def test_a_ministry_name_goes_on_through_its_portfolios(ner):
    # Jawhara FM's Tunisian ministry and a Saudi one, on unseen articles.
    assert after_rules(
        ner,
        "أعلنت وزارة الفلاحة والموارد المائية والصيد البحري في بلاغ",
        "O B-ORG I-ORG O O O O O O",
    ) == ("O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O")
    assert after_rules(ner, "كما أطلقت وزارة الحج والعمرة تطبيق", "O O B-ORG I-ORG O O") == (
        "O O B-ORG I-ORG I-ORG O"
    )


def test_another_body_or_a_person_after_a_ministry_is_no_portfolio(ner):
    assert after_rules(ner, "التفاعل بين وزارة الخارجية والسفارة لا", "O O B-ORG I-ORG O O") == (
        "O O B-ORG I-ORG O O"
    )
    assert after_rules(ner, "التابع لوزارة العدل والنائب العام", "O B-ORG I-ORG O O") == (
        "O B-ORG I-ORG O O"
    )
    # A nationality adjective ends the name: the allies are no portfolio.
    assert after_rules(ner, "وزارة الدفاع الأمريكية والحلفاء في", "B-ORG I-ORG I-ORG O O") == (
        "B-ORG I-ORG I-ORG O O"
    )
