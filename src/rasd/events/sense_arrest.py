"""Stopping that is an arrest: "أوقفت الشرطة الفرنسية فتى"، "تمكنت الوحدات من إيقاف 6
عناصر"، "سارعت السلطات التركية إلى توقيف سيدة"، "تم إيقافهم" (issue 13, evarrest).

In the Maghrebi and Levantine news "أوقف"، "إيقاف" and "توقيف" with a person as object
arrest them (PLOVER COERCE, like "اعتقل"); with anything else they stop it: a ceasefire
("إيقاف إطلاق النار"), a match, a service, a project, a car, the traffic, aid (the
SANCTION rows of `triggers.tsv` take "أوقف المساعدات"). A person kept from work or play
("أوقف عن العمل"، "إيقاف اللاعب ستة أشهر") is suspended, not arrested. So the COERCE rows
of these words count only with positive evidence of a person stopped: a people word of
`arrested_people` as the object, or a plural pronoun (which Arabic keeps for people,
"توقيفهم"), or a singular one after a passive auxiliary ("تم إيقافه"). Precision
first: a name alone as the object is not read (a place name looks the same to the
trigger finder), nor the passive "الرجل الذي أوقف أمس".

The unvowelled arresting verb is as often the passive ("واعتقل الشقيقان خالد خياط"، "أن
ستة أشخاص على الأقل اعتقلوا للاشتباه"), whose subject is the one held, not the arrester
(evcoerce): `held_subject`, `held_before`.
"""

from __future__ import annotations

from rasd.document import Document, Mention
from rasd.events.count_phrases import is_count
from rasd.events.lexicon import Trigger
from rasd.events.phrases import PREPOSITIONS, RELATIVES, has_enclitic, has_pronoun_subject
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, bare, unjoined
from rasd.events.sides import Actor

_PEOPLE = WORD_LISTS.words("arrested_people")
_FORCES = WORD_LISTS.words("stopping_forces")
_SUSPENDED_FROM = WORD_LISTS.words("suspended_from")
_PAPERS = WORD_LISTS.words("arrest_papers")
_PASSIVE_AUX = WORD_LISTS.words("passive_aux")
_HELD_VERBS = WORD_LISTS.words("held_verbs")
_STOPS = PREPOSITIONS | RELATIVES
# The lemmas (match keys) whose COERCE reading this module decides.
_ARREST_WORDS = frozenset({"اوقف", "ايقاف", "توقيف"})
# How far after the verb its object may stand, past a subject ("أوقفت الوحدة الوطنية
# للأبحاث في جرائم الإرهاب التابعة للحرس الوطني، 30 عنصرا" is cut by its comma).
_VERB_REACH = 8
# How far a suspension's "عن" may follow ("إيقاف مسؤول بالمندوبية الجهوية للتربية
# بالمنستير عن العمل").
_SUSPENSION_REACH = 8
# Words between a verbal noun and its counted object ("إيقاف عدد 107 أشخاص"، "إيقاف
# مجموعة من الأشخاص").
_COUNT_WORDS = frozenset({"عدد", "مجموعة", "من"})
_PEOPLE_PRONOUNS = ("هم", "هما", "هن")
# Switches for `benchmarks/event_diff.py`.
ARRESTS_READ = True
HELD_SUBJECTS = True


def arrest_word(trigger: Trigger) -> bool:
    """Whether the trigger is the arrest reading of "أوقف"، "إيقاف" or "توقيف"."""
    return trigger.type == "COERCE" and trigger.lemma in _ARREST_WORDS


def not_arrest(words: list[Word], i: int, trigger: Trigger) -> bool:
    """Whether the arrest word at `i` (`arrest_word`) stops a thing, or suspends a
    person, rather than arresting someone."""
    if not ARRESTS_READ:
        return True
    if i and bare(words[i - 1]) in _PAPERS:
        return True  # "محضر إيقاف مفتش عنه"، "مذكرة التوقيف": a paper, no arrest done
    if suspended(words, i):
        return True
    if has_enclitic(words[i]):
        return not _pronoun_person(words, i)
    if trigger.kind == "verb":
        return not _object_person(words, i)
    return held_at(words, i) < 0


def suspended(words: list[Word], i: int) -> bool:
    """ "أوقف عن العمل"، "إيقاف مينو رايولا عن أي نشاط": kept from work, a suspension."""
    for j in range(i + 1, min(len(words) - 1, i + 1 + _SUSPENSION_REACH)):
        if words[j].surface in BOUNDARY:
            return False
        if unjoined(words[j]) == "عن" and bare(words[j + 1]) in _SUSPENDED_FROM:
            return True
    return False


