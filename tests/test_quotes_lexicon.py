"""The cue lexicon and word lists shipped as data files."""

from __future__ import annotations

import pytest

from rasd.quotes.lexicon import Lexicon, load_lexicon, parse_cues
from rasd.text.normalize import match_key


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def test_at_least_sixty_cue_lemmas(lexicon: Lexicon) -> None:
    assert len(lexicon.lemmas) >= 60


@pytest.mark.parametrize(
    "lemma",
    [
        "قال",
        "أضاف",
        "أكد",
        "أوضح",
        "اعتبر",
        "أشار",
        "طالب",
        "شدد",
        "نفى",
        "أعلن",
        "ذكر",
        "كشف",
        "حذر",
        "دعا",
        "رأى",
        "تابع",
        "صرح",
        "أفاد",
    ],
)
def test_the_main_reporting_verbs_are_cues(lexicon: Lexicon, lemma: str) -> None:
    assert lemma in lexicon.lemmas


@pytest.mark.parametrize(
    ("form", "gender", "participle"),
    [
        ("قالت", "f", False),
        ("يقول", "m", False),
        ("قالوا", "p", False),
        ("أكدت", "f", False),
        ("مضيفا", "m", True),
        ("مضيفة", "f", True),
        ("تابعت", "f", False),
        ("يؤكدون", "p", False),
    ],
)
def test_forms_carry_gender_and_number(
    lexicon: Lexicon, form: str, gender: str, participle: bool
) -> None:
    cue = lexicon.cues[match_key(form)]
    assert (cue.gender, cue.participle) == (gender, participle)


def test_word_lists_have_the_categories_the_rules_use(lexicon: Lexicon) -> None:
    for category in (
        "title",
        "anonymous",
        "audience",
        "naming",
        "time",
        "situation",
        "function",
        "cut",
        "attribution",
        "opener",
        "source_head",
        "ambiguous_cue",
        "called",
        "issued",
        "outlet",
        "informal",
        "share",
        "manner_adverb",
    ):
        assert lexicon.words.get(category), category


@pytest.mark.parametrize(
    ("category", "word"),
    [
        ("ambiguous_cue", "عبر"),
        ("called", "يدعى"),
        ("issued", "أدلى"),
        ("outlet", "أسوشيتد"),
        ("informal", "أيضا"),
        ("share", "أغلبية"),
        ("manner_adverb", "آنذاك"),
    ],
)
def test_listed_words_are_found_by_their_match_key(
    lexicon: Lexicon, category: str, word: str
) -> None:
    assert lexicon.has(category, match_key(word))


def test_a_cue_file_without_header_is_refused() -> None:
    with pytest.raises(ValueError, match="columns"):
        parse_cues("قال\tأن\tقال\n")
