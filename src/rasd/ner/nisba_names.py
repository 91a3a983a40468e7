"""Persons whose surname is a nisba ("حارث السوداني", "محمد شياع السوداني"): the
nisba alone is an adjective after a definite noun ("الجيش السوداني") but the person
elsewhere in the document that names him ("جهود السوداني ساعدت"). The tagger, which
reads one sentence and has met the nisba mostly as an adjective, leaves both untagged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.rule_words import PREPOSITIONS, RULE_WORDS
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

# A noun with a possessive is definite: a nisba after it is its adjective ("نظيره
# السوداني").
_ENCLITICS = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")


_MIN_NISBA = 5
_NOT_GIVEN = PREPOSITIONS | RULE_WORDS["not_given_name"]
_FUNCTION_WORDS = frozenset(match_key(w) for w in "التي الذي اللتي اللذي".split())


def _definite_before(words: Sequence[str], stems: Sequence[str], i: int) -> bool:
    if i == 0:
        return False
    return stems[i - 1].startswith("ال") or match_key(words[i - 1]).endswith(_ENCLITICS)


def first_name_nisbas(
    keys: Sequence[str],
    stems: Sequence[str],
    words: Sequence[str],
    tags: list[str],
    is_given_name: Callable[[str], bool],
    alone: set[str],
) -> None:
    """An untagged given name the lists know only as a person's, right before an
    untagged nisba that the document also uses alone as a noun (`alone`,
    `nisbas_alone`), is a person with that surname ("قصة حارث السوداني" and "جهود
    السوداني"); a nisba before a name introduces it ("إشراف اليوناني بناقوتس")."""
    n = min(len(keys), len(stems), len(words), len(tags))
    for i in range(n - 1):
        if tags[i] != "O" or tags[i + 1] != "O" or not is_given_name(keys[i]):
            continue
        if stems[i].startswith("ال") or stems[i + 1] not in alone:
            continue
        if i + 2 < len(tags) and tags[i + 2] != "O":
            continue
        # "على الصربي", "أمام الروسي": prepositions the lists hold as given names; a
        # noun with a possessive ("نجمه الأرجنتيني") is no name.
        if keys[i] in _NOT_GIVEN or match_key(words[i]).endswith(_ENCLITICS):
            continue
        if not _definite_before(words, stems, i):
            tags[i : i + 2] = ["B-PER", "I-PER"]


def _bare(word: str, stem: str) -> bool:
    """Written with no preposition glued to it ("للسويسري" is no surname)."""
    own = match_key(word)
    return own == stem or own == "و" + stem


def nisbas_alone(
    stems: Sequence[Sequence[str]],
    words: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    is_nisba: Callable[[str], bool],
    keys: Sequence[Sequence[str]],
    is_given_name: Callable[[str], bool],
) -> set[str]:
    """Masculine nisbas the document uses as nouns: untagged, bare, after no definite
    noun or given name and before no name ("جهود السوداني ساعدت")."""
    found: set[str] = set()
    for s, w, t, k in zip(stems, words, tags, keys, strict=True):
        n = min(len(s), len(w), len(t), len(k))
        for i in range(n):
            # the stem's shape first: most words are no nisba, and the rest costs more
            if t[i] != "O" or not _nisba_shaped(s[i]):
                continue
            if not _bare(w[i], s[i]) or _definite_before(w, s, i):
                continue
            if i and is_given_name(k[i - 1]):
                continue
            if (i + 1 == n or t[i + 1] == "O") and is_nisba(s[i]):
                found.add(s[i])
    return found


def _surname(stem: str, is_nisba: Callable[[str], bool]) -> bool:
    """A masculine nisba ("السوداني"; a family keeps it), not a function word ("التي")."""
    return _nisba_shaped(stem) and is_nisba(stem)


def _nisba_shaped(stem: str) -> bool:
    """Whether a stem is shaped as a masculine nisba, not a function word ("التي")."""
    return stem.endswith("ي") and len(stem) >= _MIN_NISBA and stem not in _FUNCTION_WORDS


def _surnames(
    stems: Sequence[Sequence[str]],
    tags: Sequence[Sequence[str]],
    is_nisba: Callable[[str], bool],
) -> set[str]:
    found: set[str] = set()
    for sentence_stems, sentence_tags in zip(stems, tags, strict=True):
        for label, start, end in chunks(sentence_tags):
            whole = label == "PER" and end - start > 1 and end <= len(sentence_stems)
            if whole and _surname(sentence_stems[end - 1], is_nisba):
                found.add(sentence_stems[end - 1])
    return found


def nisba_surnames(
    stems: Sequence[Sequence[str]],
    words: Sequence[Sequence[str]],
    tags: list[list[str]],
    is_nisba: Callable[[str], bool],
) -> None:
    """A nisba that ends a person's name in the document is that person where it
    stands alone, untagged, after no definite noun ("وحول قصة حياة السوداني" is
    not; "جهود السوداني ساعدت" is). Per sentence, `tags` changed in place."""
    surnames = _surnames(stems, tags, is_nisba)
    if not surnames:
        return
    for s, w, t in zip(stems, words, tags, strict=True):
        for i in range(min(len(s), len(w), len(t))):
            if t[i] != "O" or s[i] not in surnames or _definite_before(w, s, i):
                continue
            if not _bare(w[i], s[i]):
                continue
            if i + 1 == len(t) or t[i + 1] == "O":
                t[i] = "B-PER"
