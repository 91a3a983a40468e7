"""Noun phrases read off positions in a trigger's clause: the span a rule takes as
a side when no dictionary or name covers it.

Arabic puts the subject after the verb (VSO) or before it (SVO, after إن/أن, كان …
قد); a count takes the people it counts ("تسعة من رجال الشرطة"); a passive verb is
followed by what was hit; an act suffered after a facing verb ("تعرض موقع باروا
لهجوم من جماعة …") has who suffered it right after the verb and who did it after من.
The functions here answer "which words are that phrase?"
for a position the argument rules (`arguments.py`) have chosen; they never decide
which side a phrase is.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Document, Mention
from rasd.events.actors import LOCATIVE
from rasd.events.clause_bounds import clause
from rasd.events.count_phrases import counted_phrase, is_count, is_number, number_word
from rasd.events.keys import stem_key, stem_start
from rasd.events.lexicon import Trigger, TriggerLexicon
from rasd.events.names import Names
from rasd.events.phrases import (
    COMPLEMENTIZERS,
    FACING,
    PREPOSITIONS,
    QUANTITIES,
    QUOTE_MARKS,
    RELATIVES,
    TIME_WORDS,
    by_fire,
    content_word,
    has_enclitic,
    has_pronoun_subject,
    is_kana,
    last_before,
    pronoun_verbal_noun,
    stripped_preposition,
)
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, definite, unjoined
from rasd.events.sides import GROUP_WORDS, Actor, counts_people
from rasd.text.normalize import match_key


@dataclass(frozen=True, slots=True)
class Scope:
    """What the argument rules read beyond one clause: the document and its names,
    the trigger lexicon (a trigger word ends a phrase), and the sentence's actors."""

    names: Names
    lexicon: TriggerLexicon
    actors: list[Actor]  # every actor of the sentence

    @property
    def doc(self) -> Document:
        return self.names.doc

    def participant(self, word: Word) -> bool:
        """A noun naming the participants of a protest ("المتظاهرون"، "محتجين")."""
        return any(
            t.type == "PROTEST" and t.kind in ("agent", "counted")
            for t in self.lexicon.lookup(word.keys)
        )

    def acting(self, word: Word) -> bool:
        """A trigger word that is no noun for people counted before it."""
        return bool(self.lexicon.lookup(word.keys)) and not self.participant(word)


@dataclass(frozen=True, slots=True)
class Clause:
    """A trigger in its clause: what the argument rules look at."""

    scope: Scope
    words: list[Word]
    actors: list[Actor]  # the sentence's actors but the trigger's required object
    trigger: Trigger
    pos: int
    ce: int  # end of the clause (exclusive)
    obj: int  # position of the required object word, or -1
    prior: bool  # an earlier event of the sentence has a source
    before: list[Actor]  # people in the clause before the trigger
    after: list[Actor]  # people in the clause after it


def phrase(doc: Document, words: list[Word], first: int, last: int, actors: list[Actor]) -> Actor:
    """Words `first`..`last` as one actor, coded by the first known actor inside."""
    inside = next((a for a in actors if first <= a.first < last), None)
    start, end = stem_start(words[first].token), words[last - 1].token.end
    attrs = dict(inside.mention.attrs) if inside else {}
    return Actor(first, last, Mention(start, end, stem_key(doc, words[first].token, end), attrs))


def crowd(s: Scope, words: list[Word], i: int) -> Actor:
    """A counted crowd starting at word `i`: the count, من, and up to two nouns
    ("مئات من الأقباط"، "عشرات الفلسطينيين")."""
    end = i + 1
    if end < len(words) and words[end].keys[-1] == "من":
        end += 1
    stop = end
    while stop < len(words) and stop - end < 2 and content_word(words[stop]):
        if words[stop].conj or s.lexicon.lookup(words[stop].keys):
            break
        stop += 1
    end = stop if stop > end else i + 1
    start, last = stem_start(words[i].token), words[end - 1].token.end
    text = stem_key(s.doc, words[i].token, last)
    return Actor(i, end, Mention(start, last, text, {"role": "OPP", "code": "OPP"}))


