"""Act words of another sense in local and technical news (evsense3, issue 13): an
explosion of a transformer, a gas bottle or a tank with no attacker ("انفجار محول
كهربائي") is a mishap, not an attack, and "يدين بالولاء للخليفة" owes allegiance, no
condemnation. Found by evaudit9's audit of unseen news ("another sense"). The word
lists are in `data/words.tsv`.
"""

from __future__ import annotations

from rasd.events.lexicon import Trigger
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, bare, unjoined

# Switches for `benchmarks/event_diff.py` (the unseen count of each rule).
BLASTS = True
ALLEGIANCE = True

_BLAST_THINGS = WORD_LISTS.words("blast_things")
_BLAST_ATTACKS = WORD_LISTS.words("blast_attacks")
_OWED = WORD_LISTS.words("owed_allegiance")
_BLASTS = frozenset({"انفجار", "انفجر"})
# "انفجار وقع في محول كهرباء": the thing that blew up within a few words of the blast.
_BLAST_REACH = 5
# "يدين له بالفضل": a pronoun object between the verb and what is owed.
_OWED_REACH = 2


def mishap_sense(words: list[Word], i: int, trigger: Trigger) -> bool:
    """Whether the trigger at `i` is a mishap or allegiance owed."""
    if BLASTS and trigger.lemma in _BLASTS:
        return accidental_blast(words, i)
    if ALLEGIANCE and trigger.lemma == "ادان" and trigger.kind == "verb":
        return allegiance_owed(words, i)
    return False


def _keys(w: Word) -> set[str]:
    return {k.removeprefix("ال") for k in w.keys} | {bare(w)}


def accidental_blast(words: list[Word], i: int) -> bool:
    """ "انفجار محول كهربائي بمقر الديوان"، "انفجار قارورة غاز": a thing that blows up by
    accident after the blast, and no word of an attack anywhere in the sentence."""
    if any(_keys(w) & _BLAST_ATTACKS for w in words):
        return False
    for w in words[i + 1 : i + 1 + _BLAST_REACH]:
        if w.surface in BOUNDARY:
            return False
        if _keys(w) & _BLAST_THINGS:
            return True
    return False


def allegiance_owed(words: list[Word], i: int) -> bool:
    """ "يدين بالولاء للخليفة"، "يدين له بالفضل": بـ and what is owed after the verb."""
    for w in words[i + 1 : i + 1 + _OWED_REACH]:
        key = unjoined(w)
        if key.startswith("ب") and key[1:].removeprefix("ال") in _OWED:
            return True
    return False
