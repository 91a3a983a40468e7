"""The edits of a sentence's BIO tags that the name rules share."""

from __future__ import annotations

from collections.abc import Sequence


def _free(tags: list[str], start: int, end: int) -> bool:
    """Whether [start, end) can become one entity without cutting another in two."""
    if any(t.startswith(("B-PER", "I-PER")) for t in tags[start:end]):
        return False
    inside_start = tags[start].startswith("I-")
    spills_over = end < len(tags) and tags[end].startswith("I-")
    return not inside_start and not spills_over


def is_chunk(tags: list[str], start: int, end: int) -> bool:
    """Whether the tagger already found exactly [start, end) as one entity (its label
    is kept then: the sentence decides between a place and an organisation)."""
    if not tags[start].startswith("B-"):
        return False
    inside = all(t == "I-" + tags[start][2:] for t in tags[start + 1 : end])
    return inside and (end == len(tags) or not tags[end].startswith("I-"))


def set_tags(tags: list[str], start: int, end: int, label: str) -> None:
    if _free(tags, start, end):
        tags[start:end] = [f"B-{label}"] + [f"I-{label}"] * (end - start - 1)


def chunk_start(tags: Sequence[str], i: int) -> int:
    """The first word of the name that word `i` is part of."""
    while i > 0 and tags[i].startswith("I-"):
        i -= 1
    return i