def object_phrase(s: Scope, words: list[Word], pos: int, ce: int) -> Actor | None:
    """The noun phrase right after a passive trigger: what was hit
    ("تم قصف قافلة إغاثة")."""
    end = pos + 1
    if end < ce and (words[end].prep or stripped_preposition(words[end])):
        return None  # "أصيبوا بجروح"، "اغتيل بالرصاص": a manner, not what was hit
    if end < ce and words[end].conj:
        return None  # "أصيب وأسر عشرات": a second verb, not what was hit
    while (
        end < ce
        and end - pos <= 3
        and (content_word(words[end]) or words[end].token.kind == "number")
        and not words[end].conj
    ):
        if s.lexicon.lookup(words[end].keys):
            break
        end += 1
    if end == pos + 1 or pronoun_verbal_noun(s.doc.text, words[pos + 1]):
        return None
    start = stem_start(words[pos + 1].token)
    stop = words[end - 1].token.end
    key = stem_key(s.doc, words[pos + 1].token, stop)
    return Actor(pos + 1, end, Mention(start, stop, key, {}))


def unknown_subject(s: Scope, words: list[Word], pos: int, ce: int, obj: int = -1) -> Actor | None:
    """The words right after a verb as its subject when no actor is known there
    (a name the dictionaries and NER missed: "وطالب كيري يوم الأربعاء")."""
    first = pos + 1
    if first < ce and has_enclitic(words[first]) and set(words[first].keys) & PREPOSITIONS:
        first += 1  # "تبادل خلالها [المرشحان]": a preposition on a pronoun, then the subject
    end = first
    while end < ce and end - first <= 1 and content_word(words[end]) and not words[end].conj:
        if s.lexicon.lookup(words[end].keys) or (end > first and words[end].prep):
            break  # "طالبت الموقع [بمعلومات]": a prepositional phrase ends the subject
        end += 1
    if end == first or pronoun_verbal_noun(s.doc.text, words[first]):
        return None  # "نفت تطويره": the act denied, no subject
    if pos < obj < end:
        return None
    start = stem_start(words[first].token)
    stop = words[end - 1].token.end
    return Actor(first, end, Mention(start, stop, stem_key(s.doc, words[first].token, stop), {}))


def fronted_subject(s: Scope, words: list[Word], pos: int) -> Actor | None:
    """ "إن انتحاريا يقود شاحنة مفخخة فجر نفسه": the noun right after أن/إن heads
    the clause whose verb comes later."""
    for j in range(pos - 1, max(-1, pos - 7), -1):
        if set(words[j].keys) & COMPLEMENTIZERS or words[j].keys[-1] in ("ان", "إن"):
            if has_enclitic(words[j]):
                return None  # "أنه كلف محاميا": the pronoun is the subject, a verb follows
            k = j + 1
            if k < pos and words[k].surface in QUOTE_MARKS:
                k += 1  # "إن «انتحاريا يقود شاحنة فجر نفسه»"
            if k < pos and content_word(words[k]) and not s.lexicon.lookup(words[k].keys):
                doc = s.doc
                start, end = stem_start(words[k].token), words[k].token.end
                key = stem_key(doc, words[k].token, end)
                return Actor(k, k + 1, Mention(start, end, key, {}))
            return None
        if words[j].surface in BOUNDARY:
            return None
    return None


