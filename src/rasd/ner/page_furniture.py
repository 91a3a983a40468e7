"""Names that begin with a noun of a web page's furniture (issue 14).

Some outlets close each article with a link line, "رابط الخبر بصحيفة الوئام: <title>"
(SaudiNewsNet: about 2,000 articles of al-Weeam), and the tagger reads "رابط الخبر" as
an organisation in every one of them. A link names no body, so a name that begins with
such a noun is no name; the newspaper after it is tagged on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.ner.rule_words import load_rule_words
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

# Compared by match key, which keeps ة: "رابطة" (a league, الرابطة المحترفة) stays a name.
_FURNITURE = load_rule_words(match_key)["page_furniture"]


def page_furniture(all_stems: Sequence[Sequence[str]], all_tags: list[list[str]]) -> None:
    """Untag each name whose first word's stem is a page-furniture noun ("[رابط الخبر]"),
    sentence by sentence. `all_stems` are the stems' match keys."""
    for stems, tags in zip(all_stems, all_tags, strict=True):
        for _, i, j in chunks(tags):
            if stems[i] in _FURNITURE:
                tags[i:j] = ["O"] * (j - i)
