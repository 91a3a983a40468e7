"""A club named by its first word cut short ("مان سيتي", "مان يونايتد" for
"مانشستر سيتي", "مانشستر يونايتد"): sports news write the transliterated short form,
often without ever writing the full name in the article. The lists know the full name
only, so the tagger reads "سيتي" alone as the club and leaves the cut word outside it,
or leaves both untagged (issue 14).

A pair of words is such a name when the lists hold a two-word organisation with the
same last word whose first word starts with, and is longer than, the pair's first word.
Both words are written without the article, and the last is a body's name of its own
("سيتي", "يونايتد"; not "الأهلي المصري" from "مصر", nor "ولا المتحدة"). The cut word
is rarer in the news than the full one, so no common word that happens to begin a
name ("ولا" of "ولايات", "معه" of "معهد") opens it; a pair the lists know as it is
stands to the tagger.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping, Sequence

from rasd.ner.scoring import chunks

_MIN_LETTERS = 3  # "مان"; shorter cuts are particles and prepositions


def cut_heads(
    gazetteer: Iterable[tuple[str, Sequence[tuple[str, object]]]],
) -> dict[str, set[str]]:
    """Last word → first words of the lists' two-word organisations."""
    heads: dict[str, set[str]] = {}
    for key, entries in gazetteer:
        words = key.split()
        if len(words) == 2 and any(label == "ORG" for label, _ in entries):
            heads.setdefault(words[1], set()).add(words[0])
    return heads


def club_abbreviations(
    keys: Sequence[Sequence[str]],
    stems: Sequence[Sequence[str]],
    tags: list[list[str]],
    heads: Mapping[str, set[str]],
    listed: Container[str],
    lexicon: Mapping[str, int],
    is_body: Callable[[str], bool],
) -> None:
    """Tag ORG each pair "cut first word + last word" of a listed two-word organisation
    where the cut word is untagged and the last word untagged or opening an organisation
    ("[سيتي]" → "[مان سيتي]"), or the pair is read as a person. `keys` (loose), `stems`
    (lexicon keys) per sentence; `tags` change in place."""
    for sentence_keys, sentence_stems, sentence_tags in zip(keys, stems, tags, strict=True):
        for i in range(len(sentence_keys) - 1):
            first, last = sentence_keys[i], sentence_keys[i + 1]
            # the last word of no listed pair ends no cut pair: the cheapest test first
            full_words = heads.get(last)
            if not full_words:
                continue
            if any(s.startswith("ال") for s in sentence_stems[i : i + 2]):
                continue
            if f"{first} {last}" in listed or not is_body(last):
                continue
            if _cut(first, sentence_stems[i], full_words, lexicon):
                _join(sentence_tags, i)


def _cut(key: str, stem: str, full_words: Iterable[str], lexicon: Mapping[str, int]) -> bool:
    """Whether a word is a full first word cut short ("مان" of "مانشستر") and rarer
    than it."""
    if len(key) < _MIN_LETTERS:
        return False
    count = lexicon.get(stem, 0)
    return any(
        full.startswith(key) and len(full) > len(key) and lexicon.get(full, 0) > count
        for full in full_words
    )


def _join(tags: list[str], i: int) -> None:
    """Make words i and i+1 one organisation, keeping an organisation that goes on
    after them ("[سيتي]" → "[مان سيتي]"); a pair read as a person becomes the club,
    and anything else tagged there is left."""
    spans = {first: (label, last) for label, first, last in chunks(tags)}
    label, end = spans.get(i + 1, ("O", i + 2))
    if spans.get(i) == ("PER", i + 2):
        end = i + 2
    elif tags[i] != "O" or label not in ("O", "ORG"):
        return
    tags[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
