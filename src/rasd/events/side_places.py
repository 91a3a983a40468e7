"""A place named inside the event's "في" phrase is where the act happened, not whom it
was aimed at: "اتهاما بحرق الفتاة في ولاية جهارخاند"، "اعتبر القضاء الكرواتي … المقيم
في ساراييفو"، "إلقاء القبض على منفذ الهجوم … في مدينة اسطنبول". The side ranker may
still pick such a name as the target; this check takes it back. Attacks and protests
are the exception: the town shelled "في مدينة سقبا" or marched in is their target for
the annotators of both gold sets and of arabic-event-gsr too."""

from __future__ import annotations

from rasd.document import Mention
from rasd.events.merging import ONE_INCIDENT
from rasd.events.names import Names
from rasd.events.sentence import WORD_LISTS, Word, match_key

_IN = {"في", "وفي"}
# "ولاية"، "العاصمة": the head noun a place name is the apposition of inside "في …"
_PLACE_HEADS = frozenset(match_key(w) for w in WORD_LISTS.words("place_heads"))
# `benchmarks/event_diff.py rasd.events.side_places KEEP_PLACE_TARGETS True False`
KEEP_PLACE_TARGETS = False


def word_at(words: list[Word], offset: int) -> int | None:
    """The index of the word holding the character offset."""
    return next((i for i, w in enumerate(words) if w.token.start <= offset < w.token.end), None)


def _in_phrase(words: list[Word], i: int) -> bool:
    """Whether word `i` is the place after "في" or after "في" and a place head."""
    prev = match_key(words[i - 1].surface) if i > 0 else ""
    if prev in _IN:
        return True
    if prev.removeprefix("ب") in _PLACE_HEADS and prev.startswith("ب"):
        return True
    return prev in _PLACE_HEADS and i > 1 and match_key(words[i - 2].surface) in _IN


def _only_place(names: Names, words: list[Word], side: Mention) -> bool:
    """Whether the mention is the place's name and at most its definite nisba
    ("اسطنبول التركية"), not a name run into the object after it ("في مصر
    المسؤولين")."""
    entity = names.entity_at(side.start)
    if entity is None or entity.label != "LOC":
        return False
    rest = [w for w in words if entity.end <= w.token.start and w.token.end <= side.end]
    return all(match_key(w.surface).startswith("ال") and w.surface[-1] in "يةه" for w in rest)


def located_target(names: Names, words: list[Word], side: Mention, kind: str) -> bool:
    """Whether a target other than an attack's or a protest's is a place name the
    event's "في" phrase holds."""
    if KEEP_PLACE_TARGETS or kind in ONE_INCIDENT or not _only_place(names, words, side):
        return False
    i = word_at(words, side.start)
    return i is not None and not words[i].prep and _in_phrase(words, i)
