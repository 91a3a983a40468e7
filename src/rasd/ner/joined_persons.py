"""A person's name the tagger split in two: a given name tagged alone right before the
rest of the name ("[يوليا] [سكريبال]", "[ديدييه] [ديشان]") is one person (issue 14).

Two persons do stand side by side, so the join is narrow: the first part is one word
without the article (not "البابا فرانسيس", "السوداني عمر البشير"), neither part is a
title or a verb (rule_words `not_given_name`: "وكان انديك"), the first is an Arabic word the news almost never writes with the article (not
"صدام ترامب", a clash: "الصدام"), and the second part carries no glued conjunction or
preposition ("هازارد ودي بروين", "روحاني لترامب"). A surname of the document
before a name is a subject before its object ("ووصف ترامب أوماروسا"), and a hashtag
a title ("#مستشار_الأمن_القومي اتش آر ماكماستر").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from rasd.ner.rule_words import NATIONALITIES, PERSON_TITLES, RULE_WORDS
from rasd.ner.scoring import chunks

_NOT_GIVEN = RULE_WORDS["not_given_name"]
# Latin words are site furniture more often than names ("Next Previous عبدالرحمن").
_ARABIC = re.compile(r"^[\u0621-\u064a]")


def joined_persons(
    words: Sequence[str],
    keys: Sequence[str],
    tags: list[str],
    glued: Sequence[bool],
    name_like: Callable[[str], bool],
    surnames: frozenset[str],
) -> None:
    """Join two person chunks that touch when the first is a bare given name; `keys`
    are loose keys, `glued` whether a word carries a split proclitic, `name_like`
    whether the news almost never writes a word with the article, `surnames` the
    keys that end a person's name of several words in the document; `tags` changed
    in place."""
    found = [c for c in chunks(tags) if c[0] == "PER"]
    joined = -1  # the start of the last part joined: it is no given name alone
    for (_, i, j), (_, k, _end) in itertools.pairwise(found):
        if (
            j == i + 1
            and k == j
            and i != joined
            and keys[i] not in surnames
            and _given(words[i], keys[i], name_like)
            and _rest(words[k], keys[k], glued[k])
        ):
            tags[k] = "I-PER"
            joined = k


def surnames_of(keys: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]) -> frozenset[str]:
    """The last words of the document's person names of several words: such a word
    before another person's name is its own person ("ووصف ترامب أوماروسا", "عيّن
    روزنشتاين روبرت مولر")."""
    return frozenset(
        sentence_keys[j - 1]
        for sentence_keys, sentence_tags in zip(keys, tags, strict=True)
        for label, i, j in chunks(sentence_tags)
        if label == "PER" and j - i >= 2
    )


def _given(word: str, key: str, name_like: Callable[[str], bool]) -> bool:
    return (
        _ARABIC.match(word) is not None
        and "_" not in word
        and not word.startswith("ال")
        and key not in PERSON_TITLES | NATIONALITIES | _NOT_GIVEN
        and name_like(word)
    )


def _rest(word: str, key: str, glued: bool) -> bool:
    return not glued and not word.startswith("و") and key not in PERSON_TITLES
