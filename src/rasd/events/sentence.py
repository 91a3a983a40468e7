"""The words of a sentence as the event rules see them, and the word lists they
look words up in."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Token
from rasd.events.lexicon import WordLists

# The word lists every event rule looks words up in (data/words.tsv).
WORD_LISTS = WordLists.load()

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
