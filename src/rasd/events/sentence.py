"""The words of a sentence as the event rules see them, and the word lists they
look words up in."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from rasd.document import Document, Entity, Token
from rasd.events.lexicon import WordLists
from rasd.text.normalize import match_key

# The word lists every event rule looks words up in (data/words.tsv).
WORD_LISTS = WordLists.load()
# Verbal nouns that open the object of a denial or criticism ("تنفي إلغاء"، "نفت تورط"،
# "تنتقد عدم وجود"): the act spoken of, never a side.
ACT_NOUNS = (
    WORD_LISTS.words("act_nouns")
    | WORD_LISTS.words("patient_nouns")
    | WORD_LISTS.words("stopping")
    | WORD_LISTS.words("aims")
    | {"عدم"}
)


def opens_with_act_noun(phrase: str) -> bool:
    """Whether the phrase (its match key) begins with such a verbal noun."""
    words = phrase.split()
    first = words[0].removeprefix("و") if words else ""
    return first in ACT_NOUNS or first.removeprefix("ال") in ACT_NOUNS


# Clause punctuation: where a clause, and a window of a long sentence, may end.
BOUNDARY = {"،", ",", ".", "؛", ";", ":", "؟", "?", "!", "(", ")"}


@dataclass(slots=True)
class Word:
    index: int  # in doc.tokens
    token: Token
    keys: list[str]
    light: list[str]
    surface: str
    conj: bool  # starts with و/ف joined to it
    prep: bool  # carries ب/ل/ك joined to it (per the Segmenter)
    whole_light: str = ""  # light key of the whole form
    is_content: bool = False  # can be part of a name or noun phrase


_GROUP_ANAPHORS = WORD_LISTS.words("group_anaphors")


@lru_cache(maxsize=1 << 16)  # pure, and asked of every word of every sentence
def group_noun(word: str) -> str | None:
    """The group noun a definite word is ("والتنظيم" → "تنظيم"), else None."""
    key = match_key(word).removeprefix("و")
    noun = key.removeprefix("ال")
    if key == noun or noun not in _GROUP_ANAPHORS:
        return None
    return noun


def named_group(
    doc: Document, entities: list[Entity], starts: list[int], word: str, at: int
) -> Entity | None:
    """The group a definite group noun ("التنظيم"، "الحركة"، "الحزب") at offset `at`
    stands for: the last ORG before it whose name holds the noun ("تنظيم الدولة"،
    "حركة حماس") or follows it as a descriptor left out of the name ("تنظيم [داعش]",
    the gold conventions). `entities` are the document's, by start, `starts` their
    offsets."""
    noun = group_noun(word)
    if noun is None:
        return None
    last = bisect_left(starts, at)
    return next(
        (
            e
            for e in (entities[k] for k in range(last - 1, -1, -1))
            if e.label == "ORG"
            and (
                noun in match_key(e.canonical or doc.slice(e)).replace("ال", " ").split()
                or _descriptor_before(doc, e) == noun
            )
        ),
        None,
    )


def _descriptor_before(doc: Document, entity: Entity) -> str:
    """The word just before the entity, as a key without و and the article."""
    before = doc.text[max(0, entity.start - 20) : entity.start].split()
    if not before:
        return ""
    return match_key(before[-1]).removeprefix("و").removeprefix("ال")


def unjoined(word: Word) -> str:
    """The word's match key without a joined "و" ("والقوات" → "القوات"): most rules
    read a word the same after a conjunction."""
    return match_key(word.surface).removeprefix("و")


def bare(word: Word) -> str:
    """The word without a joined "و" or its article ("والقوات" → "قوات")."""
    return unjoined(word).removeprefix("ال")


def definite(word: Word) -> bool:
    """Whether the word carries the article ("الهجوم"، "والقوات")."""
    return any(k.startswith("ال") for k in word.keys[1:] or word.keys)


# Every rule looks at the words of one sentence; a "sentence" of thousands of words
# (pasted lists, text with no full stop) is coded in windows of at most this many, so
# the stage's time grows linearly with the text.
WINDOW = 200


def windows(words: list[Word]) -> list[list[Word]]:
    """The sentence's words in windows of at most `WINDOW`, each ending after the
    last clause punctuation of its second half where there is one."""
    windows = []
    start = 0
    while len(words) - start > WINDOW:
        end = start + WINDOW
        cut = next(
            (
                i + 1
                for i in range(end - 1, start + WINDOW // 2, -1)
                if words[i].surface in BOUNDARY
            ),
            end,
        )
        windows.append(words[start:cut])
        start = cut
    windows.append(words[start:])
    return windows
