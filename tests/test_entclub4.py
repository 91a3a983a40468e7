"""A club named by its first word cut short is one organisation ("مان سيتي" for
"مانشستر سيتي"; `rasd.ner.club_abbreviations`, issue 14), on sentences of unannotated
sports news (ANT corpus, 2018 Premier League reports)."""

from __future__ import annotations

from rasd.ner.club_abbreviations import club_abbreviations
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


def _entities(ner: EntityRecognizer, text: str) -> set[tuple[str, str]]:
    doc = ner(Pipeline(["text"]).analyze(text))
    return {(text[e.start : e.end], e.label) for e in doc.entities}


def test_short_form_after_its_tail_alone(ner):
    # the tagger read "[سيتي]" alone, "مان" left outside the name
    found = _entities(
        ner,
        "وتزيد هزيمة مان يونايتد من فرص مان سيتي في الفوز بلقب البطولة لهذا الموسم.",
    )
    assert ("مان سيتي", "ORG") in found
    assert ("مان يونايتد", "ORG") in found
    assert ("سيتي", "ORG") not in found


def test_short_form_left_untagged(ner):
    found = _entities(
        ner,
        "في الوقت الذي يتوقع أن تكون مواجهة مان سيتي وليفربول استثنائية بين قطبي "
        "الأندية الإنجليزية.",
    )
    assert ("مان سيتي", "ORG") in found


def test_another_club_is_no_cut(ner):
    # "ستوك" begins no listed club ending in "سيتي": the tail stays as before
    found = _entities(ner, "وتضاعفت مشاكل ستوك سيتي حيث يحتل الفريق المركز التاسع عشر.")
    assert not any(text.startswith("مان") for text, _ in found)


def test_a_cut_word_commoner_than_the_full_one_is_left():
    # "ولا" begins "ولايات" but is a particle: the news write it far more often
    tags = [["O", "O"]]
    lexicon = {"ولا": 13_000, "ولايات": 3_000, "مان": 174, "مانشستر": 3_412}
    heads = {"سيتي": {"ولايات", "مانشستر"}}
    club_abbreviations([["ولا", "سيتي"]], [["ولا", "سيتي"]], tags, heads, (), lexicon, bool)
    assert tags == [["O", "O"]]
    club_abbreviations([["مان", "سيتي"]], [["مان", "سيتي"]], tags, heads, (), lexicon, bool)
    assert tags == [["B-ORG", "I-ORG"]]
