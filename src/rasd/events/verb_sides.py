"""The sides of a verb trigger by the positions of its clause's actors: Arabic puts
the subject after the verb (VSO: "قصفت الطائرات المدينة") or before it (SVO: "الرياض
تنفي", after إن/أن, كان … قد); a passive ("قُتل"، "تم قصف"، an unvoiced killing verb
with no object) takes what follows or precedes it as its target and its agent from
"على يد"/"بنيران"; an actor after a killing verb and before the attack that killed
it ("قتل جندي في هجوم") is its victim. A count of people after a killing or
arresting verb, or after its subject, across time words or the bound of the count
("قتل ما لا يقل عن 30 شخصا"، "واعتقلت تركيا أكثر من 50 ألف شخص"), or after the
"على" of a phrasal arrest ("ألقت الشرطة القبض على 14 شخصا"), is its object, and so is
a definite round count ("اعتقل الأمن، الاثنين، العشرات").
"""

from __future__ import annotations

from rasd.events.agreement import disagrees
from rasd.events.clauses import (
    Clause,
    clause_subject,
    counted_victims,
    fronted_subject,
    kana_subject,
    object_phrase,
    opening_actor,
    opening_phrase,
    unknown_subject,
)
from rasd.events.count_phrases import counted_phrase, is_count
from rasd.events.lexicon import Trigger, TriggerLexicon
from rasd.events.names import Names
from rasd.events.phrases import (
    RELATIVES,
    TIME_WORDS,
    content_word,
    continues_subject,
    has_enclitic,
    has_prep_clitic,
    has_pronoun_subject,
    no_object,
    possessive_lam,
)
from rasd.events.sentence import WORD_LISTS, Word, opens_with_act_noun
from rasd.events.side_agents import pronoun_subject_of, speaking_subject, subject_after_doing
from rasd.events.side_targets import target_after
from rasd.events.sides import Actor, adjective_of_event
from rasd.events.unvoiced import unvoiced_victim
from rasd.text.normalize import match_key

# Verbs of killing and abducting, whose unvoiced passive ("قتل جندي") names the victim.
SUFFERED = WORD_LISTS.words("suffered")
# Words between a victim and the attack that killed it ("في"، "بعد"، "جراء").
_CAUSE_PREPS = WORD_LISTS.words("cause_preps")
# Acts in words, whose subject may be a noun phrase no dictionary knows.
_VOICED_TYPES = {"DISAPPROVE", "DEMAND", "REJECT", "THREATEN", "SUPPORT"}


