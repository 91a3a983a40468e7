"""An organisation's short name in brackets after its name (rasd.ner.bracketed_aliases)."""

from rasd.ner.bracketed_aliases import bracketed_aliases


def _run(sentence: str, tags: list[str]) -> list[str]:
    bracketed_aliases(sentence.split(), tags)
    return tags


def test_an_acronym_in_brackets_after_an_agency_is_the_agency() -> None:
    sentence = "ذكرته وكالة الأنباء الإيرانية ( إرنا ) ، الثلاثاء"
    tags = ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"]
    assert _run(sentence, tags)[5] == "B-ORG"


def test_an_acronym_after_a_command_is_the_command() -> None:
    sentence = "قائد القيادة الوسطى ( سنتكوم ) الجنرال"
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"]
    assert _run(sentence, tags)[4] == "B-ORG"


def test_a_description_in_brackets_is_no_name() -> None:
    for sentence, name_words in (
        ("حزب العدالة والتنمية ( الحاكم ) في", 3),
        ("حزب العدالة والتنمية ( درزي ) في", 3),
        ("حزب العدالة والتنمية ( 2018 ) في", 3),
        ("ولاية خوست ( شرق ) على", 2),
    ):
        rest = len(sentence.split()) - name_words
        tags = ["B-ORG"] + ["I-ORG"] * (name_words - 1) + ["O"] * rest
        assert _run(sentence, tags)[name_words:] == ["O"] * rest, sentence


def test_words_in_brackets_after_no_name_are_left_alone() -> None:
    sentence = "قالت الصحيفة ( زجاج ) إن"
    tags = ["O"] * 6
    assert _run(sentence, tags) == ["O"] * 6


def test_quotation_marks_after_a_name_are_not_read_as_an_alias() -> None:
    sentence = 'وقالت الحكومة " مستعدون " للرد'
    tags = ["O", "B-ORG", "O", "O", "O", "O"]
    assert _run(sentence, tags) == ["O", "B-ORG", "O", "O", "O", "O"]
