"""The parties of a meeting, cooperation or agreement noun told after "بين X و(بين) Y"
further on than the word after the noun: past describing adjectives ("الاجتماع الوزاري
الثلاثي بين الجزائر وتونس ومصر") or a relative clause of happening ("الاتصال الهاتفي
الذي جرى بين ولي العهد … وجاريد كوشنر"). The gold codes the first party as source and
the second as target; the rules took an adjective or an actor before the noun, or found
no side and dropped the event. "بين" right after the noun is `phrases.between_parties`'.

A fight noun (ASSAULT: "اشتباكات"، "معارك"، "مواجهات") names its two sides the same way,
farther on: past its adjectives, a verb of happening or lasting, a time or a place after
في ("اشتباكات عنيفة اندلعت أمس بين المقاومة ومسلحين حوثيين"، "المواجهات في بيت سوا بين
القوات الحكومية ومسلحي جيش الإسلام"). The rules took the first side as the target and
left the source empty, or took a place or the reporter. A side named once ("بين
الطرفين") or two things no dictionary names ("المعركة بين السفور والتحجب") are left to
the other rules (evnoun, issue 13).
"""

from __future__ import annotations

import itertools

from rasd.events.clauses import Clause
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, definite
from rasd.events.sides import Actor, marked
from rasd.text.normalize import match_key

# Types whose noun names its two parties after بين (a call, talks, an agreement).
_PARTY_TYPES = WORD_LISTS.words("parted_types")
# Words a relative clause of happening may hold before بين ("الذي جرى"، "التي عقدت").
_HAPPENING = WORD_LISTS.words("parted_happening")
# Fight nouns, and the words of happening, lasting and time between them and بين.
_FIGHTS = WORD_LISTS.words("fought_nouns")
_FIGHT_BRIDGE = WORD_LISTS.words("fought_bridge")
# Words from a fight noun to بين: adjectives, a verb, a time, a place after في.
_FIGHT_REACH = 8
# "من جهة"، "من طرف": what ends each side of "بين X من جهة و Y من جهة أخرى".
_SIDE_WORDS = ("جهه", "جهة", "طرف")
# Words from بين to a fight's first side: a head noun ("بين [رجال] المقاومة"), no more
# ("بين مجموعة موالية [لهادي]": the name a side is loyal to is not the side).
_FIGHT_HEAD_REACH = 2
# Words from the second side's actor to a comma and a third party ("وأنصار [الرئيس]
# السابق علي عبد الله صالح، والمقاومة").
_SIDE_REACH = 7
# Words from في to the place's name ("في وسط مدينة بنغازي").
_PLACE_REACH = 3
# Words from the noun to بين: a few adjectives or a relative and its verb.
_REACH = 5
# Words from بين to the first party's start ("بين ولي العهد السعودي الأمير محمد"):
# a title the actor dictionary leaves out of the name.
_TITLE_REACH = 5
# Words from the first party's end to the second's start ("وجاريد"، "وبين مبادرة").
_JOIN_REACH = 2
# `benchmarks/event_diff.py rasd.events.parted PARTED False True`
PARTED = True
# `benchmarks/event_diff.py rasd.events.parted FOUGHT False True`
FOUGHT = True


