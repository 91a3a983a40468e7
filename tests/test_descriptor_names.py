"""A body's descriptor leaves a name the document also writes without it
(rasd.ner.descriptor_names)."""

from rasd.ner.descriptor_names import descriptor_names
from rasd.ner.gazetteer import loose_key


def _run(sentences: list[tuple[str, list[str]]]) -> list[list[str]]:
    words = [s.split() for s, _ in sentences]
    tags = [list(t) for _, t in sentences]
    descriptor_names([[loose_key(w) for w in ws] for ws in words], words, tags)
    return tags


def test_a_company_named_alone_elsewhere_loses_its_descriptor() -> None:
    tags = _run(
        [
            ("قررت شركة ماكدونالدز استبعاد شطيرة", ["O", "B-ORG", "I-ORG", "O", "O"]),
            ("وقالت ماكدونالدز إنها تتعامل", ["O", "B-ORG", "O", "O"]),
        ]
    )
    assert tags[0] == ["O", "O", "B-ORG", "O", "O"]
    assert tags[1] == ["O", "B-ORG", "O", "O"]


def test_a_descriptor_stays_where_the_document_never_drops_it() -> None:
    tags = _run([("أعلنت شركة أبل عن تحديث", ["O", "B-ORG", "I-ORG", "O", "O"])])
    assert tags[0] == ["O", "B-ORG", "I-ORG", "O", "O"]


def test_a_definite_name_keeps_its_descriptor() -> None:
    tags = _run(
        [
            ("اعتبرت منظمة العفو الدولية في بيان", ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]),
            ("وقالت العفو الدولية إن", ["O", "B-ORG", "I-ORG", "O"]),
        ]
    )
    assert tags[0] == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"]
