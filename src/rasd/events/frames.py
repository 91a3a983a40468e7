"""Constructions of particular event types, which the general argument rules
(`arguments.py`) hand over to or correct with.

- protests: the crowd that went out, held a sit-in or is counted ("خرج مئات
  الطلاب"، "نظم العمال وقفة"، "آلاف المتظاهرين"), aimed at a named party or else the
  first authority named after the trigger;
- claims: who claims responsibility for an act did it ("أعلنت جماعة … مسؤوليتها");
- parties "بين X و Y": two persons named after بين and joined by و;
- speech: a first-person verb inside a direct quotation is the speaker's act, and
  the name in a denied "أن" clause is part of what is denied;
- force: "هاجم"، "شنّ … هجوما" by a named person at a named party, with no weapon
  told, is an attack in words; a side after a bare "مع" of an act of force is an
  ally, not the one hit.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from rasd.document import Mention, Quote
from rasd.events.clauses import Clause, Scope, counted_from, crowd, phrase, unknown_subject
from rasd.events.count_phrases import count_after, is_number
from rasd.events.keys import stem_key, stem_start
from rasd.events.lexicon import Trigger, TriggerLexicon
from rasd.events.names import Names
from rasd.events.phrases import (
    COMPLEMENTIZERS,
    PREPOSITIONS,
    QUANTITIES,
    QUOTE_MARKS,
    TIME_WORDS,
    agrees,
    between_word,
    complement_between,
    content_word,
    goes_out,
    has_enclitic,
    has_prep_clitic,
    has_pronoun_subject,
    is_kana,
    last_before,
    plural_genitive,
    possessive_lam,
    verb_in,
)
from rasd.events.protested import protested_target
from rasd.events.sentence import WORD_LISTS, Word, definite, unjoined
from rasd.events.side_agents import DOING, subject_after
from rasd.events.side_targets import (
    BLAME,
    HOLDING,
    HOLDING_REACH,
    accuser_verb,
    charged,
    protest_target,
    responsibility,
    supported,
)
from rasd.events.sides import Actor, after_proper_name, entity_spans, marked, same_actor
from rasd.text.normalize import match_key

# Acts of force, whose side after "مع" fights alongside the source.
FORCE = {"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"}
# Triggers of fighting between two sides ("اشتباكات مع الجيش": the enemy after مع).
CLASHES = WORD_LISTS.words("clashes")
_ENTERING = WORD_LISTS.words("entering")
_GROUP_NOUNS = WORD_LISTS.words("group_nouns")
# Verbs of holding a protest, inflected ("نفذت"، "ينفذون").
_PROTEST_DOING = frozenset(DOING) | WORD_LISTS.words("protest_doing")
# How far back from a plural verb its subject's clause may open ("وكان عمال ضيعة
# "ستيل" بجمنة، من معتمدية قبلي الجنوبية، نفذوا").
_FRONTED_REACH = 16
# Words of a subject told before its verb.
_FRONTED_WORDS = 3
# How far "دخل" may be before the "في" of the strike it enters, past the subject, its
# place and the date ("دخل عمال المجمع الكيميائي بالمظيلة من ولاية قفصة اليوم الاثنين
# 17 أكتوبر 2016 في اعتصام").
_ENTERING_REACH = 16
# Words from "شنّ" to its noun "هجوما" ("شنّ الرئيس الأميركي، دونالد ترامب، هجوما").
LAUNCH_WINDOW = 8
# Words that tell an armed attack ("مسلح"، "انتحاري"، "بغاز").
_ARMED_ATTACK = WORD_LISTS.forms("armed_attack")
# Words after بين searched for the two people an act is between.
_BETWEEN_WINDOW = 12
# Roles a protest is aimed at when it names no one.
_AUTHORITIES = {"GOV", "JUD", "LEG", "ELI", "PTY", "IGO", "MIL", "COP", "BUS"}
# Verbs claiming responsibility ("أعلن"، "تبنى").
_CLAIMING = WORD_LISTS.words("claiming")
# Words from the blame to the act it is laid for.
_BLAME_REACH = 8


def protest_sides(
    c: Clause, source: Actor | None, target: Actor | None
) -> tuple[Actor | None, Actor | None]:
    """The sides of a protest: who went out, held it or is counted, and the authority or
    name it is aimed at."""
    s, words, pos, kind = c.scope, c.words, c.pos, c.trigger.kind
    if kind == "noun":
        # "دخل أعوان بطاحات جربة اليوم في إضراب": the subject of دخل is told before any
        # place or name after the strike
        own = entrant(s, words, c.actors, pos) or holder(s, words, c.actors, pos)
        source = _held(own or lam_group(s, words, c.actors, pos)) or source
        if target is not None and source is not None and target.first == source.first:
            target = None  # "تظاهرة للفلسطينيين": whose protest it is, not its target
    if source is None and c.obj > pos and kind == "verb":
        source = crowd(s, words, c.obj)  # "تجمع مئات من الأقباط"
    if source is None and kind == "noun":
        source = goer(s, words, c.actors, pos) or doer_before(s, words, c.actors, pos)
    if source is None and kind == "noun" and plural_genitive(words, pos + 1):
        source = phrase(s.doc, words, pos + 1, pos + 2, c.actors)  # "اعتصام العاملين"
    if source is None and kind == "verb":
        count = count_after(words, pos)  # "تظاهر نحو ألفي شخص"
        source = crowd(s, words, count) if count is not None else None
    if kind == "verb" and (counted := _counted_subject(s, words, pos, source)) is not None:
        source = counted  # "وتظاهر الآلاف تنديدا بسياسة الحكومة": not the government
    others = [a for a in c.actors if a is not source]
    aimed = protested_target(words, others, pos, s.participant) or protest_target(
        words, others, pos + 1, s.participant
    )
    if target is not None and (target.is_place or supported(words, target)):
        target = None
    return source, aimed or target or authority(s, words, c.actors, pos)


def _counted_subject(s: Scope, words: list[Word], pos: int, source: Actor | None) -> Actor | None:
    """A bare count right after a protest verb, past a time word ("تظاهر [الآلاف]"،
    "احتشد أمس [المئات]"), is its subject, before any actor named later."""
    j = pos + 1
    while j < min(len(words), pos + 3) and words[j].keys[-1] in TIME_WORDS:
        j += 1
    if j >= len(words) or words[j].keys[-1] == "من" or (source and source.first == j):
        return None
    if set(words[j].keys) & QUANTITIES or is_number(words, j):
        return crowd(s, words, j)
    return None


def _held(actor: Actor | None) -> Actor | None:
    """Marked as the subject of the verb that holds the protest: the side ranker keeps it
    ("نفذ أكثر من ألف شخص اعتصاما … قتل سليمان هلال الأسد": not a name told later)."""
    return marked(actor, "held")


def authority(s: Scope, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """A protest's default target: the first state, government or institution
    named after the trigger ("… قرب السفارة الإسرائيلية")."""
    for a in actors:
        if a.first <= pos or a.is_place:
            continue
        if s.participant(words[a.first]) or supported(words, a):
            continue
        if a.mention.attrs.get("role") in _AUTHORITIES:
            return a
    return None


def goer(s: Scope, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """Who went out to protest: "خرج مئات الطلاب إلى الشوارع للاحتجاج"."""
    verb = last_before(words, pos, goes_out, farthest=6)
    if verb is None:
        return None
    if verb + 1 < pos and (set(words[verb + 1].keys) & QUANTITIES or is_number(words, verb + 1)):
        return crowd(s, words, verb + 1)
    before = next((a for a in actors if verb - 2 <= a.last <= verb and not a.is_place), None)
    return subject_after(actors, verb, pos) or (before and counted_from(s.doc, words, before))


def lam_group(s: Scope, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The people after the لـ of a protest noun, past one adjective: "اعتصام لأنصار
    الجماعة"، "وقفة احتجاجية لأعوان الديوانة"، "تظاهرة لليمين المتطرف" (not a purpose
    or a time: "للاحتجاج"، "لمدة يومين")."""
    i = pos + 1
    if i < len(words) and not words[i].prep and words[i].keys[-1].endswith("ية"):
        i += 1  # "احتجاجية"
    if i >= len(words) or not possessive_lam(words[i]):
        return None
    actor = next((a for a in actors if a.first == i), None)
    if actor is not None:
        return None if actor.is_place else actor
    bare = words[i].keys[-1].removeprefix("ال")
    if bare not in _GROUP_NOUNS and not _people_plural(bare):
        return None
    return unknown_subject(s, words, i - 1, min(len(words), i + 3))


