"""Places the news corpus names after a place noun but the gazetteer lacks (entnames,
issue 14): "سالزبوري", "أميسبوري", "الرمادي", read alone, untagged or as a one-word
person, are places; not a word the corpus writes otherwise ("الرمادية" grey, "طوال"),
a name the lists know as a person, or a surname of a longer person's name. Sentence
forms of the news corpus; the tagger's tags are given so that the rules are tested
from a fixed starting point."""

from __future__ import annotations

import pytest

from rasd.ner.corpus_places import mined_places
from rasd.ner.stage import EntityRecognizer


@pytest.fixture(scope="module")
def recognizer() -> EntityRecognizer:
    return EntityRecognizer()


def _mined(recognizer: EntityRecognizer, sentences: list[tuple[str, str]]) -> list[str]:
    forms = [[recognizer.tagger.featurizer.form(w) for w in s.split()] for s, _ in sentences]
    tags = [t.split() for _, t in sentences]
    keys = [[f.key for f in fs] for fs in forms]
    stems = [[f.stem for f in fs] for fs in forms]
    words = [[f.word for f in fs] for fs in forms]
    mined_places(keys, stems, words, tags, recognizer._other_than_place, recognizer._names_person)
    return [" ".join(t) for t in tags]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        # Untagged, or read as a one-word person: a place the corpus names.
        ("على بعد تسعة أميال من سالزبوري حيث", "O O O O O O O", "O O O O O B-LOC O"),
        ("وتقع أميسبوري على بعد", "O B-PER O O", "O B-LOC O O"),
        ("تنحدر من الرمادي معقل السنة", "O O O O O", "O O B-LOC O O"),
        # The corpus writes the word otherwise: grey, "throughout".
        ("في المنطقة الرمادية .", "O O O O", "O O O O"),
        ("طوال سنوات تهرب", "O O O", "O O O"),
        # After a definite noun, a definite word is its adjective.
        ("من الخوذ البيضاء", "O O O", "O O O"),
        ("وكانت بشرتها البيضاء", "O O O", "O O O"),
        ("إجلاء - الخوذ - البيضاء", "O O O O O", "O O O O O"),
        ("في مدينة البيضاء", "O O O", "O O B-LOC"),
        ("اللهجة المحلية للرمادي تعطيه", "O O O O", "O O B-LOC O"),
        # A verb after a particle; a person after a title or nationality.
        ("الضربات قد تدمر الأدلة", "O O O O", "O O O O"),
        ("اجتمع المدرب الروماني بولوني مع", "O O O B-PER O", "O O O B-PER O"),
        ("في محافظة الطائف", "O O O", "O O B-LOC"),
        # Right after a name, it may be its rest.
        ("التقى محمد الرمادي", "O B-PER O", "O B-PER O"),
    ],
)
def test_a_place_the_corpus_names(recognizer, sentence, tags, expected):
    assert _mined(recognizer, [(sentence, tags)]) == [expected]


def test_a_surname_of_a_longer_name_stays_a_person(recognizer):
    sentences = [("قال سيئون الرمادي", "O B-PER I-PER"), ("وأضاف الرمادي", "O B-PER")]
    assert _mined(recognizer, sentences)[1] == "O B-PER"
