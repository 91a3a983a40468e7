"""Bodies whose names are common words, which a tagger trained on other bodies reads as
something else or as nothing:
  1. a body of `common_word_body` ("مشاة البحرية", the Marines) is one organisation
     with the nationality after it: the tagger reads the navy ("البحرية الأميركية")
     or no name;
  2. a city's council or police before "مدينة" and the city ("مجلس مدينة ساكرامنتو",
     "شرطة مدينة لندن") is one organisation: the tagger reads the city alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.gazetteer import loose_key
from rasd.ner.rule_words import load_rule_words
from rasd.ner.scoring import chunks

_RAW_WORDS = load_rule_words(key=str)
# Each entry is one name whose words are joined by "_" in the data file.
_COMMON_WORD_BODIES = frozenset(tuple(entry.split("_")) for entry in _RAW_WORDS["common_word_body"])
_CITY_BODIES = frozenset(loose_key(w) for w in _RAW_WORDS["city_body"])
_CITY = loose_key("مدينة")


def common_bodies(
    keys: Sequence[str], stems: Sequence[str], tags: list[str], is_nisba: Callable[[str], bool]
) -> list[str]:
    """Apply the patterns to one sentence's `tags` (changed in place and returned);
    `keys` are its loose stem keys, `stems` its stem keys with the article."""
    _common_word_bodies(keys, stems, tags, is_nisba)
    _city_bodies(keys, tags)
    return tags


def _common_word_bodies(
    keys: Sequence[str], stems: Sequence[str], tags: list[str], is_nisba: Callable[[str], bool]
) -> None:
    for name in _COMMON_WORD_BODIES:
        size = len(name)
        name_keys = tuple(loose_key(w) for w in name)
        for i in range(len(keys) - size + 1):
            # Inside a longer name the tagger found ("قيادة مشاة البحرية") it stays.
            if tuple(keys[i : i + size]) != name_keys or tags[i].startswith("I-"):
                continue
            if not _same_articles(name, stems[i : i + size]):
                continue  # "مشاة بحريتنا" (our marines) names no body
            end = i + size
            if end < len(stems) and is_nisba(stems[end]):
                end += 1
            _set_org(tags, i, end)


def _same_articles(name: Sequence[str], stems: Sequence[str]) -> bool:
    """Whether the words take the article where the name's words do."""
    return all(w.startswith("ال") == s.startswith("ال") for w, s in zip(name, stems, strict=True))


def _city_bodies(keys: Sequence[str], tags: list[str]) -> None:
    for label, start, end in chunks(tags):
        if label != "LOC" or start < 2 or keys[start - 1] != _CITY:
            continue
        head = start - 2
        if keys[head] in _CITY_BODIES and not tags[head].startswith("I-"):
            _set_org(tags, head, end)


def _set_org(tags: list[str], start: int, end: int) -> None:
    """[start, end) becomes one organisation; a name the tagger ran on into past it
    ends there."""
    if any(t.endswith("-PER") for t in tags[start:end]):
        return
    tags[start:end] = ["B-ORG"] + ["I-ORG"] * (end - start - 1)
    while end < len(tags) and tags[end].startswith("I-"):
        tags[end] = "O"
        end += 1
