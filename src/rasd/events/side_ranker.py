"""The side ranker: which of a coded event's candidate actors is its source, which its target.

The argument rules of `extract.py` stay the candidate generators and one feature: for
each trigger they give a side to, the candidates of either side are the rules' choice
for it, the rules' choice for the other side, every actor of the sentence (named
entities, dictionary actors and the phrases the rules grew around them) and the subject
carried over from the previous sentence or event. A target the rules left empty may
stay empty (the "none" candidate); an empty source stays empty, as the rules leave it
so on purpose (passives, the dead of a killing verb). Each candidate is described by
where it stands from the trigger (before or after, log distance, same clause, the
first actor after it or the last before it), the preposition before it (على/ضد، من
قبل/على يد، a clitic ب/ل), whether it is joined by و to the other side, its entity
label, its dictionary role, whether it is a place or a count, how often the article
names it, and the trigger's form and type crossed with its position. One logistic
model per side, trained on the gold events of the development folds and the train
half of arabic-event-gsr (`rasd train sides`, model card `SIDE_RANKER_CARD.md`),
scores the candidates; the pair with the highest sum whose sides may stand apart wins.
The weights ship as JSON and are scored with numpy.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.document import Mention
from rasd.events.count_phrases import is_count
from rasd.events.lexicon import Trigger
from rasd.events.phrases import PREPOSITIONS
from rasd.events.sentence import WORD_LISTS, Word, unjoined
from rasd.events.sides import Actor, same_actor
from rasd.linear import LinearModel, load_json_model
from rasd.text.normalize import match_key

PACKAGE = "rasd.events"
MODEL_RESOURCE = "side_ranker.json"
SIDES = ("source", "target")
PARTNERED = {"AGREE", "CONSULT", "COOPERATE"}  # the other side is a partner, not a target

# The words before a side that say which side it is: the one hit ("على"، "ضد") or the
# doer of a passive ("من قبل"، "على يد"، "بنيران").
_AGAINST = {"على", "علي", "ضد"}
_AGENT = {"قبل", "يد", "ايدي", "نيران", "برصاص"}
# Dictionary roles common enough in news to earn a weight of their own.
_ROLES = ("GOV", "MIL", "COP", "REB", "CVL", "OPP", "IGO", "JUD", "LEG", "PTY", "ELI")
# Types whose target may be where the event happened ("قصف على ريف درعا"); a place
# told as where ("في سوريا"، "بمدينة البصرة") is otherwise never a side the ranker
# adds: no demand, meeting or protest is aimed at a town named as its scene.
_PLACE_TARGETS = {"ASSAULT", "RETREAT"}  # what is hit, what is withdrawn from
# "في"، "قرب"، "شمال"، "مدينة" …: a place right after one of these is where the act
# happened; "بالقرب من"، "في جادة"، "بجبل" are read as such too (`_located`).
_LOCATIVE = WORD_LISTS.words("locative")
_NEAR = WORD_LISTS.words("near_words")
_SCENE_HEADS = WORD_LISTS.words("place_heads") | WORD_LISTS.words("scene_heads")
# Types whose ranked target is never a place in a locative phrase after a verb
# (`_located_at`); `benchmarks/event_diff.py rasd.events.side_ranker SCENE_BARRED "()"
# "('ASSAULT',)"` shows what it changes on unseen news.
SCENE_BARRED = ("ASSAULT",)
# "قتلت الشرطة سائق السيارة في …": a verb, its object and في stand before the place
_OBJECT_GAP = math.log1p(3)
# Types with enough training events to learn their own position preferences.
_TYPED = ("ASSAULT", "PROTEST", "COERCE")


@dataclass(slots=True)
class SideCandidate:
    """One possible side: its mention (None: the side stays empty), its word span in
    the sentence window (-1 outside it) and the rules that proposed it.

    `sources`: rule (the rules' choice for this side), other_rule (their choice for the
    other side), actor (an actor of the sentence), carried (the subject carried from
    the previous sentence or event).
    """

    mention: Mention | None
    first: int = -1
    last: int = -1
    is_place: bool = False
    label: str | None = None
    sources: set[str] = field(default_factory=set)
    joined: bool = False  # its first word starts with و
    # Not a feature (the weights never saw it) but a bar on what `choose` may pick:
    aimed: bool = False  # the rules' target, after "ضد"/"مناهضة" (`sides.against_cued`)
    blamed: bool = False  # the rules' source, after "اللوم على" (`sides.blame_cued`)
    located: bool = False  # a place in a locative phrase ("في جادة الشانزليزيه"), `_located`


@dataclass(slots=True)
class SideChoice:
    """A coded trigger's candidates for both sides, with their feature rows."""

    type: str
    at: int  # the trigger's character offset
    candidates: dict[str, list[SideCandidate]]
    rows: dict[str, list[dict[str, float]]]

    def rule(self, side: str) -> int:
        """Index of the rules' choice for `side` (the "none" candidate when they had none)."""
        return next(i for i, c in enumerate(self.candidates[side]) if "rule" in c.sources)


