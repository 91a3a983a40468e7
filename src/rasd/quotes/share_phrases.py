"""A survey's findings told as speech: the share that speaks ("قال 18٪ من المجيبين"،
"قال غالبية المجيبين (89٪)"، "قال رُبعهم") and the group it is of, read where the
speaker phrase would be. Apart from `phrase_objects.py`, which asks where a speaker
phrase ends: a share is a phrase of its own, with its own words and reach.
"""

from __future__ import annotations

from rasd.quotes.speaker_words import Phrase
from rasd.quotes.view import DocView

_SHARE_LINKS = frozenset({"من", "كل"})
SHARE_WORDS = 12  # tokens of a share phrase with its percentages
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
    i, group, shares = k, None, False
    while i < limit and i - k < SHARE_WORDS:
        if v.tokens[i].kind == "number" or v.keys[i] in _SHARE_LINKS:
            i += 1
        elif v.texts[i] in "٪%":
            shares, i = True, i + 1
        elif v.punct(i, "(") and _percentage_in(v, i, limit):
            shares, i = True, _percentage_in(v, i, limit)
        elif v.word(i) and _share_word(v, i) and group is None:
            shares, i = True, i + 1
        elif group is None and _group_noun(v, i):
            group, i = (i, i + 1), i + 1
        else:
            break
    if group is None and (not shares or (i < limit and v.word(i) and not v.complementizer(i))):
        return None  # "بعض وسائل الإعلام": a noun phrase of its own
    while i > k and v.keys[i - 1] in _SHARE_LINKS:
        i -= 1
    if group is not None and i == group[1]:
        i = _group_adjectives(v, i, limit)
    return Phrase(k, i, share=True, group=group) if i > k else None


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