def verb_sides(c: Clause) -> tuple[Actor | None, Actor | None]:
    words, pos, before, after, trigger = c.words, c.pos, c.before, c.after, c.trigger
    if (
        trigger.lemma in SUFFERED
        and (counted_dead := counted_victims(c.scope, words, c.actors, pos)) is not None
    ):
        return None, counted_dead  # "إن 25 شخصا على الأقل قتلوا جراء تفجير …"
    counted = _object_count(c) if _counts_object(c) else None
    if (
        trigger.lemma in SUFFERED
        and counted is None  # "إذ قتل فيها 20 مدنيا": the count after it died
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
    if trigger.lemma in SUFFERED and (victim := unvoiced_victim(c)) is not None:
        return None, victim  # "قتل جنديان أميركيان في هجوم شنه مسلحون"
    if (noun := _attack_noun_before(c.scope.lexicon, words, pos, trigger, c.before)) is not None:
        doer = subject_after_doing(words, after, pos)
        if doer is not None:
            # "هجوم مسلح شنه متمردون على مراكز أمنية": the pronoun is the attack,
            # the actor after the verb made it.
            return doer, target_after(words, past_doer(words, after, doer), doer, pos)
        # "هجوم (انتحاري) استهدف دورية": the attack is the subject, what follows
        # is what was hit; the attackers are those named with the noun ("بغارة
        # لطيران التحالف استهدفت"), else they come from the attack noun's event.
        target = after[0] if after and after[0].first - pos <= 3 else None
        if target is None and counted is not None:
            target = _counted_object(c, counted)  # "هجوم انتحاري قتل فيه 58 شخصا"
        named = _doer_between(words, c.before, noun, pos) if NOUN_DOER else None
        if named is not None and not _names_doer(words, noun, named):
            named = None  # "تفجير انتحاري": an adjective, not who did it
        return named, target or object_phrase(c.scope, words, pos, c.ce)
    if counted is not None:
        # "وقتل أول من أمس 4 جنود"، "قتل ما لا يقل عن 30 شخصا": the victims follow
        # the time words or the bound of their count
        return _doer_of_count(c, counted), _counted_object(c, counted)
    source = _verb_subject(c)
    if (
        COUNT_PAST_SUBJECT
        and _counts_object(c)
        and source is not None
        and source.first > pos
        and (counted := _counted_after(words, source.last)) is not None
    ):
        # "واعتقلت تركيا أكثر من 50 ألف شخص": a count after the subject is the
        # object, though no dictionary names it
        return source, _counted_object(c, counted)
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


# Acts whose object may be a bare count of the people hit or held.
_COUNTED_TYPES = ("ASSAULT", "COERCE")
# Words between such a verb (or its subject) and the count, besides the time words.
_COUNT_GAP = WORD_LISTS.words("count_object_gap") | {"،", ","}
_MONTHS = WORD_LISTS.words("month_words")
_LENGTHS = WORD_LISTS.words("durations") | WORD_LISTS.words("count_lengths")
# How many words after the verb or its subject the count may begin: "قتل فيه ما لا
# يقل عن 40 شخصا".
_COUNT_REACH = 6
# `benchmarks/event_diff.py rasd.events.verb_sides COUNT_PAST_SUBJECT False True`
COUNT_PAST_SUBJECT = True
# `event_diff.py rasd.events.verb_sides COUNT_AFTER_ON False True`: "ألقت القبض على 4 أشخاص"
COUNT_AFTER_ON = True
# `event_diff.py rasd.events.verb_sides DEFINITE_COUNTS False True`: "اعتقل الأمن العشرات"
DEFINITE_COUNTS = True
_DEFINITE_COUNTS = WORD_LISTS.words("definite_counts")


def _counted_after(words: list[Word], j: int) -> int | None:
    """Where a count of people starts at or after word `j` past time words and the
    words that bound a count ("ما لا يقل عن"، "أكثر من"): the object of a killing or
    arresting verb that no dictionary names. A number before a month is a date, one
    before a unit of time a length ("حبسته 15 يوما")."""
    for k in range(j, min(len(words), j + _COUNT_REACH + 1)):
        if counted_phrase(words, k) or _definite_count(words[k]):
            return None if k + 1 < len(words) and _time_unit(words[k + 1]) else k
        if not _count_gap(words, k):
            return None
    return None


def _object_count(c: Clause) -> int | None:
    """Where the count of those hit or held begins: after the "على" of a phrasal arrest
    ("ألقت القبض على 4 أشخاص"), else after the verb."""
    on = c.obj + 1
    if (
        COUNT_AFTER_ON
        and c.trigger.type == "COERCE"  # "استعادت السيطرة على عدد من الجبال": a place
        and c.obj > c.pos
        and on + 1 < len(c.words)
        and c.words[on].keys[0] == "على"
        and (counted := _counted_after(c.words, on + 1)) is not None
    ):
        return counted
    return _counted_after(c.words, c.pos + 1)


def _doer_of_count(c: Clause, counted: int) -> Actor | None:
    """Who killed or held the counted: the actor before the verb, or, for a count after
    a phrasal arrest's "على", the VSO subject before its required object ("ألقت الشرطة
    القبض على 3 أشخاص")."""
    if c.pos < c.obj < counted and c.words[c.obj + 1].keys[0] == "على":
        inside = next((a for a in c.after if a.last <= c.obj), None)
        if inside is not None:
            return inside
    return c.before[-1] if c.before else None


def _time_unit(word: Word) -> bool:
    return word.keys[-1] in _MONTHS or (bool(word.light) and word.light[-1] in _LENGTHS)


def _definite_count(word: Word) -> bool:
    """ "اعتقل الأمن، الاثنين، العشرات": a definite round count standing alone for the
    people held or hit (the gold codes it as the target)."""
    return DEFINITE_COUNTS and word.keys[-1] in _DEFINITE_COUNTS


def _counts_object(c: Clause) -> bool:
    """Whether the verb may take a bare count as its object: an act of killing or
    arresting with no object pronoun of its own ("وقد حبسته النيابة")."""
    return c.trigger.type in _COUNTED_TYPES and not has_enclitic(c.words[c.pos])


def _count_gap(words: list[Word], k: int) -> bool:
    key = words[k].keys[0]  # the whole form: "فيها", not its preposition
    if key == "بعد":  # "بعد ظهر اليوم", not "بعد 3 أيام"
        return k + 1 < len(words) and _count_gap(words, k + 1)
    return words[k].keys[-1] in TIME_WORDS or key in _COUNT_GAP


def _counted_object(c: Clause, k: int) -> Actor | None:
    """The count at word `k` as an actor: the dictionary actor that starts with it
    ("3 جنود") or the noun phrase it opens ("34 شخصا")."""
    named = next((a for a in c.after if 0 <= a.first - k <= 2), None)
    return named or object_phrase(c.scope, c.words, k - 1, c.ce)


_AIMED_AT = frozenset({"على", "ضد"})
# "على مواقع تمركز [الميليشيات]": how far the one hit may begin after the preposition.
_AIMED_REACH = 3


def past_doer(words: list[Word], after: list[Actor], doer: Actor) -> list[Actor]:
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


# `benchmarks/event_diff.py rasd.events.verb_sides COMPLEMENTIZER_SUBJECT False True`
COMPLEMENTIZER_SUBJECT = True
# `benchmarks/event_diff.py rasd.events.verb_sides AGREEMENT False True`
AGREEMENT = True


def _verb_subject(c: Clause) -> Actor | None:
    words, pos, before, after = c.words, c.pos, c.before, c.after
    opening = opening_actor(c)
    if opening is not None:
        return opening
    if COMPLEMENTIZER_SUBJECT and pronoun_subject_of(words, pos):
        # "قال الجيش إنه قصف مواقع": the pronoun, the one who says it, is the
        # subject and the noun after the verb its object. With no speaker found the
        # pronoun may point anywhere, and the usual reading stays.
        said_by = speaking_subject(words, c.actors, pos)
        if said_by is not None:
            return said_by
    pronoun_subject = has_pronoun_subject(words[pos])
    source = None
    near = after[0] if after and after[0].first - pos <= 4 and not pronoun_subject else None
    between = (
        [w for w in words[pos + 1 : near.first] if w.keys[-1] not in TIME_WORDS] if near else []
    )
    # "وطالب الحكومة المصرية … بمخاطبة": a feminine body after a masculine verb is
    # its object; the subject was dropped or stands before the verb.
    unagreed = AGREEMENT and near is not None and not between and disagrees(c, near)
    if unagreed:
        near = None
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
        and not unagreed
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


def _attack_noun_before(
    lexicon: TriggerLexicon, words: list[Word], pos: int, trigger: Trigger, before: list[Actor]
) -> int | None:
    """Where a noun of the verb's event type stands that is its subject: with at most
    its adjective and a relative pronoun between them ("الهجوم المسلح الذي استهدف"),
    or its doer told after ل or as its genitive ("بغارة لطيران التحالف استهدفت"،
    "القصف الكثيف لقوات النظام السوري استهدف")."""
    for j in range(max(0, pos - _NOUN_REACH), pos):
        between = words[j + 1 : pos]
        # A noun carrying ب/ل needs its doer between: "لهجوم استهدف" may be the
        # object of a verb before it.
        doer = NOUN_DOER and _doer_between(words, before, j, pos) is not None
        if (len(between) > 2 or words[j].prep) and not doer:
            continue
        if all(content_word(w) or w.keys[-1] in RELATIVES for w in between) and any(
            t.type == trigger.type and t.kind == "noun" for t in lexicon.lookup(words[j].keys)
        ):
            return j
    return None


# How far before the verb its attack noun may stand, its doer's name between them.
_NOUN_REACH = 6
# `benchmarks/event_diff.py rasd.events.verb_sides NOUN_DOER False True`
NOUN_DOER = True


def _doer_between(words: list[Word], before: list[Actor], j: int, pos: int) -> Actor | None:
    """The actor that follows the noun at `j` (after at most one adjective) and ends
    right before the verb at `pos` (or its relative pronoun): the doer of the act the
    noun names ("لقوات النظام السوري"), not the noun's adjective ("بهجوم [مسلح]")."""
    end = pos - 1 if words[pos - 1].keys[-1] in RELATIVES else pos
    actor = next((a for a in before if a.last == end), None)
    if actor is None or not j + 1 <= actor.first <= j + 2 or adjective_of_event(words, actor, j):
        return None
    return actor


def _names_doer(words: list[Word], noun: int, actor: Actor) -> bool:
    """Whether the actor after an attack noun names who made the attack: joined to ل,
    maybe after the noun's adjective ("بغارة لطيران التحالف"، "قصف مدفعي لميليشيات
    الحوثي"), a definite genitive of an indefinite noun ("غارات التحالف"), or a
    state's nisba ("بغارة إسرائيلية"); another word as definite as the noun is its
    adjective ("تفجير انتحاري")."""
    if any(possessive_lam(w) for w in words[actor.first : min(actor.last, actor.first + 2)]):
        return True
    if actor.mention.attrs.get("country"):
        return True
    return _definite(words[actor.first]) and not _definite(words[noun])
