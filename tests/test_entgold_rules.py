"""Post-tagging rules chosen on held-out CRF folds 0 and 1 and confirmed on fold 2
(issue 14, "entgold"), on sentences of development articles of ../shared/gold and
benchmarks/news-gold (folds 0-1): each test gives the tagger's output and the
expected result after the rules, or the name the `ner` stage finds."""

from __future__ import annotations

import pytest

from ner_rules_check import after_rules
from rasd.pipeline import Pipeline


def test_forces_or_a_company_with_a_nationality_are_a_description(ner):
    # FR-internationalNews-470 (gold, fold 0), AL-internationalNews-551 (gold, fold 1)
    # and CN-economy-185: "القوات التركية", "المنظمة البريطانية", "الشركة الكندية" are
    # no required names.
    assert after_rules(ner, "فيما باتت القوات التركية والفصائل", "O O B-ORG I-ORG O") == (
        "O O O O O"
    )
    assert after_rules(ner, "وتعمل المنظمة البريطانية غير الحكومية", "O B-ORG I-ORG O O") == (
        "O O O O O"
    )
    assert after_rules(ner, "ولدى الشركة الكندية نحو 10 آلاف", "O B-ORG I-ORG O O O") == (
        "O O O O O O"
    )


def test_a_government_with_a_nationality_stays_a_name(ner):
    # FR-middleEast-185 (gold, fold 0): optional in the gold, but a speaker and a side
    # of the quote and event stages.
    assert after_rules(ner, "وكانت الحكومة العراقية قد أوقفت الملاحة", "O O O O O O") == (
        "O B-ORG I-ORG O O O"
    )


def test_an_army_with_a_nationality_stays_an_organisation(ner):
    # FR-internationalNews-428: "الجيش التركي" is a required name.
    assert after_rules(ner, "الجيش التركي يطبق على عفرين", "B-ORG I-ORG O O B-LOC") == (
        "B-ORG I-ORG O O B-LOC"
    )


def test_two_countries_side_by_side_stay_two_places(ner):
    # FR-middleEast-215: "منحت فرنسا لبنان" (France granted Lebanon).
    assert after_rules(ner, "منحت فرنسا لبنان 550 مليون يورو", "O B-LOC B-LOC O O O") == (
        "O B-LOC B-LOC O O O"
    )


def test_a_region_before_its_country_is_still_one_place(ner):
    assert after_rules(ner, "في إقليم كردستان العراق", "O O B-LOC B-LOC") == "O O B-LOC I-LOC"


def test_saudi_without_the_article_is_the_adjective(ner):
    # BB-middleEast-1089 and BB-sport-310: "سعودي" shares the loose key of السعودية.
    assert after_rules(ner, '" قلق " سعودي', "O O O B-LOC") == "O O O O"
    assert after_rules(ner, "سعودي يتوج بطلا لكأس العالم", "B-LOC O O O O") == "O O O O O"
    assert after_rules(ner, "قنصلية السعودية", "O B-LOC") == "O B-LOC"


def test_financial_is_no_mali(ner):
    # CN-economy-24 (gold, fold 0): "المالية" is keyed like مالي.
    assert after_rules(ner, "بأن الأسواق المالية ستقبل على", "O O B-LOC O O") == "O O O O O"


def test_a_board_of_directors_is_its_organisations(ner):
    # CN-economy-391 and BB-middleEast-1055.
    sentence = "قرر مجلس إدارة هيئة الاتصالات وتقنية المعلومات السعودية تعليق"
    tags = "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O"
    assert after_rules(ner, sentence, tags) == "O O O B-ORG I-ORG I-ORG I-ORG I-ORG O"
    assert after_rules(ner, "وعضو مجلس الإدارة والشريك", "O B-ORG I-ORG I-ORG") == "O O O O"


def test_the_government_of_a_country_is_the_country(ner):
    # SK-economy-370: "رفعت دعوى تحكيم على حكومة السودان".
    assert after_rules(ner, "تحكيم على حكومة السودان أمام محكمة", "O O B-ORG I-ORG O O") == (
        "O O O B-LOC O O"
    )


def test_a_title_with_the_article_is_no_part_of_the_name(ner):
    # FR-middleEast-111 and SK-internationalNews-3487.
    sentence = "باسم البنتاغون هو الميجور آدريان رانكين-غالواي إن"
    assert after_rules(ner, sentence, "O B-ORG O B-PER I-PER I-PER O") == (
        "O B-ORG O O B-PER I-PER O"
    )
    assert after_rules(
        ner, "في أوروبا , الأميرال جيمس فوغو ,", "O B-LOC O B-PER I-PER I-PER O"
    ) == ("O B-LOC O O B-PER I-PER O")


def test_a_title_word_without_the_article_is_a_given_name(ner):
    # CN-internationalNews-475: "وزير الاقتصاد، رائد خوري".
    assert after_rules(ner, "الاقتصاد , رائد خوري , أن", "O O B-PER I-PER O O") == (
        "O O B-PER I-PER O O"
    )


def test_a_place_noun_alone_names_no_place(ner):
    # BB-internationalNews-138 (gold, fold 0): "42 من أكثر 50 مدينة دموية".
    assert after_rules(ner, "من أكثر 50 مدينة دموية", "O O O B-LOC O") == "O O O O O"


@pytest.fixture(scope="module")
def stage() -> Pipeline:
    return Pipeline(["text", "ner"])


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # BB-internationalNews-1110: the segmenter reads "فليك" as ف + لي + ك.
        (
            "وقال النائب الجمهوري عن ولاية أريزونا، جيف فليك، للجنة إنه سيدعم الاقتراح",
            "جيف فليك",
        ),
        # BB-internationalNews-971 and CN-middleEast-1262: ك + يلي, ك + وفي.
        (
            "إنه لعمل جيد أن يقوم الجنرال جون كيلي بطرد هذه الموظفة",
            "جون كيلي",
        ),
        (
            "إن العالم العربي فقد صديقا متعاطفا مع قضاياه، وذلك تعليقا على وفاة كوفي عنان",
            "كوفي عنان",
        ),
    ],
)
def test_like_or_so_split_off_a_name_belongs_to_it(stage, sentence, name):
    doc = stage.analyze(sentence)
    assert name in {doc.slice(e) for e in doc.entities or []}


def test_like_before_a_listed_name_stays_outside(stage):
    doc = stage.analyze("وقالت إن فرنسا تتصرف كإسرائيل في المنطقة")
    assert "كإسرائيل" not in {doc.slice(e) for e in doc.entities or []}
