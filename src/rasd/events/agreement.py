"""Whether the actor right after a verb can be its subject by gender: a masculine
singular verb ("وطالب"، "يطالب") does not agree with a feminine body or place
("الحكومة المصرية"، "وزارة الخارجية"، "الولايات المتحدة"), whose verb would be
feminine ("طالبت"، "تطالب"). Such an actor is the verb's object, and its
subject was dropped or stands before it (evaudit5: "وطالب الحكومة المصرية …
بمخاطبة" read the addressee as the one who asked)."""

from __future__ import annotations

from rasd.events.clauses import Clause
from rasd.events.phrases import PREPOSITIONS, RELATIVES, content_word, has_pronoun_subject
from rasd.events.sentence import WORD_LISTS
from rasd.events.sides import Actor
from rasd.text.normalize import match_key

# Nouns ending in ة that name men ("قادة"، "الطلبة"); a man's name ending in ة
# ("حمزة") is labelled PER.
_MASCULINE_TA = WORD_LISTS.words("masculine_ta")


def masculine_verb(c: Clause) -> bool:
    """A third-person masculine singular verb: present with ي ("يطالب"، "سيزور"),
    or past with no feminine ت ("انتقد"، "أدان"; a first person "أطالب" is rare in
    an event's sentence). A past verb opening with ت ("تبنى") looks like a feminine
    present and is left alone."""
    word = c.words[c.pos]
    if has_pronoun_subject(word):
        return False
    verb = word.keys[-1].removeprefix("و").removeprefix("ف")
    if verb.endswith("ة"):
        return False  # a verbal noun ("مطالبة إدارة النادي"): its genitive may do it
    if verb.startswith(("ي", "سي")):
        return True
    return not verb.startswith("ت") and not verb.endswith("ت") and _verbal_place(c)


def _verbal_place(c: Clause) -> bool:
    """Whether a bare past form stands where a verb does: joined by و/ف, opening the
    sentence or after a particle ("كما طالب"). After a noun, verb or preposition it
    may be the verbal noun, whose genitive is its doer ("وجدد رفض السعودية"، "بناء
    على طلب الولايات المتحدة")."""
    if c.words[c.pos].conj or c.pos == 0:
        return True
    prev = c.words[c.pos - 1]
    if prev.keys[-1] in RELATIVES:
        return False  # "هيكل الذي هاجم السعودية": the relative clause rule reads it
    return not (content_word(prev) or prev.prep or match_key(prev.surface) in PREPOSITIONS)


def feminine_body(c: Clause, actor: Actor) -> bool:
    """An actor no person's name, whose head ends in ة and names no men, or a place
    in ات ("الإمارات")."""
    label = c.scope.names.label(actor.mention)
    if label == "PER":
        return False
    head = match_key(c.words[actor.first].surface).removeprefix("و")
    if head.removeprefix("ال") in _MASCULINE_TA:
        return False
    return head.endswith("ة") or (label == "LOC" and head.endswith("ات"))


def disagrees(c: Clause, actor: Actor) -> bool:
    """Whether the actor after the verb cannot be its subject by gender."""
    return masculine_verb(c) and feminine_body(c, actor)
