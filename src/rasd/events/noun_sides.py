"""The sides of a verbal-noun trigger: its agent as a genitive ("هجوم التنظيم") or
from the verb of doing before it ("نفذ الطلاب اعتصاما"), its victim as the genitive
of a patient noun ("اغتيال عماد مغنية") or of a killing verb's victims, the one
charged as the genitive of a charge before its بـ ("اتهام الحكومة بالفساد"), the
raids' doers after ل ("غارات لمقاتلات التحالف"), and no reporter as a side.
"""

from __future__ import annotations

from rasd.events.clauses import Clause, object_phrase
from rasd.events.count_phrases import counted_phrase
from rasd.events.lexicon import TriggerLexicon
from rasd.events.parted import parted_sides
from rasd.events.phrases import (
    PREPOSITIONS,
    content_word,
    has_enclitic,
    possessive_lam,
    preposition_before,
)
from rasd.events.possessor import possessor_sides
from rasd.events.sense_arrest import arrest_word, held_at
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, definite
from rasd.events.side_agents import (
    ARMED_ROLES,
    armed_after_lam,
    doer_after,
    doer_head,
    from_agent,
    nisba,
)
from rasd.events.side_targets import target_after
from rasd.events.sides import Actor, adjective_of_event
from rasd.events.spoken_of import speech_subject
from rasd.events.verb_sides import SUFFERED, past_doer
from rasd.text.normalize import match_key

# Nouns whose genitive is the one it happened to ("اغتيال"، "مقتل").
_PATIENT_NOUNS = WORD_LISTS.words("patient_nouns")
# Nouns of charging someone, whose genitive before a بـ charge is the one charged.
_CHARGE_NOUNS = WORD_LISTS.words("charge_nouns")
# How many words after that genitive its apposition may take before the charge
# ("وزير الطاقة السابق جونين سيجيف بالتجسس").
_CHARGE_REACH = 4
# A group head after ل names the doers too ("هجمات لحزب العمال"، "غارات للطيران
# الروسي"), where the actor dictionary gives the group no armed role.
ARMED_HEADS = True
# `benchmarks/event_diff.py rasd.events.noun_sides POSSESSOR_SOURCE False True`
POSSESSOR_SOURCE = True


def noun_sides(c: Clause, prev: str) -> tuple[Actor | None, Actor | None]:
    if POSSESSOR_SOURCE and (held := possessor_sides(c)) is not None:
        # "خلال لقائه بوزير الخارجية": the pronoun's referent met the partner.
        return held
    if (parties := parted_sides(c)) is not None:
        return parties  # "الاتصال الذي جرى بين X و Y": X called Y
    return _rule_sides(c, prev)


def _rule_sides(c: Clause, prev: str) -> tuple[Actor | None, Actor | None]:
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
    arrest = arrest_word(trigger)
    held = held_at(words, pos) if arrest else -1
    if held >= 0 and genitive and not genitive.first <= held < genitive.last:
        genitive = None  # "توقيف سيدة تداول رواد مواقع التواصل": the people word is held
    patient = arrest or trigger.lemma in _PATIENT_NOUNS or _charged(words, genitive, trigger.lemma)
    if doer is not None:
        return doer, target_after(words, past_doer(words, after, doer), None, pos)
    if not patient and trigger.type in ("ASSAULT", "PROTEST"):
        doer = from_agent(words, after, pos)
    if doer is not None:
        return doer, target_after(words, [a for a in after if a is not doer], None, pos)
    if (
        patient
        and trigger.type == "ASSAULT"
        and genitive
        and _described(words, pos, genitive.first)
        and armed_after_lam(words, genitive)
    ):
        # "قصف مدفعي لميليشيات الحوثي"، "بقصف للقوات التركية"، "القصف الكثيف لقوات
        # النظام": an armed group after ل made it; what it hit follows.
        rest = [a for a in after if a.first >= genitive.last]
        return genitive, target_after(words, rest, None, pos)
    if patient:
        # "اغتيال عماد مغنية"، "مقتل سبعة أشخاص": the genitive is the victim.
        if genitive and not preposition_before(words, genitive.first, pos):
            target = genitive
        # "توقيف سيدة تداول رواد": the one arrested ends at the people word
        end = min(held + 1, c.ce) if held >= 0 else c.ce
        target = target or object_phrase(c.scope, words, pos, end)
    elif genitive and not preposition_before(words, genitive.first, pos):
        source = genitive
    elif (
        trigger.type == "ASSAULT"
        and genitive
        and genitive.first - pos <= 2
        and possessive_lam(words[genitive.first])
        and _armed(words, genitive)
        and not words[pos - 1].keys[-1].startswith("توجيه")
    ):
        # "غارات لمقاتلات التحالف": the coalition's raids (but "توجيه ضربات
        # للنظام": strikes at it)
        source = genitive
    if (
        source is None
        and before
        and not _victims_of_verb(c.scope.lexicon, words, before[-1].last, pos, trigger.type)
        and speech_subject(c.scope.lexicon, words, before, pos, trigger.type) is None
        # "وقتل عشرات من المدنيين في غارات": the killed are not the raid's agents
        and not _killed(c.scope.lexicon, words, before[-1].first)
        and not (trigger.type == "ASSAULT" and _reporter(words, before[-1].first))
        # "استهدف كنيسة وأسفر عن مقتل": the result's agent is the cause's; but
        # "سارعت السلطات إلى توقيف سيدة": who hastens to arrest arrests
        and not (patient and prev in {"عن", "الى"} and not arrest)
    ):
        source = before[-1]
    if not patient:
        target = target_after(words, after, source, pos)
    return source, target


def _described(words: list[Word], pos: int, end: int) -> bool:
    """Whether the words between an attack noun and the ل phrase after it only describe
    it: nisba adjectives ("قصف مدفعي جوي"), or one adjective as definite as the noun
    ("القصف الكثيف"، "قصف عنيف")."""
    between = words[pos + 1 : end]
    if all(nisba(w) for w in between):
        return True
    return (
        len(between) == 1
        and content_word(between[0])
        and not between[0].prep
        and definite(between[0]) == definite(words[pos])
    )


def _armed(words: list[Word], genitive: Actor) -> bool:
    if genitive.mention.attrs.get("role") in ARMED_ROLES:
        return True
    return ARMED_HEADS and doer_head(words[genitive.first])


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
