"""An organisation's short name written in brackets right after its full name
("وكالة الأنباء الإيرانية (إرنا)", "قوات سوريا الديمقراطية (قسد)", "القيادة الوسطى
(سنتكوم)"): the brackets set the alias apart as a name of the body just named, which a
tagger that has not met the acronym leaves untagged.

Only one bare word is read so. Quotation marks after a name more often open a quotation
('وقالت الحكومة "مستعدون للرد"') or close the one before the next name ('"فارس"
و"إسنا"'); several words in brackets are a translation ("(مخلص العالم)"); a definite
word or a nisba is a description of the body ("حزب العدالة والتنمية (الحاكم)",
"(درزي)"), and a compass point the part of a country a place lies in ("ولاية خوست
(شرق)").
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.ner.gazetteer import loose_key
from rasd.ner.rule_words import RULE_WORDS
from rasd.text.normalize import match_key

_DIRECTIONS = RULE_WORDS["direction"]
_NISBA_ENDINGS = ("ي", "ية", "يان", "يون", "يين")


def bracketed_aliases(words: Sequence[str], tags: list[str]) -> None:
    """Tag an untagged bare word in brackets right after an organisation's name as an
    organisation."""
    n = min(len(words), len(tags))
    for i in range(1, n - 2):
        if not tags[i - 1].endswith("-ORG") or words[i] != "(" or words[i + 2] != ")":
            continue
        if tags[i : i + 3] == ["O"] * 3 and _bare_name(words[i + 1]):
            tags[i + 1] = "B-ORG"


def _bare_name(word: str) -> bool:
    key = match_key(word)
    return (
        key[:1].isalpha()
        and not key.isascii()
        and not key.startswith("ال")
        and not key.endswith(_NISBA_ENDINGS)
        and loose_key(word) not in _DIRECTIONS
    )
