"""What the name rule modules share: the loader of `data/rule_words.tsv` (each module
takes its own lists from it), the lists and limits more than one of them reads
(nationalities, feminine countries, person titles, prepositions), `Phrases` and
`NameList` for the names learnt from the news.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from rasd.ner.gazetteer import first_words, loose_key

RULE_WORDS_RESOURCE = "rule_words.tsv"


def load_rule_words(key: Callable[[str], str] = loose_key) -> dict[str, frozenset[str]]:
    """The rules' word lists of `data/rule_words.tsv`: category -> loose keys (or the
    forms `key` gives)."""
    text = (resources.files("rasd.ner") / "data" / RULE_WORDS_RESOURCE).read_text("utf-8")
    lists: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            category, words = line.split("\t", 1)
            if category in lists:
                # a second row of one name would silently replace the first list
                raise ValueError(f"{RULE_WORDS_RESOURCE}: category {category!r} twice")
            lists[category] = frozenset(key(w) for w in words.split())
    return lists


RULE_WORDS = load_rule_words()
FEMININE_COUNTRIES = RULE_WORDS["feminine_country"]
NATIONALITIES = RULE_WORDS["nationality"]
PERSON_TITLES = RULE_WORDS["person_title"]
PREPOSITIONS = frozenset(
    loose_key(w)
    for w in (
        "في من على إلى الى عن مع بين حول منذ نحو ضد عبر لدى داخل خارج قرب أمام تجاه الذي التي الذين"
    ).split()
)
MAX_GAP = 3
Phrases = Callable[[Sequence[str]], list[tuple[int, int, list[str]]]]


@dataclass(frozen=True)
class NameList:
    """Names as loose keys ("واشنطن بوست"), with the most words of the names that
    start with each first word (`gazetteer.first_words`), for scans."""

    names: frozenset[str]
    longest: dict[str, int]

    @classmethod
    def of(cls, names: Iterable[str]) -> NameList:
        unique = frozenset(names)
        return cls(unique, first_words(n.split(" ") for n in unique))
