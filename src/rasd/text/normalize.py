"""Normalisation keys for matching and search.

`Document.text` keeps the article as written (diacritics included); these functions
build keys under which spelling variants meet: "أمريكا"/"امريكا", "مستشفى"/"مستشفي",
"سوريّة"/"سورية"/"سوريه", "٢٠١٦"/"2016". Each is a pure str -> str function.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
_DIACRITICS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]"
)
_TATWEEL = "\u0640"
# Folding a few letters is done with str.replace: str.translate with a dict table looks
# every character up in the dict: two to five times slower on the short words keyed here.
_ALEFS = ("أ", "إ", "آ", "ٱ", "ٲ", "ٳ")
_YEHS = ("ى", "ی")
_DIGIT_TABLE = str.maketrans(
    {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}
)


def strip_diacritics(text: str) -> str:
    return _DIACRITICS.sub("", text)


def strip_tatweel(text: str) -> str:
    return text.replace(_TATWEEL, "")


def unify_alef(text: str) -> str:
    for alef in _ALEFS:
        if alef in text:
            text = text.replace(alef, "ا")
    return text


def unify_alef_maqsura(text: str) -> str:
    for yeh in _YEHS:
        if yeh in text:
            text = text.replace(yeh, "ي")
    return text


def unify_teh_marbuta(text: str) -> str:
    return text.replace("ة", "ه")


def ascii_digits(text: str) -> str:
    return text.translate(_DIGIT_TABLE)


# Every stage keys the same few thousand word forms again and again; the function is
# pure, so a bounded memo turns most calls into one dict lookup.
@lru_cache(maxsize=1 << 16)
def match_key(text: str) -> str:
    """The light key used for entity and speaker matching (the gold scoring rules):
    no diacritics or tatweel, one alef."""
    return unify_alef(strip_tatweel(strip_diacritics(text)))


def search_key(text: str) -> str:
    """The full key used by search: every variant above folded, digits in ASCII."""
    return ascii_digits(unify_teh_marbuta(unify_alef_maqsura(match_key(text)))).lower()