def kana_subject(doc: Document, words: list[Word], before: list[Actor], pos: int) -> Actor | None:
    """ "وكان الجيش قد قصف": the subject between كان and قد before a verb."""
    if pos < 3 or words[pos - 1].keys[-1] != "قد":
        return None
    kana = last_before(words, pos, is_kana, nearest=3, farthest=11)
    if kana is None:
        return None
    actor = next((a for a in before if kana < a.first and a.last < pos), None)
    if actor is not None and actor.first == kana + 1:
        return actor
    if actor is not None and actor.first == kana + 2 and is_count(words, kana + 1):
        return phrase(doc, words, kana + 1, actor.last, before)  # "كان 1000 لاجئ"
    if actor is not None and actor.first == kana + 2:
        return actor
    # Everything between كان and قد is the subject.
    return phrase(doc, words, kana + 1, pos - 1, before) if kana + 1 < pos - 1 else None


def opening_actor(c: Clause) -> Actor | None:
    """An actor, a capital or country too, that opens the clause right before
    its verb (SVO: "الرياض تنفي إلغاء …"، "واشنطن تطالب بكين بـ…"): the verb's
    subject, what follows the verb its object."""
    words, pos = c.words, c.pos
    if c.prior or has_pronoun_subject(words[pos]) or words[pos].conj:
        return None
    actor = next((a for a in c.actors if a.last == pos), None)
    if actor is None or words[actor.first].prep:
        return None
    cs = clause(words, pos)[0]
    if cs > actor.first or any(content_word(w) for w in words[cs : actor.first]):
        return None
    return actor


def opening_phrase(c: Clause) -> Actor | None:
    """A noun phrase no dictionary knows that opens the verb's clause (SVO: "لكن
    آلافا من المستخدمين الآخرين أيدوا القرار"), when nothing after the verb is
    its subject."""
    words, pos = c.words, c.pos
    first = clause(words, pos)[0]
    while first < pos and (
        words[first].surface in QUOTE_MARKS
        or set(words[first].keys) & COMPLEMENTIZERS
        or is_kana(words[first])
    ):
        first += 1  # "إن"، "كان"، a quotation mark
    phrase = words[first:pos]
    if not 0 < len(phrase) <= 4 or phrase[0].prep or phrase[0].conj:
        return None
    if not (definite(phrase[0]) or set(phrase[0].keys) & QUANTITIES) or any(
        has_enclitic(w) for w in phrase
    ):
        return None  # a subject is definite or counted ("العمال"، "آلافا من")
    if any(
        (not content_word(w) and match_key(w.surface) != "من") or c.scope.lexicon.lookup(w.keys)
        for w in phrase
    ):
        return None
    start, end = stem_start(phrase[0].token), phrase[-1].token.end
    key = stem_key(c.scope.doc, phrase[0].token, end)
    return Actor(first, pos, Mention(start, end, key, {}))


# `benchmarks/event_diff.py rasd.events.clauses REPORTED_SUBJECT False True`
REPORTED_SUBJECT = True


def clause_subject(c: Clause) -> Actor | None:
    """The first actor of the trigger's clause before it, not a place. In a reported
    clause it is sought after "أن/إن": "وقال مصدر عسكري إن المسلحين وصلوا … وهاجموا
    ثلاثة فنادق" goes on with the gunmen, not with the source who tells it."""
    cs = clause(c.words, c.pos)[0]
    if REPORTED_SUBJECT:
        opener = next(
            (j for j in range(c.pos - 1, cs - 1, -1) if set(c.words[j].keys) & COMPLEMENTIZERS),
            None,
        )
        cs = cs if opener is None else opener + 1
    return next((a for a in c.actors if cs <= a.first and a.last <= c.pos and not a.is_place), None)


def counted_from(doc: Document, words: list[Word], actor: Actor) -> Actor:
    """An actor after "من" takes the count before it: "[1000 لاجئ من] التبت"،
    "[العشرات من] المستوطنين"."""
    j = actor.first
    if j < 2 or words[j - 1].keys[-1] != "من":
        return actor
    head = j - 2
    if content_word(words[head]) and not (
        set(words[head].keys) & (QUANTITIES | GROUP_WORDS) or number_word(words[head])
    ):
        head -= 1  # the counted noun: "1000 [لاجئ]"
    if head < 0 or not (
        is_count(words, head) or set(words[head].keys) & (QUANTITIES | GROUP_WORDS) - {"من"}
    ):
        return actor
    start, stop = stem_start(words[head].token), actor.mention.end
    mention = Mention(start, stop, stem_key(doc, words[head].token, stop), actor.mention.attrs)
    return Actor(head, actor.last, mention, actor.is_place, actor.place, actor.extended)


