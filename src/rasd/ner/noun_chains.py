"""Bodies named by a chain of nouns in construct ("ديوان تنمية الجنوب", "وكالة حماية
وتهيئة الشريط الساحلي", "مديرية شرطة الطاقة"): an indefinite body head, one or more
bare nouns (a later one may be joined by و) and a definite genitive with its
adjectives. The tagger, which reads a window of words, tags such a chain nowhere or
stops inside it. A bare noun between head and genitive is what marks the name: a head
straight before a definite word is as often a role or a common noun ("إدارة ترامب",
"وكالة الأنباء"), which this rule leaves to the tagger.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from rasd.ner.rule_words import load_rule_words
from rasd.text.normalize import match_key

# Switch for `benchmarks/ner_rule_diff.py` (`noun_chains.CHAIN_BODIES`).
CHAIN_BODIES = True
# Heads compared by their match key, final ة kept: "مؤسس" (a founder) is no "مؤسسة".
_WORDS = load_rule_words(match_key)
_HEADS = _WORDS["chain_body_head"]
# Bare adjectives the news also writes with the article ("ديوان عام المحافظة").
_NOT_LINKS = _WORDS["chain_not_link"]
_ARTICLE = "ال"
_AND = "و"
_MAX_LINKS = 3
# A bare word is a noun of the chain when the news writes it with the article this
# often ("الحماية" 945; a verb, "القال", never).
_NOUN_ATTESTED = 20
_ADJECTIVE_ENDINGS = ("ي", "ية", "يين", "يون", "يات")


def chain_bodies(
    words: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    lexicon: Mapping[str, int],
) -> None:
    """Tag as one ORG each chain of one sentence's `tags` (changed in place) that opens
    on an untagged or ORG-opening indefinite body head; `stems` are match keys without
    proclitics, `lexicon` the news word counts."""
    if not CHAIN_BODIES:
        return
    for i in range(len(tags)):
        if stems[i] not in _HEADS or tags[i] not in ("O", "B-ORG"):
            continue
        inside = _inside(tags[i])
        end = _chain_end(words, stems, tags, lexicon, i, inside)
        if end and (end == len(tags) or not tags[end].startswith("I-")):
            tags[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)


def _inside(tag: str) -> frozenset[str]:
    """The tags a word of the chain may carry: none, or the inside of the ORG its head
    opens (a name the tagger cut short)."""
    return frozenset({"O", "I-ORG"}) if tag == "B-ORG" else frozenset({"O"})


def _chain_end(
    words: Sequence[str],
    stems: Sequence[str],
    tags: list[str],
    lexicon: Mapping[str, int],
    head: int,
    inside: frozenset[str],
) -> int:
    """The index after the chain from `head`: its bare nouns, the definite genitive and
    the genitive's adjectives; 0 when no such chain follows."""
    j = head + 1
    while (
        j < len(tags)
        and j - head <= _MAX_LINKS
        and _link(words[j], stems[j], lexicon, j > head + 1)
    ):
        if tags[j] not in inside:
            return 0
        j += 1
    if j == head + 1 or j == len(tags) or not _genitive(words[j], stems[j], tags, j, inside):
        return 0
    j += 1
    while j < len(tags) and tags[j] in inside and _adjective(words[j], stems[j]):
        j += 1
    return j


def _link(word: str, stem: str, lexicon: Mapping[str, int], joined: bool) -> bool:
    """A bare noun in construct: no article, no proclitic but a joining و after the
    first link, written with the article often enough to be a noun, not a verb, and no
    adjective (a masculine nisba, "منظمة دولي"; or a listed one)."""
    if stem.startswith(_ARTICLE) or word not in (stem, _AND + stem if joined else stem):
        return False
    if stem.endswith("ي") or stem in _NOT_LINKS:
        return False
    return lexicon.get(_ARTICLE + stem, 0) >= _NOUN_ATTESTED


def _genitive(word: str, stem: str, tags: list[str], j: int, inside: frozenset[str]) -> bool:
    """A definite word with no proclitic, untagged or a one-word name the chain takes
    in ("ديوان تنمية [الجنوب]")."""
    if not stem.startswith(_ARTICLE) or word != stem:
        return False
    one_word = tags[j] in ("B-LOC", "B-ORG") and (
        j + 1 == len(tags) or not tags[j + 1].startswith("I-")
    )
    return tags[j] in inside or one_word


def _adjective(word: str, stem: str) -> bool:
    """A definite nisba adjective with no proclitic ("الساحلي")."""
    return word == stem and stem.startswith(_ARTICLE) and stem.endswith(_ADJECTIVE_ENDINGS)
