"""News names the statistical tagger gets half right: a city's country is that of the
namesake the news means; kinship words are not part of a person's name."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def ner_nlp() -> Pipeline:
    return Pipeline(["text", "ner"])


@pytest.mark.parametrize(
    ("sentence", "place", "country"),
    [
        ("ووفقا للمرصد الذي يتخذ من لندن مقرا له، قتل 36 جنديا.", "لندن", "GBR"),
        ("وصل الوفد إلى الإسكندرية صباح اليوم.", "الإسكندرية", "EGY"),
    ],
)
def test_a_city_takes_the_country_of_its_best_known_namesake(
    ner_nlp: Pipeline, sentence: str, place: str, country: str
) -> None:
    doc = ner_nlp.analyze(sentence)
    found = {doc.slice(e): e.country for e in doc.entities or [] if e.label == "LOC"}
    assert found.get(place) == country, found


def test_kinship_words_introduce_a_name_without_joining_it(ner_nlp: Pipeline) -> None:
    doc = ner_nlp.analyze("وقال جورج دبليو بوش إن أبيه جورج بوش كان رئيسا.")
    people = [doc.slice(e) for e in doc.entities or [] if e.label == "PER"]
    assert "جورج بوش" in people and not any("أبيه" in p for p in people)
    # The kunya "أبي" is a name of its own.
    doc = ner_nlp.analyze("وكتب عن أبي تمام وأبي العلاء المعري.")
    assert [doc.slice(e) for e in doc.entities or []] == ["أبي تمام", "أبي العلاء المعري"]
