"""A team's line-up, players' names separated by commas ("النجم الساحلي : أيمن المثلوثي ،
غازي عبد الرزاق ، … ، الخالي بنغورا ، عامر بوعزة", "بقائمة مكونة من محمد العويس، …،
ورافينها، وعبد المجيد الصليهم"): the tagger tags most names as persons and leaves a
foreign or rare one untagged or reads a single word as a place or a body (issue 14).
In a list whose items are mostly persons, such an item is one more person.

A list is a run of items between commas, cut at a colon or a semicolon (the club or
the heading before "التشكيلة الأساسية :" is no player). At least `_MIN_PERSONS` items,
and two in three, must each be one person's name, whole. An item turned into a person
is one or two untagged words, or one word tagged alone as a place or a body; it holds
no digit, its last word has no article ("المدرب المساعد" is no name), and a single word
does not begin with a "و" the segmenter left on it ("ورافينها": the name would keep it,
while a longer name loses it, "ومنعم عميرة").
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from rasd.ner.scoring import chunks
from rasd.ner.tag_edits import set_tags

_COMMAS = frozenset("،,")
_LIST_ENDS = frozenset(":;؛.")
_MIN_PERSONS = 3
_MAX_NAME_WORDS = 2
_ARTICLE = "ال"
_CONJUNCTION = "و"
_OTHER_SINGLE = frozenset({"B-LOC", "B-ORG"})


def line_ups(words: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """Tag PER the names of a list of persons that the tagger missed in one sentence's
    `tags` (changed in place); `words` are the words with their proclitics, `stems`
    the stems with the article."""
    person_items = {(start, end) for label, start, end in chunks(tags) if label == "PER"}
    for items in _lists(stems):
        persons = sum(item in person_items for item in items)
        if persons < _MIN_PERSONS or 3 * persons < 2 * len(items):
            continue
        for start, end in items:
            if _missed_name(words, stems, tags, start, end):
                tags[start:end] = ["O"] * (end - start)
                set_tags(tags, start, end, "PER")


def _lists(stems: Sequence[str]) -> Iterator[list[tuple[int, int]]]:
    """The comma lists of a sentence: each a list of items (start, end)."""
    items: list[tuple[int, int]] = []
    start = 0
    for i, stem in enumerate([*stems, "."]):
        if stem in _COMMAS or stem in _LIST_ENDS:
            if i > start:
                items.append((start, i))
            start = i + 1
        if stem in _LIST_ENDS:
            if len(items) > 1:
                yield items
            items = []


def _missed_name(
    words: Sequence[str], stems: Sequence[str], tags: Sequence[str], start: int, end: int
) -> bool:
    """Whether an item may be a name the tagger missed: one or two untagged words, or a
    single word tagged a place or a body alone; no digit; no article on the last word;
    no unsplit "و" before a single word."""
    item = stems[start:end]
    if any(ch.isdigit() for stem in item for ch in stem) or item[-1].startswith(_ARTICLE):
        return False
    if end - start == 1 and item[0].startswith(_CONJUNCTION) and words[start] == item[0]:
        return False
    if end - start == 1 and tags[start] in _OTHER_SINGLE:
        return end == len(tags) or not tags[end].startswith("I-")
    return end - start <= _MAX_NAME_WORDS and all(t == "O" for t in tags[start:end])