def counted(s: Scope, words: list[Word], actor: Actor | None, ce: int) -> Actor | None:
    """A count or group word takes the people it counts: "تسعة [من رجال الشرطة]"،
    "العشرات [من مستوطني براخة]"، "آلاف [المتظاهرين]"، "11 مسلحا [من تنظيم القاعدة]"."""
    if actor is None or actor.last >= ce or not counts_people(words, actor):
        return actor
    start = actor.last + (words[actor.last].keys[-1] == "من")
    if start == actor.last and not set(words[actor.last - 1].keys) & QUANTITIES:
        return actor  # only آلاف/مئات/عشرات take a bare genitive
    end = start
    while (
        end < ce
        and end - start < 3
        and content_word(words[end])
        and not words[end].conj
        and not (end > start and words[end].prep)
        and words[end].keys[-1] not in TIME_WORDS
        and match_key(words[end].surface) not in LOCATIVE
        and not s.acting(words[end])
    ):
        end += 1
    if end == start:
        return actor
    inner = next((a for a in s.actors if start <= a.first < end and not a.is_place), None)
    attrs = dict(actor.mention.attrs) or (dict(inner.mention.attrs) if inner else {})
    begin, stop = actor.mention.start, words[end - 1].token.end
    mention = Mention(begin, stop, match_key(s.doc.text[begin:stop]), attrs)
    return Actor(actor.first, end, mention, actor.is_place, actor.place, actor.extended)


# "خلال النهار"، "طوال سنوات": a time, never who suffered the act.
_TIME_PREPS = WORD_LISTS.words("time_preps")
# How far before a suffered act its facing verb may stand ("تعرض موقع باروا العسكري لهجوم").
_FACING_REACH = 6


def _facing_verb(words: list[Word], pos: int) -> int | None:
    """The facing verb a few words before the act at `pos` in the same clause."""
    verb = next(
        (
            j
            for j in range(pos - 1, max(-1, pos - _FACING_REACH), -1)
            if set(words[j].keys) & FACING
        ),
        None,
    )
    if verb is None or any(w.surface in BOUNDARY for w in words[verb + 1 : pos]):
        return None
    return verb


# How far after a suffered act its agent's من may stand ("لاعتداء بالضرب من زوجها").
_FROM_REACH = 3


def facing_agent(c: Clause) -> Actor | None:
    """ "تعرضت لقصف من الفصائل المعارضة"، "تعرض نافالني لهجمات من الموالين للحكومة":
    after an act suffered, من names who did it, as من قبل does."""
    words, pos = c.words, c.pos
    if _facing_verb(words, pos) is None:
        return None
    for j in range(pos + 1, min(len(words) - 1, pos + 1 + _FROM_REACH)):
        if words[j].surface in BOUNDARY:
            return None
        if words[j].keys[-1] == "من" and not has_enclitic(words[j]):
            return next((a for a in c.after if a.first == j + 1), None)
    return None


def facing_subject(c: Clause) -> Actor | None:
    """ "تعرض موقع باروا العسكري لهجوم من قبل …": who suffered the act is the subject
    right after the facing verb before it, an actor or words no dictionary knows,
    not an actor of the sentence before the verb (the ministry reporting it)."""
    words, pos = c.words, c.pos
    verb = _facing_verb(words, pos)
    if verb is None:
        return None
    inside = next((a for a in c.before if a.first > verb), None)
    first = words[verb + 1]
    if inside is not None or first.prep or first.keys[-1] in TIME_WORDS | _TIME_PREPS:
        # "المواقع الحكومية تتعرض بالفعل لهجمات"، "تعرضت طوال سنوات لقصف": the
        # subject came before the verb
        return inside
    return unknown_subject(c.scope, words, verb, pos)


