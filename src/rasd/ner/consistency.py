"""One name, one label within a document: the second of two passes.

A CRF sees one sentence at a time, so a surname it tags in "دونالد رامسفيلد" can be
missed three sentences later when it stands alone. After tagging a whole document,
names it found (single words, the last word of a person's name, multi-word names)
are looked for again among the words left untagged, or tagged only in part with
that label ("خديجة" of "خديجة الرياضي"), and given the label they got elsewhere, when
that label is the clear majority for them; and a word tagged alone
as a place or organisation that ends a person's name found in the document is that
person, whatever the majority ("هاميلتون" after "لويس هاميلتون": a surname the news
knows as a city), unless it follows a movement's head ("ميليشيات الحوثي": the group).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence

from rasd.ner.gazetteer import first_words
from rasd.ner.rule_words import RULE_WORDS
from rasd.ner.scoring import chunks

# The tagger's confidence in a label over words i..j of sentence s (`Marginals`).
Confidence = Callable[[int, str, int, int], float]
# A mention of a name: its first-pass label, sentence and word span.
Mention = tuple[str, int, int, int]
_MIN_LETTERS = 3
# The marginal above which the tagger was sure of a label (issue 14, entmarg).
SURE = 0.9
# Whether a place or body the tagger was surer of than of the person stays (entmarg).
SURER_MINORITY_STAYS = True
STRICT_SURER = True
LISTED_ONLY = True
# Whether a name the first pass labelled two ways needs a sure leader to spread.
MIXED_NEEDS_SURE = True
ALL_NEED_SURE = False
# Whether a mention of another label the tagger was unsure of takes the name's label.
UNSURE_YIELDS = False
UNSURE = 0.7
_MAJORITY = 0.75
# Whether a name after a movement's head ("ميليشيات الحوثي") stays the group (issue 14).
MOVEMENT_STAYS = True
_MOVEMENT_HEADS = RULE_WORDS["movement_head"]


def propagate(
    keys: Sequence[Sequence[str]],
    tags: list[list[str]],
    confidence: Confidence | None = None,
    listed: Callable[[str], bool] | None = None,
) -> list[list[str]]:
    """Relabel untagged occurrences of names found elsewhere in the same document.

    `keys` are per-word stem keys, one list per sentence; `tags` the first pass's BIO
    tags, changed in place and returned; `confidence` the tagger's marginals; `listed`
    whether the lists know a word key as a place or body and never as a person.
    """
    memory: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    mentions: dict[tuple[str, ...], list[Mention]] = defaultdict(list)
    for s, (sentence_keys, sentence_tags) in enumerate(zip(keys, tags, strict=True)):
        for label, i, j in chunks(sentence_tags):
            name = tuple(sentence_keys[i:j])
            memory[name][label] += 1
            mentions[name].append((label, s, i, j))
            if label == "PER" and j - i >= 2:
                memory[(sentence_keys[j - 1],)][label] += 1
                mentions[(sentence_keys[j - 1],)].append((label, s, i, j))
    names = {
        name: label
        for name, counts in memory.items()
        if sum(len(k) for k in name) >= _MIN_LETTERS
        for label, n in [counts.most_common(1)[0]]
        if n >= _MAJORITY * sum(counts.values())
        and (
            confidence is None
            or not MIXED_NEEDS_SURE
            or (len(counts) == 1 and not ALL_NEED_SURE)
            or _sure_of(mentions[name], label, confidence)
        )
    }
    surnames = {n[-1] for n, counts in memory.items() if len(n) > 1 and "PER" in counts}
    _surnames(keys, tags, surnames, _weighed(mentions, confidence, listed))
    if not names:
        return tags
    if confidence is not None and UNSURE_YIELDS:
        _unsure_yield(tags, names, memory, mentions, confidence)
    longest = first_words(names)
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


def _surnames(
    keys: Sequence[Sequence[str]],
    tags: list[list[str]],
    surnames: set[str],
    surer: Callable[[str, int, int], bool] | None = None,
) -> None:
    """A word tagged alone as a place or organisation that ends a person's name
    found in the document is that person ("لويس هاميلتون" ... "هاميلتون"); not after
    the head of an armed group or movement named after a family ("ميليشيات الحوثي",
    "جماعة الحوثي"), where the name is the group's; nor where the tagger was surer
    of the place or body than of any person the word ends (`surer`: "الكرملين"،
    "السودان" swallowed once into a person's name)."""
    for s, (sentence_keys, sentence_tags) in enumerate(zip(keys, tags, strict=True)):
        for label, i, j in chunks(sentence_tags):
            if (
                j - i == 1
                and label in ("LOC", "ORG")
                and sentence_keys[i] in surnames
                and not _after_movement_head(sentence_keys, i)
                and not (surer is not None and surer(sentence_keys[i], s, i))
            ):
                sentence_tags[i] = "B-PER"


def _unsure_yield(
    tags: list[list[str]],
    names: dict[tuple[str, ...], str],
    memory: dict[tuple[str, ...], Counter[str]],
    mentions: dict[tuple[str, ...], list[Mention]],
    confidence: Confidence,
) -> None:
    """A mention the tagger gave another label unsure (below `UNSURE`) takes the
    name's label in the document, when the tagger was sure of that label once
    ("برشلونة" ORG 0.98 and LOC 0.59: the club)."""
    for name, label in names.items():
        if len(memory[name]) == 1 or not _sure_of(mentions[name], label, confidence):
            continue
        for other, s, i, j in mentions[name]:
            if (
                other != label
                and j - i == len(name)
                and tags[s][i:j] == _bio(other, j - i)
                and confidence(s, other, i, j) < UNSURE
            ):
                tags[s][i:j] = _bio(label, j - i)


def _sure_of(mentions: list[Mention], label: str, confidence: Confidence) -> bool:
    """Whether the tagger gave `label` to one of a name's mentions with confidence:
    a name the first pass labelled two ways spreads only from a label it was sure of
    once ("نيمار" ORG 0.62, 0.42, 0.59 and LOC 0.5: the tagger knew no label)."""
    return any(
        confidence(s, label, i, j) >= SURE for m_label, s, i, j in mentions if m_label == label
    )


def _weighed(
    mentions: dict[tuple[str, ...], list[Mention]],
    confidence: Confidence | None,
    listed: Callable[[str], bool] | None = None,
) -> Callable[[str, int, int], bool] | None:
    """Whether a place or body tagged alone at (sentence, word) is surer than every
    person's name the word ends."""
    if confidence is None or not SURER_MINORITY_STAYS:
        return None

    def surer(key: str, s: int, i: int) -> bool:
        if LISTED_ONLY and (listed is None or not listed(key)):
            return False
        (label, _, _, _) = next(m for m in mentions[(key,)] if m[1:3] == (s, i))
        own = confidence(s, label, i, i + 1)
        people = [
            confidence(ps, "PER", pi, pj) for lab, ps, pi, pj in mentions[(key,)] if lab == "PER"
        ]
        if STRICT_SURER:
            return own >= SURE and all(p < SURE for p in people)
        return all(own >= p for p in people)

    return surer


def _after_movement_head(keys: Sequence[str], i: int) -> bool:
    return MOVEMENT_STAYS and i > 0 and keys[i - 1] in _MOVEMENT_HEADS


def _bio(label: str, length: int) -> list[str]:
    return [f"B-{label}"] + [f"I-{label}"] * (length - 1)
