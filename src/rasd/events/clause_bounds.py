"""Where a trigger's clause begins and ends, as the event rules read it: a clause
ends at a boundary mark, a comma or a clause word ("بينما"، "حيث"، a relative), but
not at a time told between two commas ("أعلن الجيش، صباح الإثنين، اعتقال") or at a
comma between the day of an act and its agent; and the short asides between a verb
and its object that end no clause (`asides`).

Kept apart from the word tests of `phrases.py`: these rules read a run of words and
its punctuation, not one word."""

from __future__ import annotations

from rasd.events.phrases import RELATIVES, TIME_WORDS
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word
from rasd.text.normalize import match_key

_CLAUSE_WORDS = {"بينما", "لكن", "ولكن", "حيث", "فيما", *RELATIVES}

_COMMAS = {"،", ","}


def _ends_clause(word: Word) -> bool:
    return word.surface in BOUNDARY or match_key(word.surface) in _CLAUSE_WORDS


def _time_aside(words: list[Word], comma: int, step: int) -> int | None:
    """Where the clause goes on past a time told between two commas ("أعلن الجيش،
    صباح الإثنين، اعتقال"): the index of the far comma, or None when the words
    after the comma at `comma` (in direction `step`) are no such aside."""
    if words[comma].surface not in _COMMAS:
        return None
    j = comma + step
    while 0 <= j < len(words) and not _ends_clause(words[j]):
        if words[j].keys[-1] not in TIME_WORDS and words[j].token.kind != "number":
            return None
        j += step
    far = j + step
    if not 0 < abs(j - comma) - 1 <= 4 or not 0 <= far < len(words):
        return None
    return j if words[j].surface in _COMMAS and not _ends_clause(words[far]) else None


AGENT_MARKERS = frozenset(tuple(p.split("_")) for p in WORD_LISTS.words("agent_markers"))


def _time_before_agent(words: list[Word], pos: int, comma: int) -> bool:
    """ "قتل أمس السبت، على يد عناصر المقاومة": a comma after the day the act was
    done, before its agent, ends no clause."""
    return (
        words[comma].surface in _COMMAS
        and comma > pos + 1
        and all(w.keys[-1] in TIME_WORDS for w in words[pos + 1 : comma])
        and tuple(w.keys[-1] for w in words[comma + 1 : comma + 3]) in AGENT_MARKERS
    )


def clause(words: list[Word], pos: int) -> tuple[int, int]:
    start = pos
    while start > 0:
        if _ends_clause(words[start - 1]):
            far = _time_aside(words, start - 1, -1)
            if far is None:
                break
            start = far
        start -= 1
    end = pos + 1
    while end < len(words):
        if _ends_clause(words[end]):
            far = end if _time_before_agent(words, pos, end) else _time_aside(words, end, 1)
            if far is None:
                break
            end = far
        end += 1
    return start, end


def in_relative_clause(words: list[Word], i: int) -> bool:
    start = clause(words, i)[0]
    return start > 0 and match_key(words[start - 1].surface) in RELATIVES


# An aside longer than this many words between two commas is read as ending the clause.
_ASIDE_WORDS = 4


def asides(words: list[Word], short: bool) -> set[int]:
    """Positions of commas and words of asides between a verb and its object that do not
    end the clause: short time asides ("، الأحد،"، "، مساء الخميس،"), and with `short`
    any aside of a few words that starts no new conjunct, such as a name in apposition
    ("ودافع المتحدث باسم الرئاسة، هاري روك، عن دوتيرتي")."""
    skipped: set[int] = set()
    for i, w in enumerate(words):
        if w.surface != "،":
            continue
        for j in range(i + 2, min(len(words), i + 2 + _ASIDE_WORDS)):
            if words[j].surface == "،":
                inner = words[i + 1 : j]
                timed = all(x.keys[-1] in TIME_WORDS for x in inner)
                if (timed and j <= i + 4) or (short and _apposition(inner)):
                    skipped |= set(range(i, j + 1))
                break
    return skipped


def _apposition(inner: list[Word]) -> bool:
    """Whether the words between two commas may be a name or title in apposition: no new
    conjunct ("، وقال") and no relative clause ("، التي وصلت متأخرة،"), which end the
    clause."""
    first = match_key(inner[0].surface)
    return (
        not first.startswith("و")
        and first not in RELATIVES
        and all(x.token.kind == "word" for x in inner)
    )
