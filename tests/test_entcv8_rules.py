"""Held-out entity class of the eighth pass (issue 14): a masculine nationality after an
organisation whose words are feminine ("القوة الجوية العراقي") describes the club, not
the name. Sentences of the news corpus (`../shared/data/news`); the tagger's tags are
given so that the rule is tested from a fixed starting point."""

from __future__ import annotations

import pytest

from rasd.ner.boundaries import descriptor_nisbas
from rasd.ner.stage import EntityRecognizer


def _bounded(sentence: str, tags: str) -> str:
    recognizer = EntityRecognizer()
    words = sentence.split()
    stems = [recognizer.tagger.featurizer.form(w).stem for w in words]
    bio = tags.split()
    descriptor_nisbas(words, stems, bio, recognizer._is_nisba)
    return " ".join(bio)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (
            "وأرجع فريق القوة الجوية العراقي سبب انسحابه",
            "O O B-ORG I-ORG I-ORG O O",
            "O O B-ORG I-ORG O O O",
        ),
        (
            "الأداء غير المتوقع لحزب الحركة القومية التركي حليف العدالة والتنمية",
            "O O O O B-ORG I-ORG I-ORG O B-ORG I-ORG",
            "O O O O B-ORG I-ORG O O B-ORG I-ORG",
        ),
    ],
)
def test_a_masculine_nisba_after_a_feminine_name_is_a_descriptor(sentence, tags, expected):
    assert _bounded(sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # A masculine head takes the nisba: "بنك الدولة الهندي", "مجلس الدولة الصيني".
        (
            "وقال وزير الخارجية وعضو مجلس الدولة الصيني وانغ يي",
            "O O O O B-ORG I-ORG I-ORG B-PER I-PER",
        ),
        # A feminine nisba agrees with the name.
        ("وقالت وكالة الأنباء السعودية الرسمية", "O B-ORG I-ORG I-ORG O"),
        # Two words: the nisba is not cut down to one word.
        ("وتغلب الشرطة العراقي على ضيفه", "O B-ORG I-ORG O O"),
    ],
)
def test_the_nisba_stays_where_it_agrees(sentence, tags):
    assert _bounded(sentence, tags) == tags