def word_span(words: list[Word], m: Mention) -> tuple[int, int]:
    """The words of the window a mention covers, or (-1, -1) when it lies outside."""
    starts = [w.token.start for w in words]
    first = bisect_right(starts, m.start) - 1
    if first < 0 or words[first].token.end <= m.start:
        first += 1
    last = bisect_left(starts, m.end)
    if first >= len(words) or last <= first:
        return -1, -1
    return first, last


def side_candidates(
    words: list[Word],
    actors: list[Actor],
    rules: dict[str, Mention | None],
    carried: Mention | None,
    label: Callable[[Mention], str | None],
) -> dict[str, list[SideCandidate]]:
    """Candidates of both sides, merged when their spans overlap (the rules' extent is
    kept). `label`: the entity label of the name a mention starts in."""
    out: dict[str, list[SideCandidate]] = {}
    for side in SIDES:
        other = SIDES[1 - SIDES.index(side)]
        found: list[SideCandidate] = []

        proposed = [(rules[side], "rule", False), (rules[other], "other_rule", False)]
        proposed += [(a.mention, "actor", a.is_place) for a in actors]
        proposed.append((carried, "carried", False))
        for m, source, is_place in proposed:
            if m is not None:
                _add(found, words, label, m, source, is_place)
        if rules[side] is None and side == "source":
            found = [SideCandidate(None, sources={"rule"})]  # agentless on purpose
        elif rules[side] is None:
            found.insert(0, SideCandidate(None, sources={"rule"}))
        out[side] = found
    return out


def _add(
    found: list[SideCandidate],
    words: list[Word],
    label: Callable[[Mention], str | None],
    m: Mention,
    source: str,
    is_place: bool,
) -> None:
    for c in found:
        if c.mention is not None and m.start < c.mention.end and c.mention.start < m.end:
            c.sources.add(source)
            c.is_place = c.is_place or is_place
            return
    first, last = word_span(words, m)
    joined = first >= 0 and words[first].conj
    located = (is_place or label(m) == "LOC") and _located(words, first)
    found.append(
        SideCandidate(m, first, last, is_place, label(m), {source}, joined, located=located)
    )


def _located(words: list[Word], first: int) -> bool:
    """Whether the place at word `first` stands in a locative phrase: after a locative
    word ("في جنوب قطاع غزة"), after one and a head noun ("في جادة الشانزليزيه"، "في شبه
    جزيرة سيناء"), after "بالقرب من", or with a clitic ب ("بجبل المغيلة")."""
    if first <= 0:
        return False
    keys = [match_key(w.surface).removeprefix("و") for w in words[max(0, first - 2) : first]]
    if keys[-1] in _LOCATIVE:
        # "في جنوب قطاع غزة"; but "ألقت … قنابل على بلدة دوما" aims at it
        return len(keys) < 2 or keys[0] not in _AGAINST
    if len(keys) == 2 and keys[-1] == "من" and keys[0] in _NEAR:
        return True
    if len(keys) == 2 and keys[0] in _NEAR | {"في"} and keys[1] in _SCENE_HEADS:
        return True
    return words[first].prep and match_key(words[first].surface).removeprefix("و")[:1] == "ب"


