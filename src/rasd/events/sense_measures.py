""" "العقوبات الجديدة تستهدف الأمين العام"، "وتستهدف الإجراءات الشركات": a measure, law
or decision that is the subject of "استهدف" aims at whom it binds, no attack (evsense3,
issue 13). Weapons and forces ("تستهدف الغارات"، "الصواريخ استهدفت") stay attacks: only
the nouns of `aimed_measures` in `events/data/words.tsv` count.
"""

from __future__ import annotations

from rasd.events.phrases import RELATIVES
from rasd.events.sentence import WORD_LISTS, Word, bare, definite

_MEASURES = WORD_LISTS.words("aimed_measures")
# How far before the verb its subject may stand, past a definite adjective and a
# relative ("العقوبات الجديدة التي تستهدف").
_BEFORE = 3
# A switch for `benchmarks/event_diff.py`.
MEASURES_AIMED = True


def measure_aimed(words: list[Word], i: int) -> bool:
    """Whether a measure noun is the subject of the aiming verb at `i`: right after it
    ("وتستهدف العقوبات الجديدة") or before it, past only definite words and a relative."""
    if not MEASURES_AIMED:
        return False
    if i + 1 < len(words) and bare(words[i + 1]) in _MEASURES:
        return True
    for j in range(i - 1, max(-1, i - 1 - _BEFORE), -1):
        if bare(words[j]) in _MEASURES:
            return True
        if not (definite(words[j]) or words[j].keys[-1] in RELATIVES):
            return False  # "القرار بعد غارات استهدفت": the subject is another noun
    return False
