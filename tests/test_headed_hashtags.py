"""Hashtags that begin with a body noun (rasd.ner.surface_rules.headed_hashtags)."""

from rasd.ner.gazetteer import loose_key
from rasd.ner.surface_rules import headed_hashtags


def _run(sentence: str, tags: list[str]) -> list[str]:
    headed_hashtags(sentence.split(), tags)
    return tags


def test_a_hashtag_headed_by_a_body_noun_is_an_organisation() -> None:
    for sentence in (
        "وأعلن #الاتحاد_الأوروبي أمس",
        "وتمكن #الجيش_اليمني من",
        "وأعلنت #الهيئة_العامة_للزكاة_والدخل أن",
    ):
        assert _run(sentence, ["O"] * 4)[1] == "B-ORG", sentence


def test_a_hashtag_read_as_a_person_or_place_is_relabelled() -> None:
    assert _run("وقصفت #ميليشيات_الحوثي مواقع", ["O", "B-PER", "O"])[1] == "B-ORG"
    assert _run("وقالت #وزارة_المالية_السعودية إن", ["O", "B-LOC", "O"])[1] == "B-ORG"


def test_a_topic_hashtag_or_a_front_is_left_alone() -> None:
    assert _run("عبر وسم #مستشفى_الأفلاج_تحت_المجهر حيث", ["O"] * 4) == ["O"] * 4
    assert _run("على #جبهة_نهم شرق", ["O", "B-LOC", "O"]) == ["O", "B-LOC", "O"]
    assert _run("وسم #السعودية_العظمى اليوم", ["O"] * 4) == ["O"] * 4


def test_a_plain_word_is_left_alone() -> None:
    assert _run("وقال الاتحاد الأوروبي إن", ["O"] * 5) == ["O"] * 5


def test_a_hashtag_after_an_indefinite_title_is_left_to_the_title() -> None:
    sentence = "وأشار رئيس # مجلس_الأعمال_السعودي_الفرنسي إلى"
    tags = ["O"] * 5
    headed_hashtags(sentence.split(), tags, lambda key: key == loose_key("رئيس"))
    assert tags == ["O"] * 5
    definite = "وأشار الرئيس # مجلس_الأعمال_السعودي_الفرنسي إلى".split()
    tags = ["O"] * 5
    headed_hashtags(definite, tags, lambda key: key == loose_key("رئيس"))
    assert tags[3] == "B-ORG"


def test_words_joined_without_a_hash_are_a_slip() -> None:
    assert _run("خطأ من اللجنة_المشرفة على", ["O"] * 4) == ["O"] * 4
    assert _run("أعلن # الجيش_اليمني أمس", ["O"] * 4)[2] == "B-ORG"
