"""Tunisian towns the name lists lack, mined from the Jawhara FM news after an
administrative division ("ولاية سيدي بوزيد", "معتمدية ملولش", "بلدية حمام سوسة";
`data/division_towns.tsv`, written by `benchmarks/mine_division_towns.py`). The
tagger, trained on news that seldom name a Tunisian delegation, cuts a town of two
words ("ولاية [سيدي] بوزيد", "[قصور] الساف") or leaves it untagged; a town of one word
it leaves untagged ("من رمادة"). Towns of two words or more are tagged whole here
(`whole_towns`); towns of one word join the corpus places (`corpus_places`), whose
rule keeps them from persons' names, adjectives and verbs (issue 14).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from importlib import resources

from rasd.ner.tag_edits import is_chunk, set_tags
from rasd.text.normalize import match_key

# The mined towns are tagged (`whole_towns`, `single_towns`); a switch for
# `benchmarks/ner_rule_diff.py`.
DIVISION_TOWNS = True
DIVISION_TOWNS_RESOURCE = "division_towns.tsv"
_PLACE_TAGS = frozenset({"O", "B-LOC", "I-LOC"})


@cache
def _division_towns() -> tuple[tuple[str, ...], ...]:
    """The mined towns, each as its words' match keys."""
    text = (resources.files("rasd.ner") / "data" / DIVISION_TOWNS_RESOURCE).read_text("utf-8")
    rows = (line.split("\t", 1)[0] for line in text.splitlines() if not line.startswith("#"))
    return tuple(tuple(match_key(w) for w in row.split()) for row in rows if row)


def all_towns() -> frozenset[str]:
    """The mined towns, each as its words' match keys joined by a space (none with the
    switch off)."""
    return _joined_towns() if DIVISION_TOWNS else frozenset()


def single_towns() -> frozenset[str]:
    """The mined towns of one word, as match keys (none with the switch off)."""
    return _one_word_towns() if DIVISION_TOWNS else frozenset()


# Asked per document and per club candidate: the sets are made once, the switch is
# read at each call (benchmarks turn it off).
@cache
def _joined_towns() -> frozenset[str]:
    return frozenset(" ".join(town) for town in _division_towns())


@cache
def _one_word_towns() -> frozenset[str]:
    return frozenset(town[0] for town in _division_towns() if len(town) == 1)


@cache
def _long_towns() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The mined towns of two words or more by their first word, longest first."""
    towns: dict[str, list[tuple[str, ...]]] = {}
    for town in sorted(_division_towns(), key=len, reverse=True):
        if len(town) > 1:
            towns.setdefault(town[0], []).append(town)
    return {first: tuple(names) for first, names in towns.items()}


def whole_towns(words: Sequence[str], stems: Sequence[str], tags: list[str]) -> None:
    """A mined town of two words or more, untagged or partly tagged as a place, is one
    place ("ولاية [سيدي بوزيد]", "ب[قصور الساف]"). A word the tagger reads as a
    person or a body, or a longer name around the town, is left as it is. `stems` are
    the words' match keys without their clitics (a word matches by its stem or as it
    is written: the segmenter reads "سيدي" as "س" + "يدي"); `tags` are changed in
    place."""
    if not DIVISION_TOWNS:
        return
    towns = _long_towns()
    keys = [match_key(w) for w in words[: len(tags)]]
    # Words that begin some town, mostly none: the sets below are made for those only.
    starts = [
        i for i, (k, s) in enumerate(zip(keys, stems, strict=False)) if k in towns or s in towns
    ]
    if not starts:
        return
    forms = [{k, s} for k, s in zip(keys, stems, strict=False)]
    for i in starts:
        form = forms[i]
        end = next((i + len(t) for f in form for t in towns.get(f, ()) if _at(forms, i, t)), 0)
        if not end or is_chunk(tags, i, end):
            continue
        if all(t in _PLACE_TAGS for t in tags[i:end]):
            set_tags(tags, i, end, "LOC")


def _at(forms: Sequence[set[str]], i: int, town: tuple[str, ...]) -> bool:
    """Whether the town's words are those from word `i`."""
    return i + len(town) <= len(forms) and all(
        key in form for key, form in zip(town, forms[i:], strict=False)
    )
