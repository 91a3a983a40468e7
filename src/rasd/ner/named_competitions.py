"""A competition named after a person or a sponsor ("بطولة رولان غاروس", "دورة نانا
تروفي", "بطولة «فوكاس»", "سباق غودلفين مايل"): the tagger knows the name's words as a
person's and tags the name alone PER, so a tournament reads as a person (issue 14). The
annotated news mark a competition optional at most ("كأس العالم", "بطولة الأندية
العربية"), and `organisation_rules.competitions` already makes a name headed by a
competition word an event (MISC); this does the same where the head stands outside the
person's span.

The head is an indefinite word of ``competition_head`` (`data/rule_words.tsv`), untagged,
right before the person or before an opening quotation mark that precedes it. "بطولة"
is also "starring": not in a sentence about a film or a play (``starring_context``:
"فيلم من بطولة عادل إمام"). A place after the head stays a place ("بطولة فرنسا
المفتوحة", "مونديال روسيا"): the annotated news tag it.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.ner.rule_words import RULE_WORDS, load_rule_words
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

# Heads by their stem, with ة: the loose key of دورة is that of دور (a role).
_HEADS = load_rule_words(key=match_key)["competition_head"]
_STARRING = RULE_WORDS["starring_context"]
_OPENING_QUOTES = frozenset('"«“')


def named_competitions(keys: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """Make each person right after a competition head, with the head, an event (MISC)
    in one sentence's `tags` (changed in place); `keys` are loose stem keys, `stems` the
    stems with the article."""
    if _STARRING.intersection(keys):
        return
    for label, start, end in chunks(tags):
        if label != "PER":
            continue
        head = _head(stems, tags, start)
        if head is not None:
            tags[head:end] = ["B-MISC"] + ["I-MISC"] * (end - head - 1)


def _head(stems: Sequence[str], tags: Sequence[str], start: int) -> int | None:
    """The untagged competition head before the name at `start`, an opening quote
    allowed between; None when there is none. A definite head ("البطولة") is no
    name's head."""
    head = start - 1
    if head > 0 and stems[head] in _OPENING_QUOTES:
        head -= 1
    if head < 0 or tags[head] != "O" or stems[head] not in _HEADS:
        return None
    return head
