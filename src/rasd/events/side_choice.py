"""Which sides an event gets beyond its clause's rules: a side carried over from an
earlier clause (marked inferred), the act of a speech participle ("…، متهما الولايات
المتحدة"), told of its clause's speaker, and the side ranker's pick among the rules'
and the sentence's candidates (`side_ranker.py`), recorded to train it."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from rasd.document import Document, Mention
from rasd.events.act_targets import act_party
from rasd.events.announcers import announcer_target, clause_source
from rasd.events.frames import ally_of
from rasd.events.lexicon import Gazetteer, Trigger
from rasd.events.merging import Candidate
from rasd.events.names import Names
from rasd.events.phrases import COMPLEMENTIZERS
from rasd.events.sentence import WORD_LISTS, Word
from rasd.events.side_places import located_target
from rasd.events.side_ranker import SIDES, SideChoice, SideRanker, features, layout, side_candidates
from rasd.events.side_targets import accused_cued, against_cued, audience, blame_cued, supported
from rasd.events.sides import Actor, accusative_noun, armament, same_actor


def inferred(side: Mention) -> Mention:
    """A side carried over from an earlier clause, marked as inferred."""
    return Mention(side.start, side.end, side.canonical, {**side.attrs, "inferred": True})


_HOLDING = WORD_LISTS.words("holding_participles")


def participle(trigger: Trigger) -> bool:
    """A speech verb's active participle listed as a noun ("متهما"، "مطالبا"), of the
    first form too ("رافضا"، "نافيا": فاعلا), or one of holding someone responsible of
    any number ("محملة"، "محملين"), whose feminine and plural no verbal noun shares."""
    lemma = trigger.lemma
    first_form = len(lemma) == 5 and lemma[1] == "ا"
    accusative = (lemma.startswith("م") or first_form) and lemma.endswith("ا")
    return trigger.kind == "noun" and (accusative or lemma in _HOLDING)


def clause_speaker(out: list[Candidate], first: Mention | None, at: int) -> Mention | None:
    """Who a participle's act is told of: the source of the event before it in the
    sentence, else the sentence's first actor when it comes before the participle
    ("وهاجم أردوغان الولايات المتحدة، … نافيا وجود صفقة": هاجم is a quotation's cue, no
    trigger), not the previous sentence's topic. The first actor before the event's
    source was tried too: righter on unseen news, one event fewer on dev fold 2."""
    if out and out[-1].event.source:
        return out[-1].event.source
    return first if first is not None and first.end <= at else None


# `benchmarks/event_diff.py rasd.events.side_choice ACCUSATIVE_SOURCE False True`
ACCUSATIVE_SOURCE = True


def _accusative_at(names: Names, words: list[Word], side: Mention) -> bool:
    """ "وقتل راكبا يدعى جون مازيير"، "بعد أن وبخ تلميذا": an indefinite noun in the
    accusative is the object of a verb, never a doer; after أن/إن it is their
    subject, which may be one ("بأن مسلحا آخر نفذ تفجيرا"). A name ending in alef
    ("موزا"، "ايتا") is no such noun."""
    i = next((i for i, w in enumerate(words) if w.token.start <= side.start < w.token.end), None)
    if i is None or (i and set(words[i - 1].keys) & COMPLEMENTIZERS):
        return False
    tok = words[i].token
    if any(e.start < tok.end and tok.start < e.end for e in names.entities):
        return False
    return accusative_noun(words[i])


def ranked_sides(
    ranker: SideRanker | None,
    choices: list[SideChoice] | None,
    names: Names,
    vocabulary: Counter[str],
    doc: Document,
    words: list[Word],
    actors: list[Actor],
    at: tuple[int, int, int],
    trigger: Trigger,
    rules: dict[str, Mention | None],
    carried: Mention | None,
    gazetteer: Gazetteer,
) -> tuple[Mention | None, Mention | None]:
    """The sides the ranker picks among the rules' and the sentence's candidates
    (the rules' own without a ranker); the choice is recorded for `choices`."""
    if (ranker is None and choices is None) or not any(rules.values()):
        # A trigger the rules find no side for stays theirs: most are no event.
        return rules["source"], rules["target"]
    pos, cs, ce = at
    if rules["target"] is not None and audience(doc, rules["target"]):
        rules = {**rules, "target": None}
    named = [
        Actor(a.first, a.last, m, a.is_place)
        for a in actors
        # an actor holding the trigger ("تهديدات") is no side of it
        if not a.first <= pos < a.last
        and (m := names.named(a.mention)) is not None
        and not armament(doc, m)
        # "قال لرويترز"، "في مقابلة مع صحيفة": the hearers are no side of any act
        and not audience(doc, m)
        # whom a march supports is neither side of it, as for the rules
        and not (trigger.type == "PROTEST" and supported(words, a))
    ]
    candidates = side_candidates(words, named, rules, carried, names.label)
    for c in candidates["target"]:
        # aimed at after ضد, or a fight's second side after بين (`parted`)
        c.aimed = (
            "rule" in c.sources
            and c.first >= 0
            and (against_cued(words, c.first) or bool(c.mention and c.mention.attrs.get("fought")))
        )
    for c in candidates["source"]:
        c.blamed = (
            "rule" in c.sources
            and c.first >= 0
            and (
                blame_cued(words, c.first, c.last)
                # an attack the accused is charged with, not a speech act's object
                or (trigger.type == "ASSAULT" and accused_cued(words, c.first, c.last))
            )
        )
    rows = {}
    for side in SIDES:
        where = layout(candidates[side], pos)
        rows[side] = [
            features(words, pos, (cs, ce), trigger, c, where, vocabulary) for c in candidates[side]
        ]
    choice = SideChoice(trigger.type, words[pos].token.start, candidates, rows)
    if choices is not None:
        choices.append(choice)
    if ranker is None:
        return rules["source"], rules["target"]
    picked = ranker.choose(choice)
    source, target = picked["source"], picked["target"]
    own = rules["source"]
    if own is not None and (own.start <= words[pos].token.start < own.end or own.attrs.get("held")):
        # "خروج محتجين"، "آلاف المتظاهرين": the trigger names its own doers, who
        # stay the source whatever actor the sentence names besides; so does the
        # subject of "نفذ"/"دخل في" before the protest noun (`frames.holder`).
        source = own
        if same_actor(source, target):
            target = rules["target"]
    # The clause's own subject, not who tells it; a target that is that subject is
    # the rules' own again, as for the trigger's own doers above.
    told = clause_source(doc, words, pos, trigger, source, own)
    if told is not source and same_actor(told, target):
        target = None if same_actor(told, rules["target"]) else rules["target"]
    source = told
    if ally_of(words, trigger, source, target):
        target = None
    if ACCUSATIVE_SOURCE and source is not None and _accusative_at(names, words, source):
        source = None if own is None or _accusative_at(names, words, own) else own
    if target is not None and located_target(names, words, target, trigger.type):
        rule = rules["target"]
        keep = rule is not None and not located_target(names, words, rule, trigger.type)
        target = rule if keep and not same_actor(source, rule) else None
    if rules["target"] is None and announcer_target(doc, words, pos, trigger, target):
        target = None
    target = act_party(doc, names, words, actors, target, gazetteer)
    if same_actor(source, target):
        target = None
    if target is not None and rules["target"] is None:
        # Marked, so that a target the event's own quotation names wins over it.
        target = replace(target, attrs={**target.attrs, "ranked": True})
    return source, target
