"""Organisations whose complement is two nouns joined by و ("لجنة البرامج والتقييم",
"هيئة أبوظبي للسياحة والثقافة", "الصندوق الوطني للتقاعد والحيطة الاجتماعية"): the
tagger, which reads a window of words, often ends the name before the second noun.

The second noun belongs to the name when the name ends on a genitive (a definite word
after a bare construct noun, or after ل) and the word after و is a definite common noun:
a word the name lists know (a place, a body, a person: "حزب الله والحرس الثوري"), a body
or title head ("وزارة العدل والحكومة", "والقوات"), a name ending on an adjective
("الجمعية الوطنية والمجالس الجهوية") or a party's two-word name ("حركة النهضة والاتفاق")
starts something else.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.rule_words import load_rule_words
from rasd.ner.scoring import chunks

# A name's genitive complement goes on through a coordinated noun (`coordinated_genitives`).
COORDINATED_GENITIVES = True
_RULE_WORDS = load_rule_words()
# Heads that open a body or a person's title of their own after و.
_OTHER_HEADS = frozenset().union(
    *(
        _RULE_WORDS[category]
        for category in (
            "institution",
            "described_by_adjective",
            "name_head",
            "body_cue",
            "person_title",
            "coordinated_break",
        )
    )
)
_NAMED_HEADS = _RULE_WORDS["named_movement_head"]
_ADJECTIVE_ENDINGS = ("ي", "ية", "يين", "يون", "يات")
_MASCULINE_NISBA = ("ي", "يين", "يون")
_MIN_STEM = 5  # the article and three letters: no particle or pronoun ("والذي")


def coordinated_genitives(
    words: Sequence[str],
    stems: Sequence[str],
    keys: Sequence[str],
    tags: list[str],
    listed: Callable[[str], bool],
) -> None:
    """Extend each organisation of one sentence's `tags` (changed in place) through a
    coordinated definite noun after its genitive and the noun's own adjectives;
    `listed` says whether a loose key is in the name lists (`keys` are loose keys)."""
    if not COORDINATED_GENITIVES:
        return
    for label, start, end in chunks(tags):
        if label != "ORG" or end - start < 2 or not _ends_on_genitive(words, stems, start, end):
            continue
        if listed(keys[end - 1]) or (end - start == 2 and keys[start] in _NAMED_HEADS):
            continue  # "حزب الله", "حركة النهضة": a name, not a common noun, is the genitive
        stop = end
        while stop < len(tags) and _conjunct(words[stop], stems[stop], keys[stop], tags[stop]):
            if listed(keys[stop]):
                break
            stop = _adjectives_after(stems, keys, tags, stop + 1, listed)
        tags[end:stop] = ["I-ORG"] * (stop - end)


def _ends_on_genitive(words: Sequence[str], stems: Sequence[str], start: int, end: int) -> bool:
    """Whether the name's last word is a definite noun governed by the bare noun before
    it ("وزارة الطاقة", "لحقوق الإنسان") or by ل ("للديمقراطية"), not an adjective of
    a definite noun ("الجمعية الوطنية") nor a masculine nisba after a bare name ("داعش
    الخوارجي والتوحش"; a feminine one is mostly a noun: "وزارة التربية والتعليم")."""
    last, before = stems[end - 1], stems[end - 2]
    if not last.startswith("ال"):
        return False
    if words[end - 1].startswith("لل"):
        return True
    return not before.startswith("ال") and not last.endswith(_MASCULINE_NISBA)


def _conjunct(word: str, stem: str, key: str, tag: str) -> bool:
    """An untagged definite common noun after و ("والتقييم", "والمحررين")."""
    return (
        tag == "O"
        and word.startswith("وال")
        and stem.startswith("ال")
        and len(stem) >= _MIN_STEM
        and not stem.endswith(_ADJECTIVE_ENDINGS)
        and key not in _OTHER_HEADS
    )


def _adjectives_after(
    stems: Sequence[str],
    keys: Sequence[str],
    tags: list[str],
    i: int,
    listed: Callable[[str], bool],
) -> int:
    """The index after the untagged definite adjectives from i ("والحيطة الاجتماعية"); a
    nationality (a listed word) is left out, as the tagger leaves it out elsewhere."""
    while i < len(tags) and tags[i] == "O" and stems[i].startswith("ال"):
        if not stems[i].endswith(_ADJECTIVE_ENDINGS) or listed(keys[i]):
            break
        i += 1
    return i
