"""A body word before a Tunisian town is the town's club ("جمعية أريانة", "مستقبل
المرسى"; `rasd.ner.town_clubs`, issue 14), on sentences of unannotated Jawhara FM
sport news."""

from __future__ import annotations

from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


def _entities(ner: EntityRecognizer, text: str) -> set[tuple[str, str]]:
    doc = ner(Pipeline(["text"]).analyze(text))
    return {(text[e.start : e.end], e.label) for e in doc.entities}


def test_club_whose_town_was_a_place(ner):
    # the tagger read "[المرسى]" as a place and left "مستقبل" outside it
    found = _entities(
        ner,
        "وفي ما يلي النتائج الكاملة للمباريات: مستقبل المرسى 2 ترجي جرجيس 0",
    )
    assert ("مستقبل المرسى", "ORG") in found
    assert ("المرسى", "LOC") not in found


def test_club_left_untagged(ner):
    found = _entities(
        ner,
        "وكان اللاعب المذكور قد تقمص سابقا زي كل من النادي الصفاقسي و مستقبل قابس و الترجي الرياضي",
    )
    assert ("مستقبل قابس", "ORG") in found


def test_country_after_the_word_is_no_club(ner):
    # "مستقبل تونس" is the country's future: Tunisia is listed as a country
    found = _entities(
        ner,
        "ما اعتبرته محاولة شرسة مبرمجة لإحباط مشروع فنّي حيّ تقدّمي وحداثي يبني "
        "لمستقبل تونس و ينافس أو يهدّد مشروعا رجعيّا",
    )
    assert not any(text.startswith("مستقبل") for text, _ in found)