def features(
    words: list[Word],
    pos: int,
    clause: tuple[int, int],
    trigger: Trigger,
    c: SideCandidate,
    layout: Layout,
    counts: Counter[str],
) -> dict[str, float]:
    """The candidate's features for the trigger at word `pos` of its clause `clause`."""
    if c.mention is None:
        return {"none": 1.0, f"none_{trigger.kind}": 1.0}
    f: dict[str, float] = {f"src_{s}": 1.0 for s in c.sources}
    f["n_sources"] = math.log1p(len(c.sources))
    kind = trigger.kind
    typed = trigger.type if trigger.type in _TYPED else "other"
    if c.first < 0:
        f["outside"] = 1.0
    else:
        before = c.first < pos
        distance = pos - c.last + 1 if before else c.first - pos
        where = "before" if before else "after"
        f["before"] = float(before)
        f["dist_log"] = math.log1p(abs(distance))
        f["adjacent"] = float(abs(distance) <= 1)
        f["same_clause"] = float(clause[0] <= c.first and c.last <= clause[1])
        f[f"{kind}_{where}"] = 1.0
        f[f"{typed}_{where}"] = 1.0
        f["last_before"] = float(c.first == layout.last_before)
        f["first_after"] = float(c.first == layout.first_after)
        f[f"{kind}_first_after"] = float(c.first == layout.first_after)
        prev = unjoined(words[c.first - 1]) if c.first > 0 else ""
        f["prep_against"] = float(prev in _AGAINST)
        f["prep_agent"] = float(prev in _AGENT)
        f["prep_clitic"] = float(words[c.first].prep)
        f["prep_other"] = float(prev in PREPOSITIONS and prev not in _AGAINST)
        f["count"] = float(is_count(words, c.first))
        # "قوات الشرعية ومقاتلات التحالف": joined by و to the other side, a partner
        # (the other side of an agreement or meeting, else an ally of it)
        conjoined = float(words[c.first].conj and c.first - 1 == layout.other_end)
        partner = "partner" if trigger.type in PARTNERED else "ally"
        f["conjoined"] = f[f"conjoined_{partner}"] = conjoined
    f["place"] = float(c.is_place)
    f[f"place_{typed}"] = float(c.is_place)
    f[f"label_{c.label or 'none'}"] = 1.0
    role = c.mention.attrs.get("role")
    if role in _ROLES:
        f[f"role_{role}"] = 1.0
    f["country"] = float(bool(c.mention.attrs.get("country")))
    names = match_key(c.mention.canonical or "").split()
    f["doc_count"] = math.log1p(counts.get(names[-1], 0)) if names else 0.0
    return f


def _apart(event_type: str, source: SideCandidate, target: SideCandidate) -> bool:
    """Whether two candidates may stand on opposite sides: not one actor, nor, but for
    partners, two actors joined by و ("قصفت قوات الشرعية ومقاتلات التحالف …": allies)."""
    if source.mention is None or target.mention is None:
        return True
    if same_actor(source.mention, target.mention):
        return False
    if event_type in PARTNERED or min(source.first, target.first) < 0:
        return True
    return not (
        (target.joined and target.first == source.last)
        or (source.joined and source.first == target.last)
    )


def _located_at(choice: SideChoice, side: str, i: int) -> bool:
    """Whether candidate `i` of `side` is a place in a locative phrase after an attack
    verb and its object: where it happened, not what was hit, which is an unnamed
    phrase, a count or a pronoun no rule offers ("قتلت الشرطة سائق السيارة … في جادة
    الشانزليزيه"). An attack noun's place and a place right after the verb ("قتلوا في
    دوما") are left to the ranker: the annotators take the town hit as the target."""
    row = choice.rows[side][i]
    # The trigger's form and the distance are read off the candidate's row, which
    # names the form ("verb_first_after") and holds the log distance.
    after_object = row.get("verb_first_after") is not None and row.get("before") == 0.0
    return (
        choice.type in SCENE_BARRED
        and after_object
        and row.get("dist_log", 0.0) >= _OBJECT_GAP
        and choice.candidates[side][i].located
    )


