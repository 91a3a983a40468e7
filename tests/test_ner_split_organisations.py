"""A foreign organisation's name that the tagger cut in two is one name
(rasd.ner.surface_rules.split_organisations); sentences from unseen news articles."""

from __future__ import annotations

import pytest

from rasd.ner.stage import EntityRecognizer
from rasd.ner.surface_rules import split_organisations
from rasd.pipeline import Pipeline


def _joined(ner: EntityRecognizer, sentence: str, tags: str, conjoined: str = "") -> str:
    forms = [ner.tagger.featurizer.form(w) for w in sentence.split()]
    out = tags.split()
    glued = [w == "1" for w in conjoined.split()] or [False] * len(forms)
    split_organisations(
        [f.key for f in forms], [f.stem for f in forms], out, lambda k, end: False, glued
    )
    return " ".join(out)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (
            "واحتفظت مجموعة فولكس فاجن بالمركز الأول",
            "O O B-ORG B-ORG O O",
            "O O B-ORG I-ORG O O",
        ),
        (
            "انتصار كاسح بسداسية دون رد على سيلتا فيغو ، السبت",
            "O O O O O O B-ORG B-ORG O O",
            "O O O O O O B-ORG I-ORG O O",
        ),
        (
            "التي تنتجها شركة جنرال داينميكس ليتم تجميعها",
            "O O O B-ORG B-ORG O O",
            "O O O B-ORG I-ORG O O",
        ),
    ],
)
def test_two_indefinite_organisations_side_by_side_are_one(ner, sentence, tags, expected):
    assert _joined(ner, sentence, tags) == expected


def test_a_name_with_the_article_is_a_second_body(ner):
    sentence = "أعلنت وكالة الأنباء السورية سانا أن"
    tags = "O B-ORG I-ORG I-ORG B-ORG O"
    assert _joined(ner, sentence, tags) == tags


def test_share_buttons_are_a_list_of_names(ner):
    sentence = "شارك من خلال تويتر فيسبوك جوجل بلس اكتب رأيك"
    tags = "O O O B-ORG B-ORG B-ORG I-ORG O O"
    assert _joined(ner, sentence, tags) == tags


def test_a_conjunction_or_preposition_parts_two_names(ner):
    sentence = "بفارق الأهداف عن دورتموند وباير ليفركوزن"
    tags = "O O O B-ORG I-ORG B-ORG"
    assert _joined(ner, sentence, tags, "0 0 0 0 1 0") == tags
    sentence = "بشرط أن يخسر ملاحقه يونايتد أمام وست بروميتش"
    tags = "O O O O B-ORG B-ORG I-ORG O"
    assert _joined(ner, sentence, tags) == tags


def test_latin_words_are_an_alias_or_a_product(ner):
    sentence = "تابع لشركة غوغل Google ، والذي"
    tags = "O O B-ORG B-ORG O O"
    assert _joined(ner, sentence, tags) == tags


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("واحتفظت مجموعة فولكس فاجن الألمانية بالمركز الأول بين شركات السيارات.", "فولكس فاجن"),
        ("وحقق ريال مدريد انتصار كاسح بسداسية دون رد على سيلتا فيغو، السبت.", "سيلتا فيغو"),
        ("وأشارت صحيفة برو سبورت الرومانية إلى أن زوركالا تلقى عرضا.", "برو سبورت"),
    ],
)
def test_the_stage_names_the_whole_organisation(sentence, name):
    doc = Pipeline(["text", "ner"]).analyze(sentence)
    assert name in [doc.slice(e) for e in doc.entities or [] if e.label == "ORG"]


def test_a_name_after_a_glued_preposition_is_a_second_one(ner):
    # "لرويترز": to Reuters, which the stage names without the "ل".
    sentence = "وقال ديمترييف لرويترز في مقابلة"
    forms = [ner.tagger.featurizer.form(w) for w in sentence.split()]
    tags = "O B-ORG B-ORG O O".split()
    split_organisations(
        [f.key for f in forms], [f.stem for f in forms], tags, lambda k, end: k == 2, [False] * 5
    )
    assert tags == "O B-ORG B-ORG O O".split()
