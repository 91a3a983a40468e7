"""Places in a list after a place the tagger found ("كربلاء والنجف والديوانية",
"عسير والباحة ونجران والطائف", "الجبيل وينبع"): the tagger, reading each word with its
neighbours, names the first places of a list and leaves a town joined to them by "و"
untagged. A word joined by "و" right after a place, whose item of the list ends there,
is a place of the same list when the name lists know it as a country or as a town of
a country (issue 14).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rasd.ner.gazetteer import COUNTRY, MAX_WORDS, loose_key
from rasd.ner.rule_words import RULE_WORDS
from rasd.ner.scoring import chunks

# Places joined by "و" after a place are tagged (`listed_places`).
LISTED_PLACES = True
# Words the name lists hold as towns that follow a place with "و" as common words
# ("في بريمان والواقع على": located), as loose keys.
_NOT_LISTED = RULE_WORDS["not_listed_place"]
_DIRECTIONS = RULE_WORDS["direction"]
_ITEM_ENDS = RULE_WORDS["list_item_end"] | _DIRECTIONS

Gazetteer = Mapping[str, tuple[tuple[str, str | None], ...]]


def listed_places(
    keys: Sequence[str], conjoined: Sequence[bool], tags: list[str], gazetteer: Gazetteer
) -> None:
    """Tag the places joined by "و" to a place before them (`tags`, one sentence's,
    changed in place); `keys` are the words' loose stem keys (without "و" and the
    article) and `conjoined` says which words start with "و". Each place tagged may
    carry the list on ("والنجف والديوانية")."""
    if not LISTED_PLACES:
        return
    ends = [end for label, _, end in chunks(tags) if label == "LOC"]
    while ends:
        start = ends.pop(0)
        size = _place(keys, conjoined, tags, gazetteer, start)
        if size:
            tags[start : start + size] = ["B-LOC"] + ["I-LOC"] * (size - 1)
            ends.insert(0, start + size)


def _place(
    keys: Sequence[str],
    conjoined: Sequence[bool],
    tags: Sequence[str],
    gazetteer: Gazetteer,
    start: int,
) -> int:
    """How many words from `start` form a listed place joined by "و" and untagged
    (the longest the name lists hold), or 0."""
    # A direction joined to a place begins a region ("سوريا وشمالي غربها").
    if start >= len(keys) or not conjoined[start] or keys[start] in _DIRECTIONS:
        return 0
    for size in range(min(MAX_WORDS, len(keys) - start), 0, -1):
        if any(tag != "O" for tag in tags[start : start + size]):
            continue
        rest = keys[start + 1 : start + size]
        named = any(
            first not in _NOT_LISTED and _listed(gazetteer.get(" ".join([first, *rest]), ()))
            for first in _firsts(keys[start])
        )
        if named and _item_ends(keys, conjoined, start + size):
            return size
    return 0


def _firsts(key: str) -> tuple[str, ...]:
    """A word's key, and without the "و" the segmenter leaves glued to a rare name
    ("وعجلون"; a split "و" is outside the key already, and "وهران" is a name)."""
    return (key, loose_key(key[1:])) if key.startswith("و") else (key,)


def _listed(entries: Sequence[tuple[str, str | None]]) -> bool:
    """Whether the name lists hold a country, or a town with its country, and no
    person of that name: their places without a country hold common words ("قال",
    "التي", "أحد")."""
    places = any(label == COUNTRY or (label == "LOC" and country) for label, country in entries)
    return places and all(label != "PER" for label, _ in entries)


def _item_ends(keys: Sequence[str], conjoined: Sequence[bool], i: int) -> bool:
    """Whether a list's item ends before word `i`: at a punctuation mark, the next
    item, a relative pronoun or a direction ("والنجف والديوانية."، "ونينوى والرمادي
    التي"). A word the list lends "و" that goes on with a noun or a preposition is no
    place ("وقال المتحدث"، "وأسفر عن"، "والحل في"، "والقائمة منذ")."""
    if i >= len(keys) or not keys[i][:1].isalpha():
        return True
    return conjoined[i] or keys[i] in _ITEM_ENDS
