"""Whether a letter the segmenter split off a name as a proclitic is the name's own.

The segmenter, made for common words, splits "ب" off "باير" and "ل" off "لوكاس" as it
splits "ب" off "بواشنطن". The name lists tell them apart: they know "واشنطن" and not
"بواشنطن", but "باير" (Bayer) and not "اير" — there the letter stays.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rasd.ner.gazetteer import loose_key
from rasd.text.normalize import match_key

# The rule; a switch for measuring it (`benchmarks/ner_rule_diff.py`).
WHOLE_NAMES = True


def listed_whole(gazetteer: Mapping[str, object], words: Sequence[str]) -> bool:
    """Whether a name's words with its first letter are a listed name, alone or with
    the words after it, and without that letter are not ("باير ليفركوزن" against
    "اير ليفركوزن"). A rest with the article ("بالرياض") is a place noun's, and one
    ending in "ة" a feminine noun heading a body ("لنقابة الإعلام", listed because mined
    names begin so), so the letter before them is a preposition."""
    if not WHOLE_NAMES or not words or len(words[0]) < 3:
        return False
    rest = match_key(words[0][1:])
    if rest.startswith("ال") or rest.endswith("ة"):
        return False
    return _listed(gazetteer, words) and not _listed(gazetteer, [rest, *words[1:]])


def _listed(gazetteer: Mapping[str, object], words: Sequence[str]) -> bool:
    """Whether some run of the words from the first is a listed name."""
    keys = [loose_key(w) for w in words]
    return any(" ".join(keys[:n]) in gazetteer for n in range(1, len(keys) + 1))