def victims_before_agent(c: Clause, agent: Actor) -> Actor | None:
    """The victims no dictionary names, between the trigger (and its time words) and
    the agent's marker: "قتل 60 فلسطينيا برصاص الجيش"، "مقتل 52 فلسطينيا على يد"."""
    words = c.words
    marker = agent.first - 1 if by_fire(words[agent.first - 1]) else agent.first - 2
    start = c.obj if c.obj == c.pos + 1 else c.pos  # "إطلاق النار": the act's own object
    while start + 1 < marker and (
        words[start + 1].keys[-1] in TIME_WORDS
        # "اعتقل عام 1979 من قبل": a year after a time word (not "الاثنين 60 فلسطينيا")
        or (
            words[start].keys[-1] in TIME_WORDS
            and is_number(words, start + 1)
            and len(words[start + 1].surface) == 4
        )
    ):
        start += 1
    return object_phrase(c.scope, words, start, marker)


# "قتل في محافظة ديالى شرطي"، "اعتقل خلال المداهمة": a killing or arresting verb (its
# bare form) right before one of these prepositions reads as the passive (قُتل).
_PASSIVE_PRONE = WORD_LISTS.words("passive_prone")
_PASSIVE_PREPS = WORD_LISTS.words("passive_preps")


def unvoiced_passive(words: list[Word], pos: int) -> bool:
    """Whether the verb at `pos` is read as a passive with no agent to carry over
    from an earlier sentence: before a count ("قتل 36 من القوات") or, for a killing
    or arresting verb, right before a preposition ("قتل في محافظة ديالى شرطي")."""
    if counted_phrase(words, pos + 1):
        return True
    return (
        pos + 1 < len(words)
        and unjoined(words[pos]) in _PASSIVE_PRONE
        and match_key(words[pos + 1].surface) in _PASSIVE_PREPS
    )


# "25 شخصا على الأقل قتلوا"، "200 شخص قد قتلوا": words between the count and its verb.
_COUNT_GAP = WORD_LISTS.words("count_gap")
# "بينهم"، "منهم": the part of the count named after it.
_PART_OF = WORD_LISTS.words("part_of_count")
# How many words back from the verb (past those) a count of the dead may begin.
_COUNT_REACH = 6


def counted_victims(s: Scope, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The counted dead before a plural killing verb, which is then the unvocalised
    passive ("إن 25 شخصا على الأقل قتلوا"، "38 شخصا قتلوا وأصيب 118 آخرون"): the count
    and its noun up to the verb, within the verb's own clause."""
    if not has_pronoun_subject(words[pos]) or has_enclitic(words[pos]):
        return None  # "قتل"، "قتلوه": the verb has its object or no plural subject
    end = pos
    while end > 0 and words[end - 1].keys[-1] in _COUNT_GAP:
        end -= 1
    if end > 0 and words[end - 1].keys[-1] in RELATIVES | {"من", "ما"}:
        return None  # "892 مدنيا عدد من قتلوا": the verb's subject is the relative
    for j in range(end - 2, max(-1, end - _COUNT_REACH), -1):
        w = words[j]
        if w.surface in BOUNDARY or set(w.keys) & COMPLEMENTIZERS or s.lexicon.lookup(w.keys):
            return None  # the count must head the verb's clause
        if is_count(words, j) and not w.prep and content_word(words[j + 1]):
            # "30 مدنيا بينهم نساء وأطفال قتلوا": the count ends where its part begins
            last = next((k for k in range(j + 2, end) if set(words[k].keys) & _PART_OF), end)
            last -= last < end and words[last - 1].keys[-1] == "من"  # "من بينهم"
            return phrase(s.doc, words, j, last, actors)
    return None
