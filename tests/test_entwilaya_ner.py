"""An administrative division without the article ("ولاية"، "معتمدية"، "عمادة"، "بلدية")
is cut off the place it opens (rasd.ner.place_rules.division_descriptors): the annotated
news write "المهدية" for "ولاية المهدية". A name whose first word is the definite plural
("الولايات المتحدة") and an organisation named like a division ("ولاية سيناء") keep it.
Sentences from unseen Jawhara FM articles."""

from __future__ import annotations

import pytest

from rasd.ner.place_rules import division_descriptors
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


def _places(ner: EntityRecognizer, text: str) -> set[str]:
    doc = ner(Pipeline(["text"]).analyze(text))
    return {doc.text[e.start : e.end] for e in doc.entities if e.label == "LOC"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "و يبلغ بن أحمد 22 عاما و هو أصيل منطقة المنصورة من معتمدية السواسي من ولاية المهدية .",
            {"السواسي", "المهدية"},
        ),
        (  # glued to "ب": the clitic and the division both stay outside
            "جدّ اليوم حادث مرور تمثل في انقلاب حافلة خاصة معدة لنقل عاملات إحدى وحدات"
            " تعليب التمور بمعتمدية دوز من ولاية قبلي، مما تسبب في إصابة عدد منهن.",
            {"قبلي"},
        ),
        (
            "أصيب 6 عسكريين في حادث انقلاب سيارة عسكرية ظهر اليوم الجمعة، على مستوى"
            " معتمدية فوسانة من ولاية القصرين.",
            {"القصرين"},
        ),
    ],
)
def test_division_is_cut_off_the_place(ner: EntityRecognizer, text: str, places: set[str]) -> None:
    found = _places(ner, text)
    assert places <= found
    assert not any(p.startswith(("ولاية", "معتمدية")) for p in found)


def test_definite_plural_keeps_its_name(ner: EntityRecognizer) -> None:
    text = 'وأكد السفير أن "الولايات المتحدة مستعدة لمواصلة أنشطتها" في تونس.'
    assert "الولايات المتحدة" in _places(ner, text)


def test_organisation_named_like_a_division_is_kept() -> None:
    tags = ["O", "B-ORG", "I-ORG", "O"]
    division_descriptors(["تنظيم", "ولاية", "سيناء", "الإرهابي"], tags)
    assert tags == ["O", "B-ORG", "I-ORG", "O"]


def test_place_of_two_words_after_the_division_stays_whole() -> None:
    tags = ["O", "B-LOC", "I-LOC", "I-LOC"]
    division_descriptors(["من", "معتمدية", "غار", "الدماء"], tags)
    assert tags == ["O", "O", "B-LOC", "I-LOC"]
