"""A survey's findings told as speech: the share that speaks ("قال 18٪ من المجيبين"،
"قال غالبية المجيبين (89٪)"، "قال رُبعهم") and the group it is of, read where the
speaker phrase would be. Apart from `phrase_objects.py`, which asks where a speaker
phrase ends: a share is a phrase of its own, with its own words and reach.

A percentage is as often written in words ("قال 60 بالمئة فقط ممن شملهم الاستطلاع
إنهم"، "وقال حوالي 46 بالمئة من أفغانستان و49 بالمئة من أوغندا …، إنهم", issue 12,
qfinding2): the gold names the share so written, with the respondents it is of, as
the speaker; without the reading the words went to an earlier name.
"""

from __future__ import annotations

from rasd.quotes.speaker_words import Phrase
from rasd.quotes.view import DocView

_SHARE_LINKS = frozenset({"من", "كل"})
SHARE_WORDS = 12  # tokens of a share phrase with its percentages
GROUP_TAIL = 4  # words of "ممن شملهم الاستطلاع" between ممن and the speech
GROUP_REACH = 400  # tokens back to the group a bare share ("قال 21٪") is of


def _share_word(v: DocView, i: int) -> bool:
    """ "غالبية", "ربعهم", "غالبيتهم": a share word, alone or with the group's pronoun."""
    key = v.keys[i]
    if key.endswith(("هم", "هن")) and len(key) > 4:
        key = key[:-2]
        key = key[:-1] + "ة" if key.endswith("ت") else key
    return v.lexicon.has("share", key)  # words.tsv `share`


def share_phrase(v: DocView, k: int, limit: int) -> Phrase | None:
    """A survey's findings told as speech: "قال 18٪ من المجيبين", "قال غالبية المجيبين
    (89٪)", "قال رُبعهم", "قال 21٪ بأن". The phrase is the share as written; its group
    (the noun of the respondents) is kept for the speaker's name."""
    if k >= limit or not (v.tokens[k].kind == "number" or (v.word(k) and _share_word(v, k))):
        return None
    i, group, shares, counted = k, None, False, False  # counted: a percentage was read
    start, last = k, None  # where the latest joined share starts; the latest group read
    while i < limit and i - start < SHARE_WORDS:
        if v.tokens[i].kind == "number" or v.keys[i] in _SHARE_LINKS:
            i += 1
        elif v.texts[i] in "٪%" or _percent_words(v, i):
            shares, counted, i = True, True, i + max(1, _percent_words(v, i))
        elif counted and v.is_("share_only", i):
            i += 1  # "60 بالمئة فقط"
        elif v.punct(i, "(") and _percentage_in(v, i, limit):
            shares, i = True, _percentage_in(v, i, limit)
        elif v.word(i) and _share_word(v, i) and last is None:
            shares, i = True, i + 1
        elif last is None and (found := _group_at(v, i, limit, counted)) is not None:
            last, i = found, found[1]
            group = group or (found if v.entity_label(found[0]) is None else None)
        elif last is not None and counted and v.keys[i] == "و" and _number(v, i + 1):
            start, last, i = i + 1, None, i + 1  # "46 بالمئة من أفغانستان و49 بالمئة من أوغندا"
        else:
            break
    if last is None and (not shares or (i < limit and v.word(i) and not v.complementizer(i))):
        return None  # "بعض وسائل الإعلام": a noun phrase of its own
    while i > k and v.keys[i - 1] in _SHARE_LINKS:
        i -= 1
    if last is not None and i == last[1]:
        i = _group_adjectives(v, i, limit)
    return Phrase(k, i, share=True, group=group) if i > k else None


def _percent_words(v: DocView, i: int) -> int:
    """How many tokens at i write a percentage in words ("بالمئة"، "في المائة"; words.tsv
    `percent`), 0 when they do not."""
    if v.keys[i] == "في" and v.is_("percent", i + 1) and not v.proclitics[i + 1]:
        return 2
    return 1 if v.proclitics[i] == "ب" and v.is_("percent", i) else 0


def _number(v: DocView, i: int) -> bool:
    """Token i is a number ("و49 بالمئة": the next share of a list)."""
    return i < v.n and v.tokens[i].kind == "number"


def _group_at(v: DocView, i: int, limit: int, counted: bool) -> tuple[int, int] | None:
    """The group a share is of, starting at i: a plural noun ("المجيبين"); after a
    percentage also "ممن" and the clause up to the speech ("ممن شملهم الاستطلاع"), or
    after its من the place the respondents are of ("46 بالمئة من أفغانستان")."""
    if _group_noun(v, i):
        return (i, i + 1)
    if not counted:
        return None  # "أكثر من النصف": no percentage, no group of a survey
    if v.keys[i] == "ممن":
        end = _group_tail(v, i + 1, limit)
        return (i, end) if end > i + 1 else None
    place = v.entity_at.get(i) if v.entity_at is not None else None
    if v.keys[i - 1] != "من" or place is None or place.label != "LOC":
        return None
    j = i
    while j < limit and v.entity_at.get(j) is place:
        j += 1
    return (i, j)


def _group_tail(v: DocView, i: int, limit: int) -> int:
    """ "شملهم الاستطلاع إنهم": after ممن, the clause that says who the share is of runs
    to its speech (a complementizer within GROUP_TAIL words, with no mark or cue
    between); i where none follows."""
    for j in range(i, min(limit, i + GROUP_TAIL + 1)):
        if v.complementizer(j):
            return j
        if not v.word(j) or v.cue(j) is not None:
            return i
    return i


def _group_adjectives(v: DocView, i: int, limit: int) -> int:
    """One past the adjectives of a share's group ("العديد من الشركات الأجنبية
    الكبرى"): they say which group spoke (the gold names the fullest description)."""
    while i < limit and v.word(i) and not v.proclitics[i] and v.definite[i]:
        key = v.keys[i]
        adjective = key.endswith(("ي", "ية", "يين", "يون", "يات")) or v.lexicon.has(
            "group_adjective", key[2:]
        )
        if not adjective or v.entity_label(i) is not None or v.is_("title", i):
            break
        i += 1
    return i


def _percentage_in(v: DocView, i: int, limit: int) -> int:
    """One past "(89٪)" at i (0 when the brackets hold something else)."""
    j = i + 1
    while j < limit and j - i <= 3 and (v.tokens[j].kind == "number" or v.texts[j] in "٪%"):
        j += 1
    return j + 1 if j > i + 1 and v.punct(j, ")") else 0


def _group_noun(v: DocView, i: int) -> bool:
    """A plural noun that a share is of ("المجيبين", "مجيبين", "منهم")."""
    if not v.word(i) or v.proclitics[i] or v.complementizer(i) or v.cue(i) is not None:
        return False
    if v.keys[i] in ("منهم", "منهن"):
        return True
    return not v.is_("function", i) and v.stems[i].endswith(("ين", "ون", "ات"))


def earlier_group(v: DocView, k: int) -> tuple[int, int] | None:
    """The group the latest share before k was of ("خمس المجيبين … قال 10,3٪")."""
    for j in range(k - 1, max(0, k - GROUP_REACH), -1):
        if not v.definite[j] or not v.stems[j].endswith(("ين", "ون")):
            continue
        before = j - 1
        if v.keys[before] == "من":
            before -= 1  # "18٪ من المجيبين"
        if v.tokens[before].kind == "number" or v.texts[before] in "٪%":
            return (j, j + 1)
        if v.word(before) and _share_word(v, before):
            return (j, j + 1)
    return None