def _pronoun_person(words: list[Word], i: int) -> bool:
    """ "تم توقيفهم"، "لايقافهما": a plural pronoun is people; a singular one ("تم
    إيقافه"، "وإيقافها") only after a passive auxiliary, where a thing is seldom told."""
    if unjoined(words[i]).endswith(_PEOPLE_PRONOUNS):
        return True
    return i > 0 and unjoined(words[i - 1]) in _PASSIVE_AUX


def held_at(words: list[Word], i: int) -> int:
    """Where the people word the verbal noun at `i` governs stands: right after it,
    past a count ("إيقاف شاب"، "إيقاف 700 شخص"، "إيقاف عدد 107 أشخاص"), or -1."""
    for j in range(i + 1, min(len(words), i + 4)):
        if is_count(words, j) or unjoined(words[j]) in _COUNT_WORDS:
            continue
        return j if bare(words[j]) in _PEOPLE else -1
    return -1


def _object_person(words: list[Word], i: int) -> bool:
    """A people word after the verb, before any preposition or relative (past them a
    people word is another phrase's: "أوقفت تونسيا يشتبه في انتمائه إلى تنظيم إرهابي"),
    that does not head the force that stops ("أوقفت عناصر الأمن"): "أوقفت الشرطة
    الفرنسية فتى"."""
    for j in range(i + 1, min(len(words), i + 1 + _VERB_REACH)):
        if words[j].surface in BOUNDARY or unjoined(words[j]) in _STOPS:
            return False
        if bare(words[j]) in _PEOPLE:
            return not (j + 1 < len(words) and bare(words[j + 1]) in _FORCES)
    return False


def held_subject(
    doc: Document,
    words: list[Word],
    pos: int,
    trigger: Trigger,
    source: Actor | None,
    target: Actor | None,
) -> bool:
    """Whether the source read for the arresting verb at `pos` is the one held: the
    verb is then the unvowelled passive. A person's name with no object after the
    singular verb ("واعتقل محمد مرسي في يوليو"; an authority arrests, a person is
    arrested), or the people before a plural verb with no object after it ("ستة
    أشخاص على الأقل اعتقلوا للاشتباه"، "أميركيين اثنين … اعتقلا لمدة عامين"), unless
    they head a force ("عناصر الأمن")."""
    if not HELD_SUBJECTS or source is None or trigger.kind != "verb":
        return False
    if trigger.type != "COERCE" or trigger.lemma not in _HELD_VERBS or has_enclitic(words[pos]):
        return False
    if has_pronoun_subject(words[pos]):
        return _objectless(words, pos) and source.last <= pos and not _heads_force(words, source)
    return target is None and _person(doc, source)


def held_before(words: list[Word], pos: int, trigger: Trigger, target: Mention | None) -> bool:
    """ "عشرة من موظفيهما اعتقلوا في غرب بورما": the held stand before the plural
    passive, whose arrester is untold, so none is carried from an earlier sentence."""
    return (
        HELD_SUBJECTS
        and trigger.type == "COERCE"
        and trigger.lemma in _HELD_VERBS
        and target is not None
        and target.end <= words[pos].token.start
        and has_pronoun_subject(words[pos])
        and _objectless(words, pos)
    )


def _objectless(words: list[Word], pos: int) -> bool:
    """Nothing but a preposition, a punctuation mark or the end after the verb: "قد
    اعتقلوا في"، "اعتقلا لمدة عامين", where an active verb has its object ("مقاتلين من
    تنظيم داعش اعتقلوا الفتاة")."""
    if pos + 1 >= len(words):
        return True
    after = words[pos + 1]
    return after.surface in BOUNDARY or after.prep or unjoined(after) in PREPOSITIONS


def _person(doc: Document, actor: Actor) -> bool:
    """A name the entity layer reads as a person."""
    start = actor.mention.start
    return any(e.label == "PER" and e.start <= start < e.end for e in doc.entities or [])


def _heads_force(words: list[Word], actor: Actor) -> bool:
    """ "عناصر الأمن"، "رجال الشرطة": the actor, or the word it governs, is a force."""
    return any(bare(w) in _FORCES for w in words[actor.first : actor.last + 1])
