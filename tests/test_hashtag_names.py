"""Hashtags that take the label of their words written spaced (rasd.ner.hashtag_names)."""

from rasd.ner.hashtag_names import spaced_hashtags


def _run(sentences: list[str], tags: list[list[str]]) -> list[list[str]]:
    spaced_hashtags([s.split() for s in sentences], tags)
    return tags


def test_a_hashtag_takes_the_label_of_its_spaced_name() -> None:
    sentences = ["وقالت الولايات المتحدة إن", "وسم #الولايات_المتحدة يتصدر"]
    tags = [["O", "B-LOC", "I-LOC", "O"], ["O", "B-ORG", "O"]]
    assert _run(sentences, tags)[1] == ["O", "B-LOC", "O"]


def test_an_untagged_hashtag_is_named_too() -> None:
    sentences = ["قالت الشرطة الفلبينية إن", "#الشرطة_الفلبينية تعلن"]
    tags = [["O", "B-ORG", "I-ORG", "O"], ["O", "O"]]
    assert _run(sentences, tags)[1] == ["B-ORG", "O"]


def test_a_hashtag_whose_spaced_name_is_not_tagged_is_left_alone() -> None:
    sentences = ["في الساحل الغربي أمس", "#الساحل_الغربي اليوم"]
    tags = [["O", "O", "O", "O"], ["O", "O"]]
    assert _run(sentences, tags)[1] == ["O", "O"]


def test_a_name_read_two_ways_gives_no_label() -> None:
    sentences = ["ذا فويس أمس", "برنامج ذا فويس", "#ذا_فويس اليوم"]
    tags = [["B-PER", "I-PER", "O"], ["O", "B-ORG", "I-ORG"], ["O", "O"]]
    assert _run(sentences, tags)[2] == ["O", "O"]
