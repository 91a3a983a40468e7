"""Towns glued to "ب" that the tagger leaves untagged ("الحرس الوطني بقابس"، "الشرطة
البلدية بأريانة"، "بيتها بالحامة"): Tunisian and Gulf outlets write "in Gabes" as one
word so often that the tagger, trained on news that writes few such words, reads the
glued form as a common word even where the name lists hold the town (issue 14). An
untagged word that is "ب" glued to a listed town, under its spelling or with its
final ة written ا ("أريانة", listed as "اريانا"), becomes a place; `stage._name_start`
then leaves the clitic outside the span. A town that ends a sports club's name
("النجم الرياضي بالمتلوي") is left to the club.

A common word glued to "ب" can be spelled like a town ("بطاقة"، "بتاتا"، "بقصر"): the
news writes such a word with the article as well as without it, or glued more often
than alone, whereas a town keeps one form ("قابس" and seldom "القابس").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from rasd.ner.gazetteer import loose_key, loose_key_of_match_key
from rasd.ner.rule_words import RULE_WORDS, load_rule_words
from rasd.text.normalize import match_key

# Untagged towns glued to "ب" are tagged (`glued_towns`); a switch for measuring it.
GLUED_TOWNS = True
_NOT_TOWNS = load_rule_words(match_key)["glued_not_town"]
_CLUB_ENDS = RULE_WORDS["club_before_town"]
# A town is written with the article toggled at most this share of its other form's
# times ("سوسة" 1,363 times, "السوسة" 17).
_TOGGLED_SHARE = 0.1
# A town follows "ب" (in) in at least this share of its uses.
_GLUED_SHARE = 0.1
# "ل" before a word's own ال ("لالتهاب") in more than one of this many of its uses.
_OWN_ARTICLE = 50
_MIN_LETTERS = 3


def glued_towns(
    words: Sequence[str],
    tags: list[str],
    is_town: Callable[[str], bool],
    freq: Mapping[str, int],
) -> None:
    """Tag as places the untagged words of one sentence (`tags`, changed in place)
    that are "ب" glued to a town `is_town` knows by its loose key; `freq` is the
    news lexicon's count of a match key."""
    if not GLUED_TOWNS:
        return
    for i, word in enumerate(words[: len(tags)]):
        # a word without "ب" has none glued to it: no key is made for most words
        if (
            "ب" not in word
            or tags[i] != "O"
            or (i + 1 < len(tags) and tags[i + 1].startswith("I-"))
        ):
            continue
        rest = _glued_rest(match_key(word))  # None for most words: tested first
        if not rest or (i > 0 and loose_key(words[i - 1]) in _CLUB_ENDS):
            continue
        if _listed(rest, is_town) and _town_like(rest, freq):
            tags[i] = "B-LOC"


def _glued_rest(key: str) -> str | None:
    """The word after its glued "ب", or None ("وب" before a name is left to the
    segmenter: `stage._name_start` trims "ب" alone)."""
    rest = key[1:]
    if key.startswith("ب") and len(rest) >= _MIN_LETTERS and rest not in _NOT_TOWNS:
        return rest
    return None


def _listed(rest: str, is_town: Callable[[str], bool]) -> bool:
    """Whether the lists hold the town under this spelling or with ة and ا swapped."""
    spellings = [rest]
    if rest.endswith("ة"):
        spellings.append(rest[:-1] + "ا")
    elif rest.endswith("ا"):
        spellings.append(rest[:-1] + "ة")
    return any(is_town(loose_key_of_match_key(s)) for s in spellings)


def _town_like(rest: str, freq: Mapping[str, int]) -> bool:
    """Whether the news writes the word as a town: glued to "ب" (in) in a tenth of its
    uses at least ("بسوسة" 702 times, "سوسة" 1,363; "بالنفط" 170, "النفط" 7,188) and no
    more often than alone ("بتاتا": at all), and in one form only: a name without the
    article seldom takes it ("قصر", "صورة", "برج" do: "القصر"), and a name with the
    article keeps it glued ("بالكاف" and never "بكاف") and is the article's ("لالتهاب"
    shows the ال of "التهاب" to be the word's own: a name's article gives "لل")."""
    alone, glued = freq.get(rest, 0), freq.get("ب" + rest, 0)
    if not _GLUED_SHARE * alone <= glued <= alone:
        return False
    if not rest.startswith("ال"):
        return freq.get("ال" + rest, 0) <= _TOGGLED_SHARE * alone
    own_article = freq.get("ل" + rest, 0) * _OWN_ARTICLE > alone
    return not own_article and freq.get("ب" + rest[2:], 0) <= _TOGGLED_SHARE * glued
