"""Whether a letter the segmenter split off a name as a proclitic is the name's own.

The segmenter, made for common words, splits "ب" off "باير" and "ل" off "لوكاس" as it
splits "ب" off "بواشنطن". The name lists tell them apart: they know "واشنطن" and not
"بواشنطن", but "باير" (Bayer) and not "اير" — there the letter stays. A person's
first name listed as a person's keeps its letter even when the rest ends in "ة"
("بدرة قعلول", not "ب + درة"): a person's name heads no body.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rasd.ner.gazetteer import loose_key
from rasd.text.normalize import match_key

# The rule; a switch for measuring it (`benchmarks/ner_rule_diff.py`).
WHOLE_NAMES = True
# A person's listed first name before a rest in "ة" (issue 14); a switch as above.
PERSON_FEMININE = True


def listed_whole(
    gazetteer: Mapping[str, Sequence[tuple[str, object]]],
    words: Sequence[str],
    label: str = "",
) -> bool:
    """Whether a name's words with its first letter are a listed name, alone or with
    the words after it, and without that letter are not ("باير ليفركوزن" against
    "اير ليفركوزن"). A rest with the article ("بالرياض") is a place noun's, and one
    ending in "ة" a feminine noun heading a body ("لنقابة الإعلام", listed because mined
    names begin so), so the letter before them is a preposition — unless the name
    (`label`) is a person's and the word with its letter is listed as one."""
    if not WHOLE_NAMES or not words or len(words[0]) < 3:
        return False
    rest = match_key(words[0][1:])
    feminine = rest.endswith("ة") and not _person_word(gazetteer, words[0], label)
    if rest.startswith("ال") or feminine:
        return False
    return _listed(gazetteer, words) and not _listed(gazetteer, [rest, *words[1:]])


def _listed(gazetteer: Mapping[str, object], words: Sequence[str]) -> bool:
    """Whether some run of the words from the first is a listed name."""
    keys = [loose_key(w) for w in words]
    return any(" ".join(keys[:n]) in gazetteer for n in range(1, len(keys) + 1))


def _person_word(
    gazetteer: Mapping[str, Sequence[tuple[str, object]]], word: str, label: str
) -> bool:
    """Whether a person's name begins with a word the lists know as a person's."""
    listed = gazetteer.get(loose_key(word), ())
    return PERSON_FEMININE and label == "PER" and any(kind == "PER" for kind, _ in listed)
