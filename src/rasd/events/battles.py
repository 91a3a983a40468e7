"""Battles and protests named as a setting or a time, not told as an incident."""

from __future__ import annotations

from rasd.events.sentence import WORD_LISTS as _LISTS
from rasd.events.sentence import Word, unjoined

_BATTLES = _LISTS.words("battle_nouns")
_SETTINGS = _LISTS.words("battle_settings")
_TIME_FRAMES = _LISTS.words("protest_time_frames")


def battle_setting(words: list[Word], pos: int) -> bool:
    """ "شاركن بفعالية في معارك شمال سوريا"، "في قيادة المعارك": a battle noun after
    "في" or a noun of leading names the war a side took part in, not one attack with
    its attacker and target (the gold codes none of dev folds 0-1). A battle waged
    ("خاضت معارك عنيفة مع ميليشيات الحوثي") is told with its sides and kept, and so are
    battles with counted dead ("قتل 5 في معارك"), by the caller."""
    if not pos:
        return False
    word = unjoined(words[pos]).removeprefix("ال")
    before = unjoined(words[pos - 1]).removeprefix("و").removeprefix("ال")
    return word in _BATTLES and before in _SETTINGS


def protest_time_frame(words: list[Word], pos: int) -> bool:
    """ "يتعرضان للضرب خلال احتجاجات عيد العمال"، "في ظل احتجاج مئات الآلاف": a protest
    noun after a word of time or circumstance dates or frames what the sentence tells;
    the protest itself is told elsewhere, or is background."""
    return pos > 0 and unjoined(words[pos - 1]).removeprefix("ب") in _TIME_FRAMES
