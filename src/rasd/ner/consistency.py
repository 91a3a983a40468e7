"""One name, one label within a document: the second of two passes.

A CRF sees one sentence at a time, so a surname it tags in "دونالد رامسفيلد" can be
missed three sentences later when it stands alone. After tagging a whole document,
names it found (single words, the last word of a person's name, multi-word names)
are looked for again among the words left untagged, or tagged only in part with
that label ("خديجة" of "خديجة الرياضي"), and given the label they got elsewhere, when
that label is the clear majority for them; and a word tagged alone
as a place or organisation that ends a person's name found in the document is that
person, whatever the majority ("هاميلتون" after "لويس هاميلتون": a surname the news
knows as a city), unless it follows a movement's head ("ميليشيات الحوثي": the group). A label the words
before the name's mentions contradict ("النجم البرازيلي نيمار" for an organisation) is
not spread (`rasd.ner.name_context`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rasd.ner.gazetteer import first_words
from rasd.ner.name_context import contradicted, cue_counts
from rasd.ner.rule_words import RULE_WORDS
from rasd.ner.scoring import chunks

_MIN_LETTERS = 3
_MAJORITY = 0.75
# Whether a name after a movement's head ("ميليشيات الحوثي") stays the group (issue 14).
MOVEMENT_STAYS = True
# Whether the words before a name's mentions can stop its spread (issue 14).
CONTEXT_VOTES = True
_MOVEMENT_HEADS = RULE_WORDS["movement_head"]


def propagate(
    keys: Sequence[Sequence[str]],
    tags: list[list[str]],
    words: Sequence[Sequence[str]] | None = None,
) -> list[list[str]]:
    """Relabel untagged occurrences of names found elsewhere in the same document.

    `keys` are per-word stem keys, one list per sentence; `tags` the first pass's BIO
    tags, changed in place and returned; `words` the surface words, when known.
    """
    memory: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for sentence_keys, sentence_tags in zip(keys, tags, strict=True):
        for label, i, j in chunks(sentence_tags):
            memory[tuple(sentence_keys[i:j])][label] += 1
            if label == "PER" and j - i >= 2:
                memory[(sentence_keys[j - 1],)][label] += 1
    names = {
        name: label
        for name, counts in memory.items()
        if sum(len(k) for k in name) >= _MIN_LETTERS
        for label, n in [counts.most_common(1)[0]]
        if n >= _MAJORITY * sum(counts.values())
    }
    _surnames(keys, tags, {n[-1] for n, counts in memory.items() if len(n) > 1 and "PER" in counts})
    if not names:
        return tags
    longest = first_words(names)
    if CONTEXT_VOTES:
        cues = cue_counts(keys, names, longest, words)
        names = {n: label for n, label in names.items() if not contradicted(label, cues[n])}
    for sentence_keys, sentence_tags in zip(keys, tags, strict=True):
        _relabel(sentence_keys, sentence_tags, names, longest)
    return tags


def _relabel(
    keys: Sequence[str], tags: list[str], names: dict[tuple[str, ...], str], longest: dict[str, int]
) -> None:
    n = len(keys)
    free = 0  # the first word after the last name relabelled
    for i in [i for i, key in enumerate(keys) if key in longest]:
        if i < free:
            continue
        for length in range(min(longest[keys[i]], n - i), 0, -1):
            label = names.get(tuple(keys[i : i + length]))
            if label is None:
                continue
            end = i + length
            # Untagged, or a part of the name tagged with its label ("إبراهيم" of
            # "إبراهيم كالين"): the whole name found elsewhere wins.
            free_span = all(t == "O" or t[2:] == label for t in tags[i:end])
            before_free = i == 0 or tags[i - 1] == "O" or tags[i - 1][2:] != label
            after_free = end == n or not tags[end].startswith("I-")
            if free_span and before_free and after_free and tags[i:end] != _bio(label, length):
                tags[i:end] = _bio(label, length)
                free = end
            break


def _surnames(keys: Sequence[Sequence[str]], tags: list[list[str]], surnames: set[str]) -> None:
    """A word tagged alone as a place or organisation that ends a person's name
    found in the document is that person ("لويس هاميلتون" ... "هاميلتون"); not after
    the head of an armed group or movement named after a family ("ميليشيات الحوثي",
    "جماعة الحوثي"), where the name is the group's."""
    for sentence_keys, sentence_tags in zip(keys, tags, strict=True):
        for label, i, j in chunks(sentence_tags):
            if (
                j - i == 1
                and label in ("LOC", "ORG")
                and sentence_keys[i] in surnames
                and not _after_movement_head(sentence_keys, i)
            ):
                sentence_tags[i] = "B-PER"


def _after_movement_head(keys: Sequence[str], i: int) -> bool:
    return MOVEMENT_STAYS and i > 0 and keys[i - 1] in _MOVEMENT_HEADS


def _bio(label: str, length: int) -> list[str]:
    return [f"B-{label}"] + [f"I-{label}"] * (length - 1)
