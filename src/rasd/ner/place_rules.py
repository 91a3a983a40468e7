"""The name rules for places and nationality adjectives (patterns 3 and 5 of rules.py):
place heads, adjacent places and regions, place nouns standing alone, places inside a
title, and a nationality adjective or a country named like one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.gazetteer import loose_key, loose_key_of_match_key
from rasd.ner.rule_words import FEMININE_COUNTRIES, MAX_GAP, PREPOSITIONS, RULE_WORDS
from rasd.ner.scoring import chunks
from rasd.ner.tag_edits import chunk_start, set_tags
from rasd.text.normalize import match_key

_DESCRIBED_BY_ADJECTIVE = RULE_WORDS["described_by_adjective"]
_PLACE_DESCRIPTORS = RULE_WORDS["place_descriptor"]
_ADJECTIVE_SPELLED_COUNTRIES = RULE_WORDS["adjective_spelled_country"]


# Heads of place names that include the place after them ("قطاع غزة", "مطار
# السليمانية", "نهر الفرات"); "محافظة", "مدينة" and "ميناء" are descriptors ("تعز" in
# "محافظة تعز"): so the gold articles of the dev folds write them; and so are "إقليم" and
# "ساحل" in the annotated news of 2018 (no name of its 310 dev articles starts with one).
_PLACES = frozenset(
    loose_key(w) for w in "قطاع مطار حقل جزيرة مضيق نهر بحر بحيرة خليج جبل جبال وادي".split()
)


# Compass words that, before a continent, name a region ("شمال أفريقيا", "جنوب شرق
# آسيا"); before a country they describe a part of it and stay outside the name.
_COMPASS = frozenset(loose_key(w) for w in "شمال جنوب شرق غرب وسط".split())
_CONTINENTS = frozenset(loose_key(w) for w in "أفريقيا إفريقيا آسيا أوروبا أوربا".split())


def place_heads(keys: Sequence[str], tags: list[str]) -> None:
    """A place head, some words and a place form one place ("قطاع غزة", "مطار
    السليمانية الدولي")."""
    for i, key in enumerate(keys):
        if key not in _PLACES or tags[i] != "O":
            continue
        for j in range(i + 1, min(len(keys), i + 2 + MAX_GAP)):
            if tags[j] == "B-LOC":
                end = j + 1
                while end < len(tags) and tags[end] == "I-LOC":
                    end += 1
                set_tags(tags, i, end, "LOC")
                break
            if tags[j] != "O" or keys[j] in PREPOSITIONS or not keys[j].isalpha():
                break


def adjacent_places(
    keys: Sequence[str],
    tags: list[str],
    proclitic: Sequence[bool],
    is_country: Callable[[str], bool],
) -> None:
    """A region followed by its country is one place ("كردستان العراق"); not when the
    country carries a conjunction or preposition ("الولايات المتحدة وروسيا"), not two
    countries side by side ("الولايات المتحدة إيران", "فرنسا لبنان": a list or a pair
    without "و"), and not two cities ("مطاري أربيل" + ...)."""
    for i in range(1, min(len(tags), len(proclitic))):
        if (
            tags[i] == "B-LOC"
            and tags[i - 1] in ("B-LOC", "I-LOC")
            and not proclitic[i]
            and is_country(keys[i])
            and (i + 1 == len(tags) or tags[i + 1] != "I-LOC")
            and not is_country(" ".join(keys[chunk_start(tags, i - 1) : i]))
        ):
            tags[i] = "I-LOC"


def nisba(stems: Sequence[str], tags: list[str], is_nisba: Callable[[str], bool]) -> None:
    """A one-word place or organisation that is a nationality adjective is untagged."""
    for i, stem in enumerate(stems[: len(tags)]):
        if tags[i] not in ("B-LOC", "B-ORG"):
            continue
        alone = i + 1 == len(tags) or not tags[i + 1].startswith("I-")
        if alone and is_nisba(stem):
            tags[i] = "O"


def agreeing_adjective(
    keys: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    words: Sequence[str],
    proclitic: Sequence[bool],
    is_country: Callable[[str], bool],
) -> None:
    """A country whose name is also its feminine adjective ("السعودية"), right after a
    definite noun, is the adjective ("البورصة السعودية", "للقنصلية السعودية"); after
    a verb, a preposition or an indefinite noun it is the country ("استنكرته
    السعودية", "مع السعودية", "رد فعل السعودية")."""
    n = min(len(tags), len(stems), len(words), len(proclitic))
    for i in range(1, n):
        alone = i + 1 == len(tags) or not tags[i + 1].startswith("I-")
        if not (tags[i] == "B-LOC" and alone and tags[i - 1] == "O" and not proclitic[i]):
            continue
        if not (match_key(words[i]).startswith("ال") and stems[i].endswith("ية")):
            continue
        before = stems[i - 1]
        if before.startswith("ال") and keys[i - 1] not in PREPOSITIONS and is_country(keys[i]):
            tags[i] = "O"


def indefinite_adjective(
    keys: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    is_country: Callable[[str], bool],
) -> None:
    """A country named by its definite feminine adjective ("السعودية") is never written
    without the article: "سعودي", "سعودية" alone are the adjective ("مسؤول سعودي"),
    though they share the country's loose key."""
    for i, stem in enumerate(stems[: len(tags)]):
        alone = i + 1 == len(tags) or not tags[i + 1].startswith("I-")
        if tags[i] != "B-LOC" or not alone or stem.startswith("ال"):
            continue
        if keys[i] in FEMININE_COUNTRIES and is_country(keys[i]):
            tags[i] = "O"


# Prepositions a country follows, separate ("في", also written "فى") or glued (ل، ب).
_BEFORE_COUNTRY = (PREPOSITIONS - {loose_key(w) for w in "الذي التي الذين".split()}) | {"فى"}
_GLUED_PREPOSITIONS = ("ل", "ب")


def adjective_spelled_country(
    keys: Sequence[str], stems: Sequence[str], words: Sequence[str], tags: list[str]
) -> None:
    """A country spelled as its indefinite feminine adjective ("سورية") is the country
    after a preposition ("في سورية", "لسورية"), where no adjective can stand: the
    tagger, which reads the nationality adjective's key, leaves it untagged."""
    n = min(len(tags), len(stems), len(words))
    for i in range(n):
        stem = stems[i]
        if tags[i] != "O" or not stem.endswith("ة"):
            continue
        if loose_key_of_match_key(stem) not in _ADJECTIVE_SPELLED_COUNTRIES:
            continue
        word = match_key(words[i])
        if not word.endswith(stem):
            continue  # a suffix or a restored form: "سوريتها"
        glued = word[: -len(stem)]
        if glued.endswith(_GLUED_PREPOSITIONS) or (
            not glued and i and keys[i - 1] in _BEFORE_COUNTRY
        ):
            tags[i] = "B-LOC"


def described_by_adjective(
    keys: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    is_nationality: Callable[[str], bool],
) -> None:
    """Definite forces, a company or an organisation with a nationality adjective and
    nothing else ("القوات التركية", "الشركة الكندية", "المنظمة البريطانية") is a
    description: the annotated news list it as optional or not at all."""
    for label, start, end in chunks(tags):
        if label != "ORG" or end - start != 2 or end > len(stems):
            continue
        if (
            keys[start] in _DESCRIBED_BY_ADJECTIVE
            and stems[start].startswith("ال")
            and stems[start + 1].startswith("ال")
            and is_nationality(keys[start + 1])
        ):
            tags[start:end] = ["O", "O"]


def bare_places(keys: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """A place noun without the article standing alone ("مدينة", "بلدة") names no
    place."""
    for label, start, end in chunks(tags):
        alone = label == "LOC" and end - start == 1 and start < len(stems)
        if alone and keys[start] in _PLACE_DESCRIPTORS and not stems[start].startswith("ال"):
            tags[start] = "O"


def regions(keys: Sequence[str], tags: list[str]) -> None:
    """Compass words before a continent join it: "جنوب شرق آسيا" is one place."""
    for i, key in enumerate(keys):
        if key not in _CONTINENTS or tags[i] not in ("B-LOC", "O") or i == 0:
            continue
        start = i
        while start > 0 and keys[start - 1] in _COMPASS and tags[start - 1] == "O":
            start -= 1
        if start < i:
            set_tags(tags, start, i + 1, "LOC")


_PLACE_TITLES = RULE_WORDS["place_title"]


def titled_places(keys: Sequence[str], tags: list[str]) -> None:
    """A place after a title's noun is part of a person's title ("خادم الحرمين
    الشريفين"), not a place the text names."""
    for label, start, end in chunks(tags):
        if (
            label == "LOC"
            and start > 0
            and tags[start - 1] == "O"
            and keys[start - 1] in _PLACE_TITLES
        ):
            tags[start:end] = ["O"] * (end - start)


# Administrative divisions are cut off the place after them (`division_descriptors`); a
# switch for `benchmarks/ner_rule_diff.py`.
DIVISION_DESCRIPTORS = True
_DIVISIONS = RULE_WORDS["place_division"]


def division_descriptors(stems: Sequence[str], tags: list[str]) -> None:
    """An administrative division without the article opening a place ("[ولاية
    المهدية]", "ب[معتمدية غار الملح]") is no word of it: the annotated news write the
    place alone ("المهدية"), while the tagger, trained on news that seldom name a
    Tunisian division, keeps it. With the article ("الولايات المتحدة") the word is the
    name's own. `stems` are the words' match keys without their clitics; `tags` are
    changed in place."""
    if not DIVISION_DESCRIPTORS:
        return
    for label, start, end in chunks(tags):
        if label != "LOC" or end - start < 2 or start >= len(stems):
            continue
        stem = stems[start]
        if not stem.startswith("ال") and loose_key_of_match_key(stem) in _DIVISIONS:
            tags[start] = "O"
            tags[start + 1] = "B-LOC"
