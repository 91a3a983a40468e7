"""Who did it and to whom: the source and target of one trigger, chosen by the
trigger's form and the positions of the actors around it in its clause.

A verb's sides are read in `verb_sides.py` (VSO and SVO subjects, passives and
their agents), a verbal noun's in `noun_sides.py` (genitive agents, victims and
the ones charged). Some constructions then correct either side whatever found it
(claims, relative clauses, speakers' pronouns, partners, complements): they are
here. Protests and the other per-type frames are in `frames.py`; the phrases spans
come from `clauses.py`.
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.events.clauses import (
    Clause,
    Scope,
    counted,
    counted_from,
    facing_agent,
    facing_subject,
    object_phrase,
    phrase,
    victims_before_agent,
)
from rasd.events.count_phrases import is_count
from rasd.events.drafted import drafted_sides
from rasd.events.frames import (
    CLASHES,
    FORCE,
    accused_or_accuser,
    authority,
    blamed,
    claimer,
    goer,
    held_responsible,
    named_parties,
    participants,
    protest_sides,
    suspect_of,
)
from rasd.events.lexicon import Trigger
from rasd.events.noun_sides import noun_sides
from rasd.events.phrases import (
    RELATIVES,
    accused,
    between_parties,
    claimed,
    complement_between,
    has_enclitic,
    has_pronoun_subject,
    marked_passive,
)
from rasd.events.possessor import named_partner
from rasd.events.sense_arrest import held_subject
from rasd.events.sentence import WORD_LISTS, Word
from rasd.events.side_agents import (
    agent_marker_end,
    passive_agent,
    relative_antecedent,
    relative_subject,
    speaker,
    speaker_pronoun,
)
from rasd.events.side_ranker import PARTNERED
from rasd.events.side_targets import partner_position, protest_target, with_source
from rasd.events.sides import Actor, conjoined
from rasd.events.verb_sides import SUFFERED, verb_sides
from rasd.text.normalize import match_key

# Words before a verb that make it passive ("تم"، "جرى").
_PASSIVE_AUX = WORD_LISTS.words("passive_aux")
# A partner named after a meeting noun's pronoun is kept (`possessor.named_partner`);
# `benchmarks/event_diff.py rasd.events.arguments NAMED_PARTNER False True`
NAMED_PARTNER = True


def arguments(
    s: Scope,
    words: list[Word],
    actors: list[Actor],
    trigger: Trigger,
    pos: int,
    span: tuple[int, int],
    obj: int = -1,
    prior: bool = False,
) -> tuple[Mention | None, Mention | None]:
    """Source and target of one trigger; `prior`: an earlier event of the same
    sentence has a source, which a plural or dual verb continues."""
    if trigger.kind in ("counted", "agent"):
        went = goer(s, words, actors, pos) if trigger.kind == "counted" else None
        if went is not None:  # "مليونا لبناني خرجوا متظاهرين"
            aimed = protest_target(words, s.actors, pos + 1, s.participant)
            return went.mention, aimed.mention if aimed else None
        source, target = participants(s, words, pos)
        if target is None and (aimed_at := authority(s, words, actors, pos)):
            target = aimed_at.mention
        return source, target
    cs, ce = span
    in_clause = [a for a in actors if cs <= a.first and a.last <= ce and not a.is_place]
    c = Clause(
        s,
        words,
        actors,
        trigger,
        pos,
        ce,
        obj,
        prior,
        # An attribution ("قالت الشرطة إن …") is no part of the event.
        before=[
            a for a in in_clause if a.last <= pos and not complement_between(words, a.last - 1, pos)
        ],
        after=[a for a in in_clause if a.first > pos],
    )
    between = named_parties(s.names, words, pos, ce, obj) or between_parties(words, pos, ce, obj)
    if between is not None:
        source, target = (phrase(s.doc, words, a, b, actors) for a, b in between)
    else:
        source, target = _sides(c)
    source, target = _corrected(c, source, target, partnered=between is None)
    if trigger.type == "PROTEST":
        source, target = protest_sides(c, source, target)
    source, target = (
        counted(s, words, counted_from(s.doc, words, a), ce) if a else None
        for a in (source, target)
    )
    if trigger.type == "PROTEST" and source is None:
        # "وقال المتظاهرون إن الهدف من المظاهرة …": the protesters named anywhere
        # in the sentence are the protest's source.
        named = next((j for j, w in enumerate(words) if s.participant(w)), None)
        if named is not None:
            return participants(s, words, named)[0], target.mention if target else None
    return (source.mention if source else None, target.mention if target else None)


def _sides(c: Clause) -> tuple[Actor | None, Actor | None]:
    """Source and target by the trigger's form and what surrounds it."""
    words, pos, before, after = c.words, c.pos, c.before, c.after
    prev = match_key(words[pos - 1].surface) if pos > 0 else ""
    passive = c.trigger.kind == "passive" or prev in _PASSIVE_AUX or marked_passive(words[pos])
    agent = passive_agent(words, after, pos) or facing_agent(c)
    if agent is None and (marker := agent_marker_end(words, pos)) is not None:
        # "لإطلاق نار من قبل عصابات محلية": an agent no dictionary names
        agent = object_phrase(c.scope, words, marker, c.ce)
    if agent is not None:
        # "قتل على يد مسلحين"، "قتل أحد عناصر الشرطة بنيران مسلحين": the agent
        # after يد/قبل/نيران; the victim sits between the verb and its agent, or
        # else before the verb.
        target = facing_subject(c) or next((a for a in after if a.first < agent.first), None)
        target = target or victims_before_agent(c, agent)
        return agent, target or (before[-1] if before else None)
    if accused(words, pos):
        # "وتواجه الحكومة اتهامات": the one facing accusations is their target.
        target = facing_subject(c) or (before[-1] if before else None)
        return None, target or (after[0] if after else None)
    if passive:
        target = after[0] if after and after[0].first - pos <= 3 else None
        if c.obj != pos + 1:  # "لإطلاق نار": the required object is the act's own
            target = target or object_phrase(c.scope, words, pos, c.ce)
        return None, target or (before[-1] if before else None)
    if c.trigger.kind == "verb":
        return verb_sides(c)
    return noun_sides(c, prev)


