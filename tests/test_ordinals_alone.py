"""An ordinal tagged as a name of one word names nothing (rasd.ner.surface_rules)."""

from rasd.ner.gazetteer import loose_key
from rasd.ner.surface_rules import ordinals_alone


def _run(sentence: str, tags: list[str]) -> list[str]:
    ordinals_alone([loose_key(w) for w in sentence.split()], tags)
    return tags


def test_an_ordinal_alone_is_no_person() -> None:
    assert _run("في الجولة الخامسة من دور", ["O", "O", "B-PER", "O", "O"])[2] == "O"
    assert _run("في 17 نوفمبر ( تشرين الثاني )", ["O"] * 5 + ["B-PER", "O"])[5] == "O"


def test_an_ordinal_ending_a_name_stays() -> None:
    tags = ["O", "B-PER", "I-PER", "I-PER", "O"]
    assert _run("الملك عبد الله الثاني إن", list(tags)) == tags


def test_the_cairo_square_stays_a_place() -> None:
    assert _run("فض اعتصام رابعة", ["O", "O", "B-LOC"])[2] == "B-LOC"
