"""The entity stage's second speed pass (issue 14): `scoring.chunks` memoises its
parse on the tags' values, since the rules re-read a sentence's tags some fifty times
while few of them change it. The memo must hand back a fresh list each time, follow
tags changed in place, and leave the stage's entities as they were on sentences of
unannotated news (SaudiNewsNet, past the articles the speed was measured on)."""

from __future__ import annotations

from rasd.ner.scoring import chunks
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


def _entities(ner: EntityRecognizer, text: str) -> list[tuple[str, str]]:
    doc = ner(Pipeline(["text"]).analyze(text))
    return [(text[e.start : e.end], e.label) for e in doc.entities]


def test_memo_hands_back_a_fresh_list():
    tags = ["B-PER", "I-PER", "O", "B-LOC"]
    first = chunks(tags)
    first.append(("ORG", 9, 10))  # a caller may edit its list
    assert chunks(tags) == [("PER", 0, 2), ("LOC", 3, 4)]


def test_memo_follows_tags_changed_in_place():
    tags = ["B-PER", "I-PER", "O", "B-LOC"]
    assert chunks(tags) == [("PER", 0, 2), ("LOC", 3, 4)]
    tags[2] = "I-PER"  # as a rule extends a name
    assert chunks(tags) == [("PER", 0, 3), ("LOC", 3, 4)]
    tags[:] = ["O"] * 4
    assert chunks(tags) == []


def test_officials_and_places_of_a_list(ner):
    text = (
        "وكان في استقبال الطائرة لحظة وصولها نائب رئيس مجلس النواب محمد الشدادي ووزير "
        "النقل ومستشار الرئيس اليمني ومحافظ عدن ومحافظ أبين ومدير مطار عدن الدولي."
    )
    found = _entities(ner, text)
    assert ("محمد الشدادي", "PER") in found
    assert ("مجلس النواب", "ORG") in found
    assert ("أبين", "LOC") in found
    # the same sentence again (the memo warm) gives the same entities
    assert _entities(ner, text) == found


def test_title_stays_out_of_the_name(ner):
    found = _entities(
        ner,
        "أشاد وزير الأوقاف الأردني، الدكتور هايل داود، بالتوسعة الكبيرة للحرم المكي "
        "الشريف التي دشنها مؤخراً خادم الحرمين الشريفين الملك سلمان بن عبد العزيز.",
    )
    assert ("هايل داود", "PER") in found
    assert ("سلمان بن عبد العزيز", "PER") in found
    assert not any(name.startswith(("الدكتور", "الملك")) for name, _ in found)


def test_sentence_naming_nobody(ner):
    assert _entities(ner, "وتحمل الطائرة عشرين طناً من المواد الغذائية.") == []
