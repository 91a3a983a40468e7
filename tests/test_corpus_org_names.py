"""The long organisation names the news corpus writes whole (rasd.ner.corpus_org_names)."""

from rasd.ner.corpus_org_names import corpus_org_names
from rasd.ner.gazetteer import loose_key


def _run(words: list[str], tags: list[str]) -> list[str]:
    keys = [loose_key(w.removeprefix("و").removeprefix("ل")) for w in words]
    corpus_org_names(keys, words, tags)
    return tags


def test_a_name_ended_before_its_phrase_goes_on_through_it() -> None:
    words = "قال الاتحاد الأوروبي لكرة القدم إن".split()
    tags = ["O", "B-ORG", "I-ORG", "O", "O", "O"]
    assert _run(words, tags) == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]


def test_a_name_found_only_inside_the_whole_one_takes_the_whole() -> None:
    words = "وقالت منظمة الأمم المتحدة للطفولة إن".split()
    tags = ["O", "O", "B-ORG", "I-ORG", "O", "O"]
    assert _run(words, tags) == ["O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]


def test_a_committee_named_by_what_it_organises_is_left_alone() -> None:
    words = "وقالت اللجنة المنظمة للبطولة إن".split()
    tags = ["O", "O", "O", "O", "O"]
    assert _run(words, tags) == ["O", "O", "O", "O", "O"]


def test_a_body_tied_to_another_keeps_its_own_name() -> None:
    words = "أمام مجلس الأمن التابع للأمم المتحدة".split()
    tags = ["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]
    assert _run(words, tags) == ["O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG"]