def _people_plural(bare: str) -> bool:
    """ "الفلسطينيين"، "ناشطين"، "العاملين": a sound masculine plural, not a verbal noun
    of the تفعيل pattern ("تمكين")."""
    return bare.endswith(("ين", "ون")) and len(bare) > 4 and not bare.startswith("ت")


def holder(s: Scope, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The subject of a verb of doing whose object is the event noun, with only time
    words between ("نفذت رابطة أمهات المختطفين اليمنيين، الثلاثاء، وقفة"): it holds
    the protest, whatever other rules read around it."""
    verb = last_before(words, pos, verb_in(_PROTEST_DOING), farthest=9)
    actor = doer_before(s, words, actors, pos, _PROTEST_DOING)
    if verb is None or actor is None:
        return None
    after = verb + 1 if actor.last <= verb else actor.last  # a subject before a plural verb
    return actor if not any(content_word(w) for w in words[after:pos]) else None


def doer_before(
    s: Scope, words: list[Word], actors: list[Actor], pos: int, verbs: Iterable[str] = DOING
) -> Actor | None:
    """The subject of a verb of doing before the event noun: "نفذ أعوان الحضائر
    وقفة احتجاجية"، "نظمت رابطة أمهات المختطفين وقفة"، "كان عمال الضيعة نفذوا
    وقفة"."""
    verb = last_before(words, pos, verb_in(frozenset(verbs)), farthest=9)
    if verb is None:
        return None
    if has_pronoun_subject(words[verb]):
        return fronted(s, words, actors, verb)
    if verb + 1 >= pos:
        return None
    first = verb + 1
    while first < pos and not content_word(words[first]):
        first += 1  # "نفذ صباح اليوم أعوان …": past the time words
    actor = next((a for a in actors if verb < a.first and a.last <= pos), None)
    if actor is not None and not actor.is_place:
        if first < actor.first <= first + 3 and _noun_run(words, first, actor.first):
            # "نفذت عائلة الرضيع "لؤي""، "رابطة أمهات المختطفين اليمنيين": the
            # words before a known name head the subject
            return phrase(s.doc, words, first, actor.last, actors)
        return actor
    return unknown_subject(s, words, first - 1, pos)


def _noun_run(words: list[Word], first: int, last: int) -> bool:
    """Words `first`..`last` are nouns of one phrase: no preposition, conjunction
    or punctuation between."""
    return all(
        (content_word(w) and not w.conj and not (j > first and w.prep)) or w.surface in QUOTE_MARKS
        for j, w in enumerate(words[first:last], first)
    )


def fronted(s: Scope, words: list[Word], actors: list[Actor], verb: int) -> Actor | None:
    """The subject told before a plural verb, right after the كان, أن or إن that
    opens its clause: "وكان الأساتذة الجامعيون بصفاقس نفذوا وقفة"، "أن أعوان
    النظافة ينفذون وقفة" ("أنهم نفذوا": the pronoun is the subject)."""
    opener = last_before(words, verb, _opens_clause, farthest=_FRONTED_REACH)
    if opener is None or has_enclitic(words[opener]):
        return None
    first = opener + 1
    while first < verb and words[first].surface in QUOTE_MARKS:
        first += 1
    end = first
    while (
        end < verb
        and end - first < _FRONTED_WORDS
        and (content_word(words[end]) or _of_counted_head(words, first, end))
        and not words[end].conj
        and not (end > first and words[end].prep)
        # "عددا من المحتجين": protesters are part of the subject, other triggers not
        and (s.participant(words[end]) or not s.lexicon.lookup(words[end].keys))
    ):
        end += 1
    if end == first or words[first].prep:
        return None
    return phrase(s.doc, words, first, end, actors)


def _of_counted_head(words: list[Word], first: int, i: int) -> bool:
    """The من after a counted head ("عددا من المحتجين"، "المئات من المواطنين")."""
    return i == first + 1 and words[i].keys[-1] == "من"


def _opens_clause(word: Word) -> bool:
    return is_kana(word) or bool(set(word.keys) & COMPLEMENTIZERS) or word.keys[-1] in ("ان", "إن")


def entrant(s: Scope, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The subject of "دخل … في" before the event noun: "دخل عمال المجمع الكيميائي
    بالمظيلة اليوم الاثنين في اعتصام مفتوح"، or before a plural one after كان or أن
    ("أن عمال الشركة دخلوا في إضراب")."""
    if pos < 2 or unjoined(words[pos - 1]) != "في":
        return None
    verb = last_before(words, pos - 1, verb_in(_ENTERING), farthest=_ENTERING_REACH)
    if verb is not None and has_pronoun_subject(words[verb]):
        return fronted(s, words, actors, verb)
    if verb is None or verb + 1 >= pos - 1:
        return None
    first = verb + 1
    while first < pos - 1 and _time_word(words, first):
        first += 1  # "دخل اليوم الجمعة 30 جانفي 2015 طلبة مدرسة": past the date
    actor = next((a for a in actors if first <= a.first and a.last < pos - 1), None)
    if actor is not None and not actor.is_place and actor.first == first:
        return actor
    return unknown_subject(s, words, first - 1, pos - 1)


def _time_word(words: list[Word], i: int) -> bool:
    """A word of a date told after a verb: a particle, a number or a month between two
    ("30 جانفي 2015"), not the persons counted after one ("دخل 11 شابا منهم")."""
    if not content_word(words[i]) or is_number(words, i):
        return True
    return i + 1 < len(words) and is_number(words, i - 1) and is_number(words, i + 1)


def participants(s: Scope, words: list[Word], pos: int) -> tuple[Mention | None, Mention | None]:
    """ "آلاف المتظاهرين … ضد X"، "المتظاهرون الإيرانيون": the participants, with
    their count and qualifiers, are the source; a target follows ضد/على/ب."""
    first = (
        pos - 1
        if pos > 0
        and (
            is_number(words, pos - 1)
            or (content_word(words[pos - 1]) and set(words[pos - 1].keys) & QUANTITIES)
        )
        else pos
    )
    last = pos + 1
    while (
        last < len(words)
        and last - pos <= 2
        and content_word(words[last])
        and definite(words[last]) == definite(words[pos])
        and agrees(words[last], words[pos])
        and not words[last].conj
        and not s.lexicon.lookup(words[last].keys)
    ):
        last += 1
    doc = s.doc
    start, end = stem_start(words[first].token), words[last - 1].token.end
    key = stem_key(doc, words[first].token, end)
    source = Mention(start, end, key, {"role": "OPP", "code": "OPP"})
    target = protest_target(words, s.actors, last, s.participant)
    return source, target.mention if target else None


def claimer(s: Scope, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The subject of the claiming verb before "مسؤوليتها عن" + trigger, without
    the word of responsibility."""
    verb = last_before(words, pos, verb_in(_CLAIMING), nearest=3, farthest=15)
    if verb is None:
        return None
    claim = pos - 2
    actor = next((a for a in actors if verb < a.first <= verb + 2 and a.first < claim), None)
    if actor is None:
        return unknown_subject(s, words, verb, claim)
    return actor if actor.last <= claim else phrase(s.doc, words, actor.first, claim, actors)


def blamed(s: Scope, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The one blamed for the act after "اللوم على … في" ("ألقت بريطانيا باللوم على
    روسيا في الهجوم"، "ألقي اللوم على الجماعة في سلسلة من التفجيرات"): whoever lays
    the blame is no party to the act, the one blamed is its alleged doer."""
    cue = last_before(words, pos, lambda w: w.keys[-1] in BLAME, 3, _BLAME_REACH)
    if cue is None or words[cue + 1].keys[-1] != "على":
        return None
    # The act follows في ("في الهجوم", "في سلسلة من التفجيرات"); without it the
    # blame is for something else ("باللوم على سياسة الحدود المفتوحة").
    end = next((j for j in range(cue + 3, pos) if words[j].keys[-1] == "في"), None)
    if end is None:
        return None
    actor = next((a for a in actors if a.first == cue + 2 and a.last <= end), None)
    return actor or unknown_subject(s, words, cue + 1, end)


def suspect_of(s: Scope, words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The one accused of the act ("واتهمت الدول الغربية روسيا بشن هجمات"، "اتهمت
    سوريا إسرائيل بالوقوف وراء قصف"، passive "اتهم النظام بتنفيذ الهجوم"): the actor
    right before the charge after a verb of accusing is the act's alleged doer,
    whoever accuses is no party to it. GSR coders call such a sentence no assault
    report, so only the sides change: an accused act is still found or not as before."""
    charge = next((j for j in range(pos, max(-1, pos - 3), -1) if charged(words[j])), None)
    if charge is None:
        return None
    accused = next(
        (
            a
            for a in actors
            if a.last == charge and not a.is_place and accuser_verb(words, a.first) is not None
        ),
        None,
    )
    return _without_accuser(s, words, accused, actors) if accused is not None else None


def accused_or_accuser(words: list[Word], accused: Actor, side: Actor) -> bool:
    """Whether `side` stands between the accusing verb and the charge: the accuser or
    the accused, neither of them the target of the act."""
    verb = accuser_verb(words, accused.first)
    return verb is not None and verb < side.first < accused.last


def _without_accuser(s: Scope, words: list[Word], accused: Actor, actors: list[Actor]) -> Actor:
    """ "واتهمت [روسيا التحالف الدولي] بقصف": one actor read over the accuser and the
    accused is cut where the accuser's name ends."""
    spans = [
        sp
        for sp in entity_spans(s.names.entities, words)
        if accused.first <= sp[0] and sp[1] <= accused.last
    ]
    cut = next((b[0] for a, b in itertools.pairwise(spans) if after_proper_name(a, b, words)), None)
    return accused if cut is None else phrase(s.doc, words, cut, accused.last, actors)


def held_responsible(words: list[Word], actors: list[Actor], pos: int) -> Actor | None:
    """The one a verb of `HOLDING` holds responsible for the act: the last actor before
    "مسؤولية" ("وحمّلت ماي روسيا مسؤولية الهجوم"، "تحمل روسيا المسؤولية عن الهجوم")."""
    resp = pos - 2 if pos > 1 and words[pos - 1].keys[-1] == "عن" else pos - 1
    if resp < 1 or not responsibility(words[resp]):
        return None
    verb = last_before(words, resp, verb_in(HOLDING), 1, HOLDING_REACH)
    if verb is None:
        return None
    return next((a for a in reversed(actors) if verb < a.first and a.last <= resp), None)


def named_parties(
    names: Names, words: list[Word], pos: int, ce: int, obj: int
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "لقاء بين وزيري الخارجية التركي مراد جاويش أوغلو و نظيره الأميركي مايك بومبيو"،
    "لقاء بين الزعيمين الكوري الشمالي كيم جونغ أون، ونظيره الجنوبي مون جاي-إن": two
    people named after بين and joined by و are the parties, whatever shared title
    comes before them (the title's own conjunct would split the phrase there)."""
    at = between_word(words, pos, ce, obj)
    if at is None:
        return None
    window = min(len(words), at + 1 + _BETWEEN_WINDOW)
    people = [
        (first, last)
        for first, last, e in entity_spans(names.entities, words)
        # A name that starts in the window is whole past it ("مون جاي-إن").
        if at < first < window and getattr(e, "label", "") == "PER"
    ]
    return next(
        (
            (p, q)
            for p, q in itertools.pairwise(people)
            if _counterpart_words(words[p[1] : q[0] + 1])
        ),
        None,
    )


def _counterpart_words(joint: list[Word]) -> bool:
    """ "[، ونظيره الأميركي م]ايك بومبيو": whether the words from the end of one person
    to the first word of the next join two parties: و (alone or on the next word), a
    comma before it, a counterpart noun and definite nationalities."""
    if joint[0].surface == "،":
        joint = joint[1:]
    if not joint or not (joint[0].conj or joint[0].surface == "و"):
        return False
    between = joint[:-1]
    keys = [k for w in between if (k := unjoined(w))]
    return len(between) <= 3 and all(k.startswith(("ال", "نظير")) for k in keys)


def first_person(
    direct: list[Quote], lexicon: TriggerLexicon, word: Word, trigger: Trigger
) -> bool:
    """A verb in the first person inside a direct quotation ("أدعو"، "نطالب"،
    "ندين"، "رفضنا"): its subject is the speaker ("I", "we"), not a noun after it.
    The imperfect أ/ن is the third person's ي form with another prefix; the
    perfect ـنا is the bare perfect with the ending."""
    if not any(q.start <= word.token.start < q.end for q in direct):
        return False
    form = match_key(word.surface)
    if word.conj:
        form = form[1:]
    if form == trigger.lemma or len(form) < 4:
        return False
    same = [trigger.lemma]
    if form[0] in "ان":
        lemmas = [t.lemma for t in lexicon.lookup(["ي" + form[1:]])]
        if lemmas[:1] == same:
            return not has_pronoun_subject(word)  # "ألقوا": a plural perfect
    return form.endswith("نا") and [t.lemma for t in lexicon.lookup([form[:-2]])][:1] == same


def spoken_sides(
    direct: list[Quote], names: Names, words: list[Word], actors: list[Actor], pos: int, ce: int
) -> tuple[Mention | None, Mention | None]:
    """Sides of a first-person verb: the quotation's speaker, and the first
    actor after the verb in its clause (its object). With no one named after it
    ("أطالب بحقوقي"، "نثمن هذه الزيارة") the act is the quotation's own, which
    the quotes layer holds: no event."""
    offset = words[pos].token.start
    quote = next(q for q in direct if q.start <= offset < q.end)
    obj = next((a for a in actors if pos < a.first and a.last <= ce and not a.is_place), None)
    if obj is None:
        return None, None
    source = names.named(quote.speaker) if quote.speaker else None
    target = names.named(obj.mention)
    return source, None if same_actor(source, target) else target


def denied(words: list[Word], pos: int, target: Mention) -> bool:
    """ "نفت أبل أن تكون التغييرات تهدف إلى إحباط القانون في الولايات المتحدة":
    a name inside the denied or refused "أن" clause is part of what is denied,
    not whom the denial answers."""
    first = next((j for j, w in enumerate(words) if w.token.end > target.start), len(words))
    if first >= len(words) or first <= pos or not complement_between(words, pos, first):
        return False
    # The denied clause's own subject ("نفى الأسد أن تكون روسيا على علم") is whom
    # the claim is about; a name after a preposition is only its setting.
    return has_prep_clitic(words[first]) or words[first - 1].keys[-1] in PREPOSITIONS


def launched_attack(words: list[Word], pos: int, trigger: Trigger) -> bool:
    """ "هاجم"، "شنّ … هجوما": an attack told as one someone made, not one named as a
    topic ("بسبب الهجمات")."""
    if trigger.kind != "verb":
        return False
    return trigger.lemma == "هاجم" or (
        trigger.lemma == "شن"
        and any(
            match_key(w.surface).startswith("هجوم")
            for w in words[pos + 1 : pos + 1 + LAUNCH_WINDOW]
        )
    )


def attack_in_words(
    names: Names, words: list[Word], pos: int, trigger: Trigger, sides: tuple[Mention | None, ...]
) -> bool:
    """ "وهاجم أردوغان في أكثر من مناسبة الولايات المتحدة"، "شنّ ترامب هجوما جديدا
    على حلفائه في حلف شمال الأطلسي": a named person who attacks a named state,
    body or person with no weapon told is a critic; armed attackers are groups
    or forces, or are told with their arms ("هجوما بغاز السارين")."""
    if not launched_attack(words, pos, trigger):
        return False
    source, target = sides
    if source is None or target is None:
        return False
    if "PER" not in names.labels_in(source) or not names.labels_in(target):
        return False
    near = words[max(0, pos - 3) : pos + 6]
    return not any(unjoined(w).removeprefix("ال").startswith(_ARMED_ATTACK) for w in near)


def ally_of(
    words: list[Word], trigger: Trigger, source: Mention | None, target: Mention | None
) -> bool:
    """Whether the ranker's target of an act of force follows its source across a bare
    "مع" ("شنت فرنسا مع الولايات المتحدة غارات"): an ally, as the rules read it."""
    if source is None or target is None or trigger.type not in FORCE:
        return False
    if trigger.lemma in CLASHES:
        return False
    i = next((k for k, w in enumerate(words) if w.token.start == target.start), None)
    return (
        i is not None
        and i >= 2
        and "مع" in words[i - 1].keys
        and words[i - 2].token.end == source.end
    )
