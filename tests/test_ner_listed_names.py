"""Listed organisations after the CRF (`rasd.ner.rules`), on corpus phrases with the
shipped name lists: each test gives the tagger's output and checks the rules' result."""

from __future__ import annotations

import pytest

from ner_rules_check import after_rules
from rasd.ner.stage import EntityRecognizer


def _rules(ner: EntityRecognizer, sentence: str, tags: str) -> list[str]:
    return after_rules(ner, sentence, tags).split()


def test_a_listed_organisation_tagged_as_a_person_is_an_organisation(ner):
    out = _rules(
        ner, "وشدد الوزير الفرنسي في مقابلة مع فرانس برس على ضرورة", "O O O O O O B-PER I-PER O O"
    )
    assert out[6:8] == ["B-ORG", "I-ORG"]
    # Single words are never relabelled: the lists hold "أردوغان" as an organisation.
    assert _rules(ner, "وقال الرئيس التركي أردوغان إن", "O O O B-PER O")[3] == "B-PER"


def test_a_listed_description_the_tagger_left_untagged_stays_untagged(ner):
    # "الحزب الحاكم" is listed as an organisation, but names no party: a CRF trained
    # on news annotated for Rasd leaves it untagged, and the lists do not overrule it.
    sentence = "اعترض نواب من حزب الشعب الجمهوري على إدلاء نواب الحزب الحاكم بأصواتهم"
    out = _rules(ner, sentence, "O O O B-ORG I-ORG I-ORG O O O O O O")
    assert out[9:11] == ["O", "O"]


@pytest.mark.parametrize(
    ("sentence", "tags", "name"),
    [
        (
            "الضربات الجوية التي شنها التحالف بقيادة الولايات المتحدة على المدينة",
            "O O O O O O B-LOC I-LOC O O",
            slice(6, 8),
        ),
        (
            "ورئيس مجلس إدارة شركة خدماتي للدفع الإلكتروني",
            "O O O O B-ORG O O",
            slice(4, 5),
        ),
    ],
)
def test_a_group_noun_before_a_name_stays_outside_it(ner, sentence, tags, name):
    # A coalition led by a country, a company's board: descriptions around a name,
    # which the annotated news never joins to it.
    out = _rules(ner, sentence, tags)
    assert out == tags.split()
    assert out[name][0].startswith("B-")


def test_organising_something_is_no_organisation(ner):
    # "تنظيم" + a definite noun is also the verbal noun: "لتنظيم المونديال".
    sentence = "أشاد إنفانتينو باستعدادات روسيا لتنظيم المونديال ، حيث قال"
    tags = "O B-PER O B-LOC O O O O O"
    assert _rules(ner, sentence, tags) == tags.split()


def test_the_word_club_before_a_listed_club_stays_outside_it(ner):
    sentence = "أعلن نادي ريال مدريد الإسباني أن لاعبه ناتشو فيرنانديز يعاني"
    out = _rules(ner, sentence, "O B-ORG I-ORG I-ORG O O O B-PER I-PER O")
    assert out[1:4] == ["O", "B-ORG", "I-ORG"]


def test_a_region_word_before_a_place_stays_outside_it(ner):
    sentence = "أثناء النزاع في إقليم دارفور الذي بدأ عام 2003"
    assert _rules(ner, sentence, "O O O O B-LOC O O O O")[3:5] == ["O", "B-LOC"]
    # "قطاع" belongs to the name it heads.
    sentence = "وقال إن الوضع في قطاع غزة خطير"
    assert _rules(ner, sentence, "O O O O O B-LOC O")[4:6] == ["B-LOC", "I-LOC"]
