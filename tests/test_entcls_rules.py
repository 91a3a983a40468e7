"""Post-tagging rules chosen on the held-out folds 0 and 1 (entity classes on news,
sixth session), on sentences of development articles of benchmarks/news-gold (fold in
brackets), with the shipped name lists: each test gives the tagger's output and the
expected result after the rules."""

from __future__ import annotations

from ner_rules_check import after_rules
from rasd.ner.document_rules import named_organisations
from rasd.ner.stage import EntityRecognizer


def _keys(ner: EntityRecognizer, sentence: str) -> list[str]:
    return [ner.tagger.featurizer.form(w).key for w in sentence.split()]


def test_a_feminine_body_with_its_nationality_is_the_body(ner):
    # AL-internationalNews-733 (1): the foreign ministry named by "الخارجية" alone.
    assert after_rules(ner, "ووصفت الخارجية الروسية خطوات بريطانيا", "O O O O B-LOC") == (
        "O B-ORG I-ORG O B-LOC"
    )
    # The pair ends a minister's title or describes a definite noun before it
    # (CN-middleEast-1217 (1)).
    assert after_rules(ner, "قال وزير الخارجية الأمريكية", "O O O O") == "O O O O"
    assert after_rules(ner, "تدخل الأخيرة بالشؤون الداخلية السعودية", "O O O O O") == ("O O O O O")


def test_a_name_after_company_or_club_is_an_organisation_in_the_whole_article(ner):
    # BB-sport-205 (0): "نايكي" is a company where "شركة" introduces it, a place or
    # untagged in the sentences that follow.
    sentences = [
        "تراجعت شركة نايكي الأمريكية",
        "عندما ترفض نايكي تزويد اللاعبين",
        "لمقاطعة منتجات نايكي باستخدام",
    ]
    tags = [["O", "O", "B-ORG", "O"], ["O", "O", "B-LOC", "O", "O"], ["O", "O", "O", "O"]]
    named_organisations([_keys(ner, s) for s in sentences], tags, ner._is_nationality)
    assert tags == [
        ["O", "O", "B-ORG", "O"],
        ["O", "O", "B-ORG", "O", "O"],
        ["O", "O", "B-ORG", "O"],
    ]


def test_a_company_named_after_a_person_leaves_the_person(ner):
    # SK-internationalNews-1846 (1): "شركة إيفانكا" is Ivanka Trump's company.
    sentences = ["منحت السلطات الصينية إيفانكا ترامب ترخيصا", "وتمنح شركة إيفانكا الحق"]
    tags = [["O", "O", "O", "B-PER", "I-PER", "O"], ["O", "O", "B-PER", "O"]]
    named_organisations([_keys(ner, s) for s in sentences], tags, ner._is_nationality)
    assert tags[1] == ["O", "O", "B-PER", "O"]


def test_a_quoted_name_after_an_organisation_noun_is_the_organisation(ner):
    # BB-internationalNews-680 (1), BB-middleEast-1055 (0).
    assert after_rules(ner, 'وقالت منظمة " أطباء بلا حدود " إن', "O O O O O O O O") == (
        "O O O B-ORG I-ORG I-ORG O O"
    )
    assert after_rules(ner, "بينها شركة « عقال » للتقنية", "O O O O O O") == "O O O B-ORG O O"
    # A quoted adjective describes (BB-middleEast-1078 (1)).
    assert after_rules(ner, 'وصفه بأنه تنظيم " إرهابي " في', "O O O O O O O") == ("O O O O O O O")