def _corrected(
    c: Clause, source: Actor | None, target: Actor | None, partnered: bool
) -> tuple[Actor | None, Actor | None]:
    """Rules that correct either side whatever found it."""
    words, pos, trigger = c.words, c.pos, c.trigger
    if held_subject(c.scope.doc, words, pos, trigger, source, target):
        # "واعتقل الشقيقان خالد خياط": the unvowelled passive, its subject the one held
        return None, source
    if claimed(words, pos):
        # "أعلنت جماعة … مسؤوليتها عن خطف": who claims the act did it.
        source = claimer(c.scope, words, c.actors, pos) or source
    if trigger.type == "ASSAULT" and (
        culprit := blamed(c.scope, words, c.actors, pos) or held_responsible(words, c.actors, pos)
    ):
        source = culprit
    if (
        trigger.type == "ASSAULT"
        and (suspect := suspect_of(c.scope, words, c.actors, pos)) is not None
    ):
        # "اتهمت روسيا التحالف بقصف مستشفى": the accused did it, to what follows the act
        source = suspect
        if target is not None and accused_or_accuser(words, suspect, target):
            target = next((a for a in c.actors if pos < a.first and a.last <= c.ce), None)
    if (
        target is None
        and trigger.lemma in SUFFERED | {"اغتيل"}
        and pos > 0
        and words[pos - 1].keys[-1] in RELATIVES
    ):
        # "جبران تويني الذي قتل في تفجير": the one the relative clause is about.
        target = next((a for a in c.scope.actors if a.last == pos - 1), None)
    if (
        trigger.kind == "verb"
        and pos > 0
        and words[pos - 1].keys[-1] in RELATIVES
        and has_enclitic(words[pos])
        and (doer := next((a for a in c.after if a.first - pos <= 3), None)) is not None
    ):
        # "الخلية التي اعتقلتها الأجهزة الأمنية": the pronoun is the antecedent,
        # acted upon; the subject follows the verb.
        antecedent = next((a for a in c.actors if a.last == pos - 1), None)
        return doer, antecedent
    if (drafted := drafted_sides(c, source, target)) is not None:
        # "مشروع قرار اقترحته الدول العربية يدين إسرائيل": the document's author
        # condemns; the noun after the verb is its object.
        return drafted
    if relative_subject(words, pos, trigger.kind, source):
        # "قائمة الدول التي طالبت الموقع بمعلومات": with no pronoun pointing back,
        # the antecedent is the subject and the noun after the verb its object.
        return relative_antecedent(words, c.actors, pos), source
    if trigger.kind == "verb" and speaker_pronoun(words, pos, source):
        # "قال الجيش التركي إن طائراته قصفت"، "أكد الحلف أنه قتل": the pronoun is
        # the one who says it.
        source = speaker(words, c.actors, pos) or source
    if (
        source is not None
        and trigger.lemma in SUFFERED
        and source.last <= pos
        and has_pronoun_subject(words[pos])
        and is_count(words, source.first)
    ):
        # "ثلاثين متمردا قتلوا": a count before a plural killing verb names the
        # dead (the unvocalised passive), not the killers.
        source, target = None, source
    if (
        source is not None
        and target is None
        and trigger.type in ("ASSAULT", "COERCE")
        and trigger.kind == "verb"
        and source.first > pos
        and source.mention.attrs.get("role") == "CVL"
    ):
        source, target = None, source  # civilians after a killing verb are its victims
    if source is not None and trigger.type in PARTNERED and partnered:
        partner = conjoined(c.actors, source, words)
        if (
            partner is None
            and target is not None
            and not partner_position(words, source, target)
            and not (NAMED_PARTNER and named_partner(c, target))
        ):
            target = None
        target = partner or target
    if (
        target is not None
        and trigger.type not in ("DEMAND", "THREATEN", "DISAPPROVE", "REJECT")
        and complement_between(words, pos, target.first)
    ):
        target = None
    if (
        source is not None
        and target is not None
        and trigger.type in FORCE
        and trigger.lemma not in CLASHES
        and with_source(words, source, target)
    ):
        # "شنتها فرنسا مع الولايات المتحدة": an ally, not the one hit (but
        # "اشتباكات مع الجيش": the enemy).
        target = None
    return source, target
