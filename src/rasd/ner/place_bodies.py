"""A body named by a head noun, a place and an adjective ("مجلس منبج العسكري",
"قوات سوريا الديمقراطية", "مجلس سوريا الديمقراطية"): the tagger, which knows the place
and not the body, tags the place alone. A listed head right before a tagged place and
a definite adjective right after it make one organisation of the three words.

The annotated news of dev folds 0-1 write the construction whole every time (21 of 21
mentions); a head before a place with no adjective is left alone, since they tag the
place only after as many heads ("حكومة السودان", "شرطة دبي", "منتخب روسيا").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.rule_words import RULE_WORDS
from rasd.ner.scoring import chunks
from rasd.text.normalize import match_key

_HEADS = RULE_WORDS["place_body_head"]
# A switch for measuring the rule (benchmarks/ner_rule_diff.py).
PLACE_BODIES = True


def place_bodies(
    keys: Sequence[str],
    words: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    is_nationality: Callable[[str], bool],
) -> list[str]:
    """Join head + place + adjective into one organisation in one sentence's `tags`
    (changed in place and returned); `keys` are loose stem keys, `words` the words
    with their proclitics, `stems` the stems with the article. A nationality after the
    place describes the body rather than names it ("قوات دمشق السورية")."""
    if not PLACE_BODIES:
        return tags
    for label, start, end in chunks(tags):
        head = start - 1
        if label != "LOC" or head < 0 or end >= len(tags) or tags[end] != "O":
            continue
        if tags[head] != "O" or keys[head] not in _HEADS or stems[head].startswith("ال"):
            continue  # "القوات السورية": a definite head is a description
        if _adjective(words[end], stems[end]) and not is_nationality(keys[end]):
            tags[head : end + 1] = ["B-ORG"] + ["I-ORG"] * (end - head)
    return tags


def _adjective(word: str, stem: str) -> bool:
    """Whether a word is a definite relative adjective standing on its own ("العسكري",
    "الديمقراطية"), not a word with a proclitic ("والعسكري" begins a second noun)."""
    return match_key(word) == stem and stem.startswith("ال") and stem.endswith(("ي", "ية"))
