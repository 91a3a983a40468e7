"""Matching keys for words: the same key for the forms a dictionary lists and the
forms a sentence uses.

UniversalPetrarch's Arabic dictionaries list lemmas ("نظام_سوري_", "أمة_المتحدة"),
while articles write inflected words with clitics ("والنظام السوري", "للأمم").
`light_key` folds both to a crude stem: no article, no feminine or nisba ending, no
sound plural suffix, so "السورية"، "سوري"، "السوريين" all become "سور".
"""

from __future__ import annotations

from functools import lru_cache

from rasd.document import Document, Token
from rasd.text.normalize import match_key, unify_alef_maqsura

_SUFFIXES = ("يين", "يون", "ية", "يه", "ين", "ون", "ات", "ة", "ه", "ي")
_CONJ = "وف"
_PREP = "بلك"


@lru_cache(maxsize=1 << 16)  # pure and called for every word of every sentence
def light_key(word: str) -> str:
    """A folded stem of one word (see the module doc)."""
    w = unify_alef_maqsura(match_key(word))
    if w.startswith("ال") and len(w) > 3:
        w = w[2:]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 2:
            return w[: -len(suffix)]
    # The accusative alef ("حظرا"), but not the final alef of "روسيا" or "أمريكا".
    if w.endswith("ا") and len(w) > 3 and w[-2] not in "يك":
        return w[:-1]
    return w


def strip_proclitics(key: str) -> list[str]:
    """`key` and the forms left after removing و/ف and then ب/ل/ك (longest last)."""
    forms = [key]
    if len(key) > 3 and key[0] in _CONJ:
        forms.append(key[1:])
    cut = preposition_cut(key)
    if cut is not None:
        forms.append(cut)
    return forms


def preposition_cut(key: str) -> str | None:
    """The form left after removing a joined ب/ل/ك (after any و/ف), or None."""
    rest = key[1:] if len(key) > 3 and key[0] in _CONJ else key
    if len(rest) > 3 and rest.startswith("لل"):
        return "ال" + rest[2:]
    if len(rest) > 3 and rest[0] in _PREP:
        return rest[1:]
    return None


def stem_start(token: Token) -> int:
    """Offset where the token's stem begins (after its proclitics)."""
    for seg in token.segments:
        if seg.kind == "stem":
            return seg.start
    return token.start


# `benchmarks/event_diff.py rasd.events.keys RESTORE_ELIDED_ARTICLE False True --canonical`
# prints the unseen sides this changes.
RESTORE_ELIDED_ARTICLE = True


def stem_key(doc: Document, token: Token, end: int) -> str:
    """The `match_key` of the text from the token's stem to `end`, with the article
    the writing elides after ل restored: a side read from "للميليشيات" is
    "الميليشيات", a name the gold and the dictionaries spell, not "لميليشيات"."""
    start = stem_start(token)
    text = doc.text[start:end]
    elided = any(
        seg.kind == "stem" and (seg.form or "").startswith("ال") and text[:1] == "ل"
        for seg in token.segments
    )
    # Only the article: the stem's form also restores a ta marbuta before a pronoun
    # ("حياتها" → "حياةها"), which no name is spelt with.
    return match_key("ا" + text if elided and RESTORE_ELIDED_ARTICLE else text)


def token_keys(doc: Document, token: Token) -> list[str]:
    """Candidate `match_key`s of a word, most specific first: the whole word, the
    segmenter's stem (with the article restored after "لل"), then manual strips."""
    whole = match_key(doc.text[token.start : token.end])
    keys = [whole]
    for seg in token.segments:
        if seg.kind == "stem":
            stem = match_key(seg.form or doc.text[seg.start : seg.end])
            if stem not in keys:
                keys.append(stem)
    for form in strip_proclitics(whole)[1:]:
        if form not in keys:
            keys.append(form)
    return keys
