"""The attribution frame "على ما أفاد X" (as X said): "على" with a relative "ما" and a
reporting verb is an "according to" word like "حسبما"، "بحسب ما" (words.tsv
`attribution`), so `sources` reads its source and the frame rules its clause.

A word form cannot say this by itself ("على" is mostly "on"), so the view marks the
"على" of such a frame per document. Not a frame: "على ما يبدو"، "على ما هو عليه" (no
reporting verb); "علق على ما قاله ترامب"، "على ما أفاد به" (the verb takes a pronoun:
what was said is the object); "بناء على ما ذكرت" (a verbal noun governs "على",
words.tsv `on_governed`); "ردا على ما قالت تل أبيب إنه إطلاق بالون" (a "إن" after
the source: the relative names what the source called something)."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.quotes.word_forms import WordInfo

ON = "على"
RELATIVE = "ما"
SOURCE_REACH = 10  # tokens after the verb in which a "إن" shows the relative is an object
CLAUSE_MARKS = "،,.:؛"


def mark_relative_frames(
    infos: list[WordInfo], texts: Sequence[str], keys: Sequence[str]
) -> list[int]:
    """Puts "على" of each "على ما أفاد X" frame in the `attribution` list (in
    `infos`, in place); returns where they are. `keys`: each token's key, compared in
    one pass."""
    marked = [
        k
        for k, key in enumerate(keys[: max(0, len(infos) - 3)])  # a negative end would wrap
        if key == ON and not infos[k].proclitics and _frames(infos, texts, k)
    ]
    for k in marked:
        infos[k] = infos[k]._replace(lists=infos[k].lists | {"attribution"})
    return marked


def _frames(infos: list[WordInfo], texts: Sequence[str], k: int) -> bool:
    verb = infos[k + 2]
    if infos[k + 1].key != RELATIVE or verb.enclitic or verb.proclitics:
        return False
    if k > 0 and "on_governed" in infos[k - 1].lists:
        return False  # "بناء على ما ذكرت": what was said is the noun's object
    if verb.cue is None and "published" not in verb.lists:
        return False
    return not _said_of(infos, texts, k + 3)


def _said_of(infos: list[WordInfo], texts: Sequence[str], i: int) -> bool:
    """A pronoun object ("أفاد به") or a "إن" before the clause ends: the relative is
    what was said or named, not the frame of the clause before."""
    if "pronoun_object" in infos[i].lists:
        return True
    for j in range(i, min(len(infos), i + SOURCE_REACH)):
        if texts[j] in CLAUSE_MARKS:
            return False
        if infos[j].complementizer:
            return True
    return False