def parted_sides(c: Clause) -> tuple[Actor, Actor] | None:
    """The two parties of the noun trigger at `c.pos` after a far "بين", if both are
    named: with one, the side ranker's reading of the sentence is kept (unseen news:
    a lone party let it fill the other side with a reporter or a place)."""
    if not PARTED:
        return None
    words = c.words
    at_fight = _fight(c)
    if at_fight:
        at = _fight_between_at(c)
    elif c.trigger.type in _PARTY_TYPES:
        at = _between_at(words, c.pos)
    else:
        return None
    if at is None:
        return None
    people = [a for a in c.actors if not a.is_place and a.first > at]
    reach = _FIGHT_HEAD_REACH if at_fight else _TITLE_REACH
    first = next((a for a in people if a.first - at <= reach), None)
    if first is None or any(w.surface in BOUNDARY for w in words[at : first.first]):
        return None
    joined = _fight_joined if at_fight else _joined
    second = next(
        (a for a in people if a.first >= first.last and joined(words[first.last : a.first + 1])),
        None,
    )
    if second is None:
        return None
    if not at_fight:
        return first, second
    if (
        _named(c, first) == _named(c, second)
        or _side_ends(words, second.last, c.ce)
        or _third_listed(c, second.last)
    ):
        # never one side fighting itself; "بين الحوثيين وقوات صالح من جهة و…" and
        # "بين المسلحين الحوثيين وأنصار صالح، والمقاومة الشعبية": the two named
        # first are one side
        return None
    # Named as the two sides in so many words: the side ranker keeps them (`side_choice`),
    # not the reporter or the place it would take ("قال قائد … لـ«الشرق الأوسط» إن مواجهات"),
    # and no other attack of the sentence shares them (`incident_sides`).
    return marked(first, "held"), marked(second, "fought")


def _fight(c: Clause) -> bool:
    return FOUGHT and c.trigger.type == "ASSAULT" and bool(set(c.words[c.pos].keys) & _FIGHTS)


def _named(c: Clause, actor: Actor) -> str:
    return " ".join(match_key(w.surface) for w in c.words[actor.first : actor.last])


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


def _fight_between_at(c: Clause) -> int | None:
    """Where بين stands after the fight noun at `c.pos`, past only its adjectives (words
    as definite as it, no actor), words of `fought_bridge` and a place after في ("في
    [وسط مدينة] بنغازي"); None when another word comes first or بين is right after the
    noun (`between_parties`)."""
    words, pos = c.words, c.pos
    end = min(len(words), pos + 1 + _FIGHT_REACH)
    j = pos + 1
    while j < end:
        w = words[j]
        if "بين" in w.keys and not w.prep:
            return j if j > pos + 1 else None
        if w.surface in BOUNDARY or w.conj:
            return None
        if match_key(w.surface) == "في":
            place = next((a for a in c.actors if j < a.first <= j + _PLACE_REACH), None)
            if place is None:
                return None
            j = place.last
            continue
        if any(a.first == j for a in c.actors) or not (
            set(w.keys) & _FIGHT_BRIDGE or (not w.prep and definite(w) == definite(words[pos]))
        ):
            return None
        j += 1
    return None


def _fight_joined(joint: list[Word]) -> bool:
    """Whether the second side of a fight starts at or just after a word joined by و
    ("ومسلحي [جيش الإسلام]"), or after "من جهة/طرف" ends the first ("بين المقاومة من
    جهة وميليشيات الحوثي")."""
    keys = [match_key(w.surface) for w in joint]
    if keys[:2] in (["من", side] for side in _SIDE_WORDS):
        joint = joint[2:]
    if not joint:
        return False
    return (len(joint) <= _JOIN_REACH and joint[0].conj) or _joined(joint)


def _side_ends(words: list[Word], at: int, end: int) -> bool:
    """Whether "من جهة/طرف" follows the second side in its clause ("وقوات [صالح]
    الموالية له من جهة"): that side goes on past it, the two named are one."""
    keys = [match_key(w.surface) for w in words[at:end]]
    return any(k == "من" and n in _SIDE_WORDS for k, n in itertools.pairwise(keys))


def _third_listed(c: Clause, at: int) -> bool:
    """Whether a comma and a party joined by و follow the second side within a few
    words ("وأنصار [الرئيس السابق علي عبد الله صالح]، والمقاومة الشعبية")."""
    starts = {a.first for a in c.actors if not a.is_place}
    return any(
        c.words[k].surface in BOUNDARY and k + 1 in starts and c.words[k + 1].conj
        for k in range(at, min(len(c.words) - 1, at + _SIDE_REACH))
    )


def _joined(joint: list[Word]) -> bool:
    """Whether the words from the first party's end to the second's first word join
    them: و on that word or alone, "وبين" before it."""
    if len(joint) > _JOIN_REACH + 1:
        return False
    last = joint[-1]
    return last.conj or any(w.surface == "و" or (w.conj and "بين" in w.keys) for w in joint)
