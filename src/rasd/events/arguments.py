"""Who did it and to whom: the source and target of one trigger, chosen by the
trigger's form and the positions of the actors around it in its clause.

Arabic puts the subject after the verb (VSO: "قصفت الطائرات المدينة") or before it
(SVO: "الرياض تنفي", after إن/أن, كان … قد); a passive ("قُتل"، "تم قصف"، an
unvoiced killing verb with no object) takes what follows or precedes it as its
target and its agent from "على يد"/"بنيران"; a verbal noun takes its agent as a
genitive ("هجوم التنظيم") or from the verb of doing before it ("نفذ الطلاب
اعتصاما"), its victim as the genitive of a patient noun ("اغتيال عماد مغنية"), and
the one charged as the genitive of a charge before its بـ ("اتهام الحكومة بالفساد").
Some constructions correct either side whatever found it (claims, relative
clauses, speakers' pronouns, partners, complements). Protests and the other
per-type frames are in `frames.py`; the phrases spans come from `clauses.py`.
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.events.clauses import (
    Clause,
    Scope,
    clause_subject,
    counted,
    counted_from,
    counted_victims,
    facing_agent,
    facing_subject,
    fronted_subject,
    kana_subject,
    object_phrase,
    opening_actor,
    opening_phrase,
    phrase,
    unknown_subject,
    victims_before_agent,
)
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
from rasd.events.lexicon import Trigger, TriggerLexicon
from rasd.events.names import Names
from rasd.events.phrases import (
    PREPOSITIONS,
    RELATIVES,
    TIME_WORDS,
    accused,
    between_parties,
    claimed,
    complement_between,
    content_word,
    continues_subject,
    counted_phrase,
    has_enclitic,
    has_prep_clitic,
    has_pronoun_subject,
    is_count,
    marked_passive,
    no_object,
    possessive_lam,
    preposition_before,
)
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, opens_with_act_noun
from rasd.events.side_ranker import PARTNERED
from rasd.events.sides import (
    Actor,
    adjective_of_event,
    agent_marker_end,
    conjoined,
    doer_after,
    from_agent,
    partner_position,
    passive_agent,
    protest_target,
    relative_antecedent,
    relative_subject,
    speaker,
    speaker_pronoun,
    subject_after_doing,
    target_after,
    with_source,
)
from rasd.text.normalize import match_key

# Verbs of killing and abducting, whose unvoiced passive ("قتل جندي") names the victim.
SUFFERED = WORD_LISTS.words("suffered")
# Words before a verb that make it passive ("تم"، "جرى").
_PASSIVE_AUX = WORD_LISTS.words("passive_aux")
# Words between a victim and the attack that killed it ("في"، "بعد"، "جراء").
_CAUSE_PREPS = WORD_LISTS.words("cause_preps")
# Nouns whose genitive is the one it happened to ("اغتيال"، "مقتل").
_PATIENT_NOUNS = WORD_LISTS.words("patient_nouns")
# Nouns of charging someone, whose genitive before a بـ charge is the one charged.
_CHARGE_NOUNS = WORD_LISTS.words("charge_nouns")
# How many words after that genitive its apposition may take before the charge
# ("وزير الطاقة السابق جونين سيجيف بالتجسس").
_CHARGE_REACH = 4
# Armed roles: "غارات لمقاتلات التحالف" names the raids' doers after ل.
_ARMED = {"MIL", "REB", "UAF", "COP", "SPY"}
# Acts in words, whose subject may be a noun phrase no dictionary knows.
_VOICED_TYPES = {"DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "SUPPORT"}


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
        return _verb_sides(c)
    return _noun_sides(c, prev)


def _verb_sides(c: Clause) -> tuple[Actor | None, Actor | None]:
    words, pos, before, after, trigger = c.words, c.pos, c.before, c.after, c.trigger
    if (
        trigger.lemma in SUFFERED
        and (counted_dead := counted_victims(c.scope, words, c.actors, pos)) is not None
    ):
        return None, counted_dead  # "إن 25 شخصا على الأقل قتلوا جراء تفجير …"
    if (
        trigger.lemma in SUFFERED
        and no_object(words, pos, c.ce)
        and (victim := before[-1] if before else fronted_subject(c.scope, words, pos))
    ):
        # "أن 11 مدنيا قتلوا في التفجير"، "إن جنديا عراقيا قتل وأصيب آخر": a killing
        # verb with no object after it is the unvoiced passive; the noun before it died.
        return None, victim
    if (
        trigger.lemma in SUFFERED
        and after
        and not counted_phrase(words, pos + 1)  # counts: the rule below
        and _by_attack(c.scope.lexicon, words, pos, after)
    ):
        # "وقتل جندي إسرائيلي بعد إطلاق قناص النار عليه"، "قتل عضوان في قصف
        # إسرائيلي": a killing verb whose noun is followed by the attack that
        # killed it is the unvoiced passive; the attack's own event has the agent.
        return None, after[0]
    if _after_attack_noun(c.scope.lexicon, words, pos, trigger):
        doer = subject_after_doing(words, after, pos)
        if doer is not None:
            # "هجوم مسلح شنه متمردون على مراكز أمنية": the pronoun is the attack,
            # the actor after the verb made it.
            return doer, target_after(words, _past_doer(words, after, doer), doer, pos)
        # "هجوم (انتحاري) استهدف دورية": the attack is the subject, what follows
        # is what was hit; the attackers come from the attack noun's event.
        target = after[0] if after and after[0].first - pos <= 3 else None
        return None, target or object_phrase(c.scope, words, pos, c.ce)
    first_noun = next(
        (
            j
            for j in range(pos + 1, min(len(words), pos + 6))
            if words[j].keys[-1] not in TIME_WORDS and words[j].keys[-1] not in {"من", "امس"}
        ),
        pos + 1,
    )
    if trigger.type in ("ASSAULT", "COERCE") and counted_phrase(words, first_noun):
        target = after[0] if after and after[0].first - first_noun <= 2 else None
        # "وقتل أول من أمس 4 جنود": the victims follow the time words
        target = target or object_phrase(c.scope, words, first_noun - 1, c.ce)
        return before[-1] if before else None, target
    source = _verb_subject(c)
    if (
        trigger.lemma == "زار"
        and source is not None
        and source.first > pos
        and c.scope.names.ends_in_place(source.mention)
    ):
        # "يزور بكين في ثاني رحلة له": the place visited is the target; the
        # visitor is the verb's unexpressed subject.
        return None, source
    return source, target_after(words, _past_name(c.scope.names, after, source), source, pos)


_AIMED_AT = frozenset({"على", "ضد"})
# "على مواقع تمركز [الميليشيات]": how far the one hit may begin after the preposition.
_AIMED_REACH = 3


def _past_doer(words: list[Word], after: list[Actor], doer: Actor) -> list[Actor]:
    """The actor told just after the first على or ضد past the doer: the verb of doing's
    object is its pronoun, so what was hit comes after that preposition ("شنه عناصر من
    منظمة حزب العمال الكردستاني ضد قوة تركية"), not as a name joined to the doer, in a
    clause of its own ("قوات التحالف الذي تتزعمه السعودية") or past a purpose ("نفذها
    الجيش ردا على هجوم شنه متمردون على مراكز أمنية")."""
    aimed = next((j for j in range(doer.last, len(words)) if words[j].keys[-1] in _AIMED_AT), None)
    if aimed is None:
        return []
    return [a for a in after if aimed < a.first <= aimed + _AIMED_REACH]


def _past_name(names: Names, after: list[Actor], source: Actor | None) -> list[Actor]:
    """The actors after the trigger less the name a title source stands for:
    "اتهم رئيس الوزراء البريطاني [بوريس جونسون] روسيا" aims at Russia."""
    if source is None:
        return after
    named = names.named(source.mention)
    assert named is not None
    return [a for a in after if not named.start <= a.mention.start < named.end]


def _by_attack(lexicon: TriggerLexicon, words: list[Word], pos: int, after: list[Actor]) -> bool:
    """Whether an attack noun follows the actor after the verb across "في/بعد/جراء…",
    past the rest of its name ("قتل القيادي الجهادي البارز أبو الحسن التونسي في
    الاشتباكات") and the wounded told with it ("قتل حوثيان وأصيب 4 آخرون في هجوم"),
    with no object between ("قتلت القوات ستة متشددين في غارة" is active)."""
    victim = after[0]
    if victim.first - pos > 3:
        return False
    end = _name_end(words, after)
    j = end
    if j < len(words) and words[j].conj and _wounding(lexicon, words[j]):
        # the wounded's count and noun ("وأصيب 4 آخرون")
        j = next((k for k in range(j + 1, min(len(words), j + 4)) if _cause(words[k])), j)
    if j + 1 >= len(words) or not _cause(words[j]):
        return False
    return any(t.type == "ASSAULT" and t.kind == "noun" for t in lexicon.lookup(words[j + 1].keys))


def _name_end(words: list[Word], after: list[Actor]) -> int:
    """Where the victim's name ends: actors joined to it by at most one word (an
    adjective, "القيادي الجهادي [البارز] أبو الحسن التونسي") continue it."""
    end = after[0].last
    for a in after[1:]:
        if a.first > end + 1 or (a.first == end + 1 and not content_word(words[end])):
            break
        if is_count(words, a.first) or counted_phrase(words, a.first):
            break  # "قتلت القوات ستة متشددين": the object, no part of the name
        if _definite(words[a.first]) and not _definite(words[after[0].first]):
            break  # "قتل مسلح نازي المشرعة جو كوكس": a definite object after the subject
        end = a.last
    return end


def _definite(word: Word) -> bool:
    return match_key(word.surface).removeprefix("و").startswith("ال")


def _cause(word: Word) -> bool:
    return match_key(word.surface) in _CAUSE_PREPS


def _wounding(lexicon: TriggerLexicon, word: Word) -> bool:
    return any(t.type == "ASSAULT" and t.kind == "passive" for t in lexicon.lookup(word.keys))


def _verb_subject(c: Clause) -> Actor | None:
    words, pos, before, after = c.words, c.pos, c.before, c.after
    opening = opening_actor(c)
    if opening is not None:
        return opening
    pronoun_subject = has_pronoun_subject(words[pos])
    source = None
    near = after[0] if after and after[0].first - pos <= 4 and not pronoun_subject else None
    between = (
        [w for w in words[pos + 1 : near.first] if w.keys[-1] not in TIME_WORDS] if near else []
    )
    if (
        near
        and not any(not content_word(w) for w in between)
        and not has_prep_clitic(words[near.first])
        # "واتهمت جماعات حقوق الإنسان القوات": a noun phrase no dictionary knows
        # between the verb and the first actor is the subject, the actor the object.
        and not (c.trigger.type in _VOICED_TYPES and len(between) >= 2)
    ):
        source = near
    elif (
        pos + 1 < c.ce
        and not pronoun_subject
        and content_word(words[pos + 1])
        and not words[pos + 1].conj
        and not has_prep_clitic(words[pos + 1])
    ):
        source = unknown_subject(c.scope, words, pos, c.ce, c.obj)
    if source is not None and opens_with_act_noun(match_key(words[source.first].surface)):
        source = None  # "نفت تورط قوات الأمن": the act denied follows the verb, no actor
    continued = continues_subject(words, pos)
    if source is None and continued and not c.prior:
        # "وتنفي روسيا التورط في تسميم سكربيل وتطالب بـ…": the joined verb goes on
        # with the clause's first actor, the subject of the verb before it.
        source = clause_subject(c)
    if source is None and before and not (c.prior and (pronoun_subject or continued)):
        source = before[-1]
    kana = kana_subject(c.scope.doc, words, before, pos)
    if kana is not None:
        return kana  # "وكانت مجموعة من الطلاب قد اقتحمت"
    fronted = None if c.prior else fronted_subject(c.scope, words, pos)
    if fronted is not None and pos - fronted.first <= 4:
        # SVO after أن/إن: the noun before the verb is its subject, what
        # follows the verb is its object.
        return next((a for a in before if a.first <= fronted.first < a.last), fronted)
    return source or opening_phrase(c)


def _noun_sides(c: Clause, prev: str) -> tuple[Actor | None, Actor | None]:
    words, pos, before, trigger = c.words, c.pos, c.before, c.trigger
    source = target = None
    # "الهجوم المسلح": armed, not an armed man
    after = [a for a in c.after if not adjective_of_event(words, a, pos)]
    genitive = after[0] if after and after[0].first - pos <= 3 else None
    if genitive and any(
        match_key(w.surface) in PREPOSITIONS or c.scope.lexicon.lookup(w.keys)
        for w in words[pos + 1 : genitive.first]
    ):
        # "الاحتجاج على قرار الحكومة"، "التظاهرة أوقف رجال الشرطة": no genitive
        # across a preposition or a verb.
        genitive = None
    if has_enclitic(words[pos]):
        genitive = None  # "رفضها القاطع": the pronoun is the genitive
    doer = doer_after(words, [a for a in c.actors if a.first > pos and not a.is_place], pos)
    patient = trigger.lemma in _PATIENT_NOUNS or _charged(words, genitive, trigger.lemma)
    if doer is not None:
        return doer, target_after(words, _past_doer(words, after, doer), None, pos)
    if not patient and trigger.type in ("ASSAULT", "PROTEST"):
        doer = from_agent(words, after, pos)
    if doer is not None:
        return doer, target_after(words, [a for a in after if a is not doer], None, pos)
    if patient:
        # "اغتيال عماد مغنية"، "مقتل سبعة أشخاص": the genitive is the victim.
        if genitive and not preposition_before(words, genitive.first, pos):
            target = genitive
        target = target or object_phrase(c.scope, words, pos, c.ce)
    elif genitive and not preposition_before(words, genitive.first, pos):
        source = genitive
    elif (
        trigger.type == "ASSAULT"
        and genitive
        and genitive.first - pos <= 2
        and possessive_lam(words[genitive.first])
        and genitive.mention.attrs.get("role") in _ARMED
        and not words[pos - 1].keys[-1].startswith("توجيه")
    ):
        # "غارات لمقاتلات التحالف": the coalition's raids (but "توجيه ضربات
        # للنظام": strikes at it)
        source = genitive
    if (
        source is None
        and before
        and not _victims_of_verb(c.scope.lexicon, words, before[-1].last, pos, trigger.type)
        # "وقتل عشرات من المدنيين في غارات": the killed are not the raid's agents
        and not _killed(c.scope.lexicon, words, before[-1].first)
        and not (trigger.type == "ASSAULT" and _reporter(words, before[-1].first))
        # "استهدف كنيسة وأسفر عن مقتل": the result's agent is the cause's
        and not (patient and prev in {"عن", "الى"})
    ):
        source = before[-1]
    if not patient:
        target = target_after(words, after, source, pos)
    return source, target


def _charged(words: list[Word], genitive: Actor | None, lemma: str) -> bool:
    """ "اتهام وزير الطاقة السابق جونين سيجيف بالتجسس"، "اتهام الحكومة بتزوير الانتخابات":
    a charge joined to بـ just after the genitive (and its apposition) makes it the one
    charged; the accuser is a genitive only with the charged after لـ ("اتهام واشنطن
    لموسكو بالتدخل")."""
    if genitive is None or lemma not in _CHARGE_NOUNS:
        return False
    # From the genitive's first word: a name read across the لـ of the charged
    # ("جماعات بوذية متطرفة للمسلمين") still holds the accuser, and one after لـ
    # ("اتهام الجماعة لموظفي الدولة") is the charged already.
    for w in words[genitive.first : genitive.last + _CHARGE_REACH]:
        key = w.keys[0].removeprefix("و")
        if w.surface in BOUNDARY or (w.prep and key.startswith("ل")):
            return False
        if w.prep and key.startswith("ب") and w.index >= words[genitive.last - 1].index:
            return True
    return False


def _corrected(
    c: Clause, source: Actor | None, target: Actor | None, partnered: bool
) -> tuple[Actor | None, Actor | None]:
    """Rules that correct either side whatever found it."""
    words, pos, trigger = c.words, c.pos, c.trigger
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
        partner = conjoined(c.actors, source)
        if partner is None and target is not None and not partner_position(words, source, target):
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


def _after_attack_noun(
    lexicon: TriggerLexicon, words: list[Word], pos: int, trigger: Trigger
) -> bool:
    """Whether a verb follows a noun of the same event type with at most its
    adjective and a relative pronoun between them ("الهجوم المسلح الذي استهدف")."""
    for j in range(max(0, pos - 3), pos):
        between = words[j + 1 : pos]
        if all(content_word(w) or w.keys[-1] in RELATIVES for w in between) and any(
            t.type == trigger.type and t.kind == "noun" and not words[j].prep
            for t in lexicon.lookup(words[j].keys)
        ):
            return True
    return False


def _victims_of_verb(
    lexicon: TriggerLexicon, words: list[Word], start: int, pos: int, trigger_type: str
) -> bool:
    """Whether a verb stands between an actor and a noun trigger: a killing verb
    whose subject died ("أربعة من رجال الشرطة قتلوا في التفجير") or a verb of
    another event whose object the noun is ("الخارجية أدانت الهجوم")."""
    return any(
        t.kind in ("verb", "passive") and (t.lemma in SUFFERED or t.type != trigger_type)
        for w in words[start:pos]
        for t in lexicon.lookup(w.keys)
    )


_REPORTING = WORD_LISTS.words("reporting")
# "وأفاد مدير المرصد رامي عبد الرحمن": a title may stand between the verb and its subject.
_TITLE_GAP = 2


def _reporter(words: list[Word], first: int) -> bool:
    """Whether the actor at word `first` is the subject of a verb of reporting ("بث
    التلفزيون السوري لقطات تظهر غارات"، "وأفاد المرصد عن معارك"): who tells of an
    attack, not who made it."""
    return any(k in _REPORTING for w in words[max(0, first - _TITLE_GAP) : first] for k in w.keys)


def _killed(lexicon: TriggerLexicon, words: list[Word], first: int) -> bool:
    """Whether a killing verb right before word `first`, or before the count of
    it ("قتل عشرات من [المدنيين]"), has it as its subject."""
    j = first - 1
    while j > 0 and first - j <= 3 and (counted_phrase(words, j) or words[j].keys[-1] == "من"):
        j -= 1
    return j >= 0 and any(
        t.kind in ("verb", "passive") and t.lemma in SUFFERED for t in lexicon.lookup(words[j].keys)
    )
