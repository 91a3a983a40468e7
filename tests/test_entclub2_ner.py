"""A person of two words after or including an indefinite "نادي"/"فريق" is the club
(`rasd.ner.document_rules.cued_clubs`, issue 14), on sentences of unannotated news
(saudinewsnet, ant-jawharafm, ant-multisource), with the tagger's output given."""

from __future__ import annotations

from rasd.ner.document_rules import cued_clubs
from rasd.ner.stage import EntityRecognizer


def _cued(ner: EntityRecognizer, sentences: list[str], tags: list[str]) -> list[str]:
    words = [s.split() for s in sentences]
    keys = [[ner.tagger.featurizer.form(w).key for w in ws] for ws in words]
    all_tags = [t.split() for t in tags]
    cued_clubs(keys, words, all_tags, ner._is_nationality)
    return [" ".join(t) for t in all_tags]


def test_a_person_after_an_indefinite_club_noun_is_the_club(ner):
    # ant-jawharafm: the player's Nigerian club, its nationality left outside.
    assert _cued(
        ner,
        ["أوباجي لاعب نادي ويكي توريستس النيجيري و البالغ"],
        ["B-PER O O B-PER I-PER I-PER O O"],
    ) == ["B-PER O O B-ORG I-ORG O O O"]
    # ant-jawharafm: "غازي عنتاب" is the Turkish club, not a given name and a surname.
    assert _cued(ner, ["قرر مغادرة فريق غازي عنتاب سبور التركي"], ["O O O B-PER I-PER O O"]) == [
        "O O O B-ORG I-ORG O O"
    ]


def test_a_club_noun_inside_a_person_is_left_out_of_the_club(ner):
    # saudinewsnet: "[نادي يوفنتوس|PER]" is the club Juventus.
    assert _cued(ner, ["أن نادي يوفنتوس بطل الدوري"], ["O B-PER I-PER O O"]) == ["O O B-ORG O O"]


def test_a_person_after_the_definite_club_noun_stays_a_person(ner):
    # saudinewsnet: "رئيس النادي" is the article's own club's chairman.
    assert _cued(
        ner, ["وشهد اللقاء حضور رئيس النادي عبد اللطيف الخضير"], ["O O O O O B-PER I-PER I-PER"]
    ) == ["O O O O O B-PER I-PER I-PER"]


def test_a_team_named_after_a_person_of_the_document_stays_the_person(ner):
    # Two ant-jawharafm sentences put together: where the document names a person
    # "غازي" ("غازي الغرايري"), "فريق غازي عنتاب" may be his team.
    assert _cued(
        ner,
        ["لدى المنظمة غازي الغرايري", "مغادرة فريق غازي عنتاب سبور"],
        ["O O B-PER I-PER", "O O B-PER I-PER O"],
    ) == ["O O B-PER I-PER", "O O B-PER I-PER O"]
