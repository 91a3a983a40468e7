"""Persons whose surname is a nationality nisba (entnames, issue 14): a given name
the lists know only as a person's before an untagged nisba is a person ("قصة حارث
السوداني"), and the nisba alone is that person elsewhere in the document ("جهود
السوداني ساعدت"), but not after a definite noun ("الجيش السوداني"), a noun with a
possessive ("نجمه الأرجنتيني") or a preposition the lists hold as a name ("على
الصربي"). Sentence forms of the news corpus; the tagger's tags are given."""

from __future__ import annotations

import pytest

from rasd.ner.nisba_names import first_name_nisbas, nisba_surnames, nisbas_alone
from rasd.ner.stage import EntityRecognizer


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer()


def _named(recognizer: EntityRecognizer, sentences: list[tuple[str, str]]) -> list[str]:
    forms = [[recognizer.tagger.featurizer.form(w) for w in s.split()] for s, _ in sentences]
    tags = [t.split() for _, t in sentences]
    stems = [[f.stem for f in fs] for fs in forms]
    words = [[f.word for f in fs] for fs in forms]
    keys = [[f.key for f in fs] for fs in forms]
    alone = nisbas_alone(
        stems, words, tags, recognizer._nationality_nisba, keys, recognizer._given_name
    )
    for fs, t in zip(forms, tags, strict=True):
        first_name_nisbas(
            [f.key for f in fs],
            [f.stem for f in fs],
            [f.word for f in fs],
            t,
            recognizer._given_name,
            alone,
        )
    nisba_surnames(stems, words, tags, recognizer._nationality_nisba)
    return [" ".join(t) for t in tags]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        ("قصة حارث السوداني الجاسوس", "O O O O", "O B-PER I-PER O"),
        ("تقدم عادل العراقي للشباب", "O O O O", "O B-PER I-PER O"),
        ("بفارق هدف على الصربي دوشان", "O O O O O", "O O O O O"),
        ("وسجل نجمه الأرجنتيني ليونيل", "O O O O", "O O O O"),
        ("مقارنة بشهر رمضان الحالي", "O O O O", "O O O O"),
    ],
)
def test_a_given_name_before_a_nisba(recognizer, sentence, tags, expected):
    # The document also uses the nisba alone, as a noun.
    nisbas = ("السوداني", "العراقي", "الصربي", "الأرجنتيني")
    elsewhere = [(f"وقال {nisba} إن", "O O O") for nisba in nisbas]
    assert _named(recognizer, [(sentence, tags), *elsewhere])[0] == expected


def test_a_nisba_the_document_never_uses_alone_is_no_surname(recognizer):
    assert _named(recognizer, [("تقدم عادل العراقي للشباب", "O O O O")]) == ["O O O O"]


def test_a_nisba_before_a_name_introduces_it(recognizer):
    sentences = [("تحت إشراف اليوناني بناقوتس", "O O O B-PER"), ("قال السوداني", "O O")]
    assert _named(recognizer, sentences)[0] == "O O O B-PER"


def test_the_nisba_alone_is_the_person_where_no_definite_noun_precedes(recognizer):
    sentences = [
        ("قصة حارث السوداني", "O O O"),
        ("إن جهود السوداني ساعدت", "O O O O"),
        ("وأشاد الجيش السوداني", "O O O"),
        ("والتقى نظيره السوداني", "O O O"),
    ]
    assert _named(recognizer, sentences) == ["O B-PER I-PER", "O O B-PER O", "O O O", "O O O"]
