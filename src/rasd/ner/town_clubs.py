"""A Tunisian club named by a body word and its town ("جمعية أريانة", "مستقبل المرسى",
"نجم المتلوي", "شبيبة القيروان"): Jawhara FM's sport news name most clubs so, and the
tagger, trained on wire news that seldom name them, reads the town as a place and
leaves the body word outside it, or leaves both untagged (issue 14). The annotated
news write such a club as one organisation, body word included ("اتحاد العاصمة").

The body word is one of `town_club_head`, without the article ("المستقبل" is a
noun phrase); the town right after it is a Tunisian one: listed as a place of
Tunisia, not as a country ("مستقبل تونس" is the country's future), or mined after a
division word (`division_towns`). It is untagged or tagged whole as a place or a
body; the body word is untagged or a body of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rasd.ner.rule_words import RULE_WORDS
from rasd.ner.scoring import chunks
from rasd.ner.tag_edits import set_tags

_HEADS = RULE_WORDS["town_club_head"]
_TOWN_LABELS = frozenset({"LOC", "ORG"})


def town_clubs(
    keys: Sequence[Sequence[str]],
    stems: Sequence[Sequence[str]],
    tags: list[list[str]],
    is_town: Callable[[Sequence[str], Sequence[str]], bool],
) -> None:
    """Tag ORG each body word of `town_club_head` with the Tunisian town after it.
    `keys` (loose) and `stems` per sentence; `is_town` takes a span's loose keys and
    stems; `tags` change in place."""
    for sentence_keys, sentence_stems, sentence_tags in zip(keys, stems, tags, strict=True):
        spans = {first: (label, last) for label, first, last in chunks(sentence_tags)}
        for i, key in enumerate(sentence_keys[:-1]):
            if key not in _HEADS or sentence_stems[i].startswith("ال"):
                continue
            if not _free_head(sentence_tags, spans, i):
                continue
            end = _town_end(sentence_tags, spans, i + 1)
            if end and is_town(sentence_keys[i + 1 : end], sentence_stems[i + 1 : end]):
                set_tags(sentence_tags, i, end, "ORG")


def _free_head(tags: Sequence[str], spans: dict[int, tuple[str, int]], i: int) -> bool:
    """Whether the body word is untagged or a body of one word."""
    return tags[i] == "O" or spans.get(i) == ("ORG", i + 1)


def _town_end(tags: Sequence[str], spans: dict[int, tuple[str, int]], start: int) -> int:
    """Where the town from `start` ends: an untagged word, or a place or body tagged
    from there; 0 for anything else."""
    if tags[start] == "O":
        return start + 1
    label, end = spans.get(start, ("", 0))
    return end if label in _TOWN_LABELS else 0