def _scene(choice: SideChoice, side: str, i: int) -> bool:
    """Whether candidate `i` of `side` is a place told as where the event happened:
    a place not aimed at by على/ضد ("مضاعفة الرسوم على أنقرة" aims at Ankara)."""
    return choice.candidates[side][i].is_place and not choice.rows[side][i].get("prep_against")


@dataclass(frozen=True, slots=True)
class Layout:
    """Where a side's candidates stand around the trigger: the first word of the last
    actor before it and of the first after it, the last word of the other side's rule
    choice (-1 where none)."""

    last_before: int
    first_after: int
    other_end: int


def layout(candidates: list[SideCandidate], pos: int) -> Layout:
    starts = sorted(c.first for c in candidates if c.first >= 0 and "actor" in c.sources)
    before = [s for s in starts if s < pos]
    after = [s for s in starts if s > pos]
    other = [c.last - 1 for c in candidates if c.first >= 0 and "other_rule" in c.sources]
    return Layout(before[-1] if before else -1, after[0] if after else -1, (other or [-1])[0])


class SideRanker:
    """One linear model per side; `choose` picks both sides at once."""

    def __init__(self, models: dict[str, LinearModel], keep_empty: float = 0.0) -> None:
        self.models = models
        # Added to the score of leaving a side empty where the rules did: a side they
        # could not find is filled only when a candidate clearly beats none.
        self.keep_empty = keep_empty

    def choose(self, choice: SideChoice) -> dict[str, Mention | None]:
        """The pair of candidates with the highest summed score whose sides differ:
        one actor taken from the other side must pay for what that side loses."""
        sources, targets = choice.candidates["source"], choice.candidates["target"]
        s_scores, t_scores = (
            self.models[side].scores(choice.rows[side])
            + [self.keep_empty * (c.mention is None) for c in choice.candidates[side]]
            for side in SIDES
        )
        rules = (choice.rule("source"), choice.rule("target"))
        # The rules' target after "ضد"/"مناهضة"/"مطالبين" is what the act is aimed at,
        # whatever the sentence names besides ("تظاهروا ضد الغارات الإسرائيلية على
        # قطاع غزة": Israel, not Gaza).
        held = targets[rules[1]].aimed
        # The one blamed for the act is its alleged doer, not whoever lays the blame
        # ("ألقت بريطانيا باللوم على روسيا في الهجوم").
        blamed = sources[rules[0]].blamed
        pairs = [
            (s_scores[i] + t_scores[j], -i, -j)
            for i, s in enumerate(sources)
            for j, t in enumerate(targets)
            if (i, j) == rules
            or (
                _apart(choice.type, s, t)
                and (i == rules[0] or not _scene(choice, "source", i))
                and (
                    j == rules[1]
                    or choice.type in _PLACE_TARGETS
                    or not _scene(choice, "target", j)
                )
                and (j == rules[1] or not held)
                and (i == rules[0] or not blamed)
            )
        ]
        _, i, j = max(pairs)
        source, target = sources[-i], targets[-j]
        if -j != rules[1] and _located_at(choice, "target", -j):
            # The scene is dropped, not traded for the next candidate: what was hit
            # is a phrase, a count or a pronoun the rules did not offer as an actor.
            target = SideCandidate(None)
        return {"source": source.mention, "target": target.mention}

    def to_dict(self) -> dict[str, object]:
        return {
            **{side: model.to_dict() for side, model in self.models.items()},
            "keep_empty": self.keep_empty,
        }

    @classmethod
    def from_dict(cls, data: dict) -> SideRanker:
        models = {side: LinearModel.from_dict(data[side]) for side in SIDES}
        return cls(models, float(data.get("keep_empty", 0.0)))


def load_side_ranker(path: Path | None = None) -> SideRanker | None:
    """The shipped model (or one at `path`); None when the package has none."""
    return load_json_model(SideRanker.from_dict, PACKAGE, MODEL_RESOURCE, path)
