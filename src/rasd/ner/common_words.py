"""Common words the tagger reads as names (issue 14).

Three kinds, each a list of `data/rule_words.tsv`:
- a noun of a web page's furniture that begins a name: some outlets close each
  article with a link line, "رابط الخبر بصحيفة الوئام: <title>" (SaudiNewsNet: about
  2,000 articles of al-Weeam), and the tagger reads "رابط الخبر" as an organisation in
  every one; a link names no body, and the newspaper after it is tagged on its own;
- a Latin abbreviation of a technology or a unit standing alone as an organisation
  ("بدقة QHD تدعم HDR", "ذاكرة التخزين : 64GB", "ارسل رسالة SMS"): a phone's
  specifications name no body. Inside a longer name it stays ("Canale 5 HD" is left to
  the tagger);
- a word written with a nunation mark (tanween) at a name's end: the mark is the
  indefinite ending of a noun or an adjective ("بحاراً [تركياً]", "سألت [كينياً]
  [إفريقياً]", "كان [كريستنسن مذعوراً]", "[دوماً]": always, not Douma), which the tagger
  reads by its letters as a country or a name's last word. The name ends before it; a
  name of that word alone is none. No name of the annotated news of dev folds 0-1
  carries one (423 words of their text do).
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.ner.rule_words import load_rule_words
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

# Switches for benchmarks/ner_rule_diff.py (rasd.ner.common_words.PAGE_FURNITURE).
PAGE_FURNITURE = True
LATIN_TERMS = True
TANWEEN = True

# Compared by match key, which keeps ة: "رابطة" (a league, الرابطة المحترفة) stays a name.
_FURNITURE = load_rule_words(match_key)["page_furniture"]
_LATIN_TERMS = load_rule_words(str.upper)["latin_term"]
# Compared as written: the match key drops the marks.
_TANWEEN = load_rule_words(str)["tanween"]


def common_words(
    all_stems: Sequence[Sequence[str]],
    all_words: Sequence[Sequence[str]],
    all_tags: list[list[str]],
) -> None:
    """Untag the names that are common words, sentence by sentence. `all_stems` are the
    stems' match keys, `all_words` the words as written."""
    for stems, words, tags in zip(all_stems, all_words, all_tags, strict=True):
        for _, i, j in chunks(tags):
            if _furniture(stems, i) or _latin_term(words, i, j):
                tags[i:j] = ["O"] * (j - i)
            elif TANWEEN:
                end = _before_nunated(words, i, j)
                tags[end:j] = ["O"] * (j - end)


def _furniture(stems: Sequence[str], i: int) -> bool:
    """A name that begins with a page-furniture noun ("[رابط الخبر]")."""
    return PAGE_FURNITURE and stems[i] in _FURNITURE


def _latin_term(words: Sequence[str], i: int, j: int) -> bool:
    """A one-word name that is a listed technology or unit ("GPS", "GB" of "64GB")."""
    return LATIN_TERMS and j == i + 1 and words[i].upper() in _LATIN_TERMS


def _before_nunated(words: Sequence[str], i: int, j: int) -> int:
    """Where the name `words[i:j]` ends once the words with a nunation mark at its end
    are left out ("كريستنسن" of "كريستنسن مذعوراً"; `i` if every word has one)."""
    while j > i and any(mark in words[j - 1] for mark in _TANWEEN):
        j -= 1
    return j
