"""The parties of a meeting, cooperation or agreement noun told after "بين X و(بين) Y"
further on than the word after the noun: past describing adjectives ("الاجتماع الوزاري
الثلاثي بين الجزائر وتونس ومصر") or a relative clause of happening ("الاتصال الهاتفي
الذي جرى بين ولي العهد … وجاريد كوشنر"). The gold codes the first party as source and
the second as target; the rules took an adjective or an actor before the noun, or found
no side and dropped the event. "بين" right after the noun is `phrases.between_parties`'.
"""

from __future__ import annotations

from rasd.events.clauses import Clause
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, definite
from rasd.events.sides import Actor

# Types whose noun names its two parties after بين (a call, talks, an agreement).
_PARTY_TYPES = WORD_LISTS.words("parted_types")
# Words a relative clause of happening may hold before بين ("الذي جرى"، "التي عقدت").
_HAPPENING = WORD_LISTS.words("parted_happening")
# Words from the noun to بين: a few adjectives or a relative and its verb.
_REACH = 5
# Words from بين to the first party's start ("بين ولي العهد السعودي الأمير محمد"):
# a title the actor dictionary leaves out of the name.
_TITLE_REACH = 5
# Words from the first party's end to the second's start ("وجاريد"، "وبين مبادرة").
_JOIN_REACH = 2
# `benchmarks/event_diff.py rasd.events.parted PARTED False True`
PARTED = True


def parted_sides(c: Clause) -> tuple[Actor, Actor] | None:
    """The two parties of the noun trigger at `c.pos` after a far "بين", if both are
    named: with one, the side ranker's reading of the sentence is kept (unseen news:
    a lone party let it fill the other side with a reporter or a place)."""
    if not PARTED or c.trigger.type not in _PARTY_TYPES:
        return None
    words = c.words
    at = _between_at(words, c.pos)
    if at is None:
        return None
    people = [a for a in c.actors if not a.is_place and a.first > at]
    first = next((a for a in people if a.first - at <= _TITLE_REACH), None)
    if first is None or any(w.surface in BOUNDARY for w in words[at : first.first]):
        return None
    second = next(
        (a for a in people if a.first >= first.last and _joined(words[first.last : a.first + 1])),
        None,
    )
    return (first, second) if second is not None else None


def _between_at(words: list[Word], pos: int) -> int | None:
    """Where بين stands after the noun at `pos`, past only definite adjectives and a
    relative clause of happening; None when another word comes first."""
    for j in range(pos + 1, min(len(words), pos + 1 + _REACH)):
        w = words[j]
        if "بين" in w.keys and not w.prep:
            return j if j > pos + 1 else None  # right after: `between_parties`
        if w.surface in BOUNDARY or w.conj or w.prep:
            return None
        if not (set(w.keys) & _HAPPENING or (definite(w) and definite(words[pos]))):
            return None
    return None


def _joined(joint: list[Word]) -> bool:
    """Whether the words from the first party's end to the second's first word join
    them: و on that word or alone, "وبين" before it."""
    if len(joint) > _JOIN_REACH + 1:
        return False
    last = joint[-1]
    return last.conj or any(w.surface == "و" or (w.conj and "بين" in w.keys) for w in joint)
