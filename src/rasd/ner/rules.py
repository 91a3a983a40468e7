"""Name patterns of news Arabic that the statistical tagger under-finds.

Applied to one sentence's BIO tags after tagging:
  1. institutions qualified by a nationality adjective ("وزارة الخارجية التركية",
     "الجيش العراقي", "الرئاسة الفرنسية") are organisations;
  2. a group noun followed closely by a place or organisation names a larger
     organisation ("مجموعة دعم سوريا", "الجمعية العامة للأمم المتحدة"): the inner name
     is not counted separately;
  3. a place head before a place is part of it ("إقليم كردستان"), and two places
     side by side are one ("كردستان العراق"); Latin capitals (CNN) are organisations;
  4. multi-word organisation names of the gazetteer ("مجلس الأمن الدولي") are tagged
     where the tagger left them untagged or tagged only part of them.
Keys are the loose stem keys of `gazetteer.loose_key` (no clitics, article or ة).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.gazetteer import loose_key

_INSTITUTIONS = frozenset(
    loose_key(w)
    for w in (
        "وزارة جيش رئاسة استخبارات مخابرات شرطة قوات قوة برلمان محكمة سفارة وكالة خطوط حكومة"
    ).split()
)
_GROUPS = frozenset(
    loose_key(w)
    for w in (
        "مجموعة منظمة مجلس لجنة هيئة جمعية اتحاد رابطة مركز حركة حزب جبهة تنظيم خلية "
        "جماعة تحالف ائتلاف صندوق مؤسسة وكالة بنك"
    ).split()
)
# Heads of place names that include the place after them ("إقليم كردستان", "مطار
# السليمانية").
_PLACES = frozenset(loose_key(w) for w in "إقليم مطار محافظة جزيرة مضيق ميناء".split())
_PREPOSITIONS = frozenset(loose_key(w) for w in "في من على إلى الى عن مع بين حول منذ".split())
_MAX_GAP = 3

Phrases = Callable[[Sequence[str]], list[tuple[int, int, list[str]]]]


def apply_rules(
    keys: Sequence[str],
    tags: list[str],
    is_nationality: Callable[[str], bool],
    phrases: Phrases,
    words: Sequence[str] = (),
    proclitic: Sequence[bool] = (),
) -> list[str]:
    """Apply the patterns to one sentence; `words` are the surface words and
    `proclitic` says which of them start with a proclitic (وروسيا)."""
    _institutions(keys, tags, is_nationality)
    _groups(keys, tags, _GROUPS, "ORG", ("LOC", "ORG"))
    _groups(keys, tags, _PLACES, "LOC", ("LOC",))
    _adjacent_places(tags, proclitic)
    _acronyms(words, tags)
    for start, end, types in phrases(keys):
        if "ORG" in types:
            _set(tags, start, end, "ORG")
    return tags


def _free(tags: list[str], start: int, end: int) -> bool:
    """Whether [start, end) can become one entity without cutting another in two."""
    if any(t.startswith(("B-PER", "I-PER")) for t in tags[start:end]):
        return False
    inside_start = tags[start].startswith("I-")
    spills_over = end < len(tags) and tags[end].startswith("I-")
    return not inside_start and not spills_over


def _set(tags: list[str], start: int, end: int, label: str) -> None:
    if _free(tags, start, end):
        tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)


def _institutions(
    keys: Sequence[str], tags: list[str], is_nationality: Callable[[str], bool]
) -> None:
    for i, key in enumerate(keys):
        if key not in _INSTITUTIONS or tags[i] != "O":
            continue
        for j in range(i + 1, min(len(keys), i + 1 + _MAX_GAP)):
            if keys[j] in _PREPOSITIONS:
                break
            if is_nationality(keys[j]):
                _set(tags, i, j + 1, "ORG")
                break


def _groups(
    keys: Sequence[str], tags: list[str], heads: frozenset[str], label: str, inner: tuple[str, ...]
) -> None:
    for i, key in enumerate(keys):
        if key not in heads or tags[i] != "O":
            continue
        for j in range(i + 1, min(len(keys), i + 2 + _MAX_GAP)):
            if tags[j].startswith("B-") and tags[j][2:] in inner:
                end = j + 1
                while end < len(tags) and tags[end] == "I-" + tags[j][2:]:
                    end += 1
                _set(tags, i, end, label)
                break
            if tags[j] != "O" or keys[j] in _PREPOSITIONS or not keys[j].isalpha():
                break


def _adjacent_places(tags: list[str], proclitic: Sequence[bool]) -> None:
    """Two places with nothing between them are one ("كردستان العراق"), but not when
    the second carries a conjunction or preposition ("الولايات المتحدة وروسيا")."""
    for i in range(1, min(len(tags), len(proclitic))):
        if tags[i] == "B-LOC" and tags[i - 1] in ("B-LOC", "I-LOC") and not proclitic[i]:
            tags[i] = "I-LOC"


def _acronyms(words: Sequence[str], tags: list[str]) -> None:
    """Untagged Latin capitals (CNN, BBC) in Arabic text are organisations."""
    for i, word in enumerate(words):
        if tags[i] == "O" and 2 <= len(word) <= 6 and word.isascii() and word.isupper():
            tags[i] = "B-ORG"
