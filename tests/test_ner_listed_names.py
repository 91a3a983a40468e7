"""Listed organisations read as people by the tagger (`rasd.ner.rules`), on a corpus
phrase with the shipped name lists."""

from __future__ import annotations

from rasd.ner.rules import apply_rules
from rasd.ner.stage import EntityRecognizer


def test_a_listed_organisation_tagged_as_a_person_is_an_organisation():
    ner = EntityRecognizer()
    featurizer = ner.tagger.featurizer
    words = "وشدد الوزير الفرنسي في مقابلة مع فرانس برس على ضرورة".split()
    forms = [featurizer.form(w) for w in words]
    keys = [f.key for f in forms]
    tags = "O O O O O O B-PER I-PER O O".split()
    out = apply_rules(keys, tags, ner._is_nationality, ner._is_country, featurizer.phrases)
    assert out[6:8] == ["B-ORG", "I-ORG"]
    # A person's name stays a person: "أردوغان" is listed as an organisation too,
    # and single words are never relabelled.
    words = "وقال الرئيس التركي أردوغان إن".split()
    keys = [featurizer.form(w).key for w in words]
    out = apply_rules(
        keys, "O O O B-PER O".split(), ner._is_nationality, ner._is_country, featurizer.phrases
    )
    assert out[3] == "B-PER"
