"""Whom it was done to, and who is no side: a target after the source, a partner,
a protest's target and whom a march supports, the cues of blame and accusation
("حمّل … المسؤولية"، "اتهم … بـ"), and the hearers of a statement ("قال لرويترز")
and the teller of facts ("حسب مراسل الجوهرة"), who are no side of any act.
"""

from __future__ import annotations

from collections.abc import Callable

from rasd.document import Document, Mention
from rasd.events.phrases import COMPLEMENTIZERS, has_prep_clitic, last_before, verb_in
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word, unjoined
from rasd.events.sides import Actor
from rasd.text.normalize import match_key


def target_after(
    words: list[Word], after: list[Actor], source: Actor | None, pos: int
) -> Actor | None:
    rest = [a for a in after if source is None or a.first >= source.last]
    if source is not None and source.first < pos:
        rest = [a for a in after if a.first > pos]
    for a in rest:
        if a is source:
            continue
        if source is not None and a.first == source.last and words[a.first].conj:
            continue  # "قصفت قوات الشرعية [ومقاتلات التحالف]": a second subject
        return a
    return None


def with_source(words: list[Word], source: Actor, target: Actor) -> bool:
    """Whether `target` follows `source` across a bare "مع"."""
    return target.first == source.last + 1 and "مع" in words[source.last].keys


def partner_position(words: list[Word], source: Actor, target: Actor) -> bool:
    """A partner of a meeting or agreement follows "مع"/"ب" or comes as a direct
    object right after the source."""
    if target.first == source.last:
        return True
    prev = words[target.first - 1] if target.first > 0 else None
    if prev is not None and set(prev.keys) & {"مع", "بين"}:
        return True
    word = words[target.first]
    return has_prep_clitic(word) and unjoined(word)[:1] == "ب"


AGAINST = WORD_LISTS.words("against")
SUPPORTING = WORD_LISTS.words("supporting")


def supported(words: list[Word], actor: Actor) -> bool:
    """ "دعما لباشينيان"، "تضامنا مع الشعب": whom a march supports is no target."""
    return any(w.keys[-1] in SUPPORTING for w in words[max(0, actor.first - 2) : actor.first])


_TOWARDS = WORD_LISTS.words("towards")


def protest_target(
    words: list[Word], actors: list[Actor], start: int, skip: Callable[[Word], bool]
) -> Actor | None:
    """The actor after `start` that a protest is aimed at: first one after ضد/
    المناهضة/مطالبين…, else one after على/أمام… or joined to ب/ل ("ينددون بالحكومة").
    Actors whose first word `skip` accepts (the protesters themselves) are passed."""
    candidates = [
        a
        for a in actors
        if a.first >= start
        and not a.is_place
        and not skip(words[a.first])
        and not supported(words, a)
    ]
    for cues, clitic in ((AGAINST, False), (_TOWARDS, True)):
        for a in candidates:
            before = words[max(start, a.first - 2) : a.first]
            if any(set(w.keys) & cues for w in before) or (clitic and words[a.first].prep):
                return a
    return None


def against_cued(words: list[Word], first: int) -> bool:
    """Whether an actor at `first` follows one of the words a protest or act is aimed
    with ("ضد الغارات [الإسرائيلية]"، "مناهضة للصين"), within two words."""
    return any(set(w.keys) & AGAINST for w in words[max(0, first - 2) : first])


# The blame laid on someone for an act ("باللوم على روسيا في الهجوم").
BLAME = WORD_LISTS.words("blame")
# Verbs holding someone responsible for an act ("حمّلت ماي روسيا مسؤولية الهجوم").
HOLDING = WORD_LISTS.words("holding")
# Words from the verb holding someone responsible to the one it holds.
HOLDING_REACH = 6
# Verbs of accusing someone of an act ("اتهمت روسيا التحالف بقصف مستشفى").
ACCUSING = WORD_LISTS.words("accusing")
# Words carrying the charge onto the act's noun ("بشن هجوم"، "بتنفيذ الهجوم").
CHARGE = WORD_LISTS.words("charge")
# Words from the accusing verb to the charge: its subject, then the accused.
ACCUSED_REACH = 8


def blame_cued(words: list[Word], first: int, last: int) -> bool:
    """Whether the actor `first`..`last` is the one blamed: right after "اللوم على", or
    held responsible, right before "مسؤولية" after a verb of `HOLDING`."""
    if first >= 2 and words[first - 1].keys[-1] == "على" and words[first - 2].keys[-1] in BLAME:
        return True
    return (
        last < len(words)
        and responsibility(words[last])
        and last_before(words, first + 1, verb_in(HOLDING), 1, HOLDING_REACH) is not None
    )


def accused_cued(words: list[Word], first: int, last: int) -> bool:
    """Whether the actor `first`..`last` is the one accused of an act: right before
    the charge after a verb of `ACCUSING` ("اتهمت روسيا [التحالف الدولي] بقصف")."""
    return last < len(words) and charged(words[last]) and accuser_verb(words, first) is not None


def charged(word: Word) -> bool:
    """The word the charge of an accusation starts on: a noun with ب ("بقصف"،
    "باستهداف") or a word carrying it onto the act ("بشن"، "بتنفيذ")."""
    return word.keys[-1] in CHARGE or (word.prep and word.keys[0].startswith("ب"))


def accuser_verb(words: list[Word], first: int) -> int | None:
    """Position of the accusing verb whose object may start at `first` ("اتهمت روسيا
    [التحالف]"، "متهمة [إياه]")."""
    return last_before(words, first, verb_in(ACCUSING), 1, ACCUSED_REACH)


def responsibility(word: Word) -> bool:
    return any(k.startswith(("مسؤولي", "المسؤولي")) for k in word.keys)


_MEDIA_HEADS = WORD_LISTS.words("media") - {"برنامج"}  # "للبرنامج النووي" is a target
_AUDIENCES = WORD_LISTS.words("audiences")
# "في تصريح لجوهرة "اف ام""، "لموزاييك": a radio station is told to like a media head.
_TOLD_HEADS = _MEDIA_HEADS | WORD_LISTS.words("stations")
_HEARERS = _TOLD_HEADS | _AUDIENCES  # built once: `audience` runs for every side
# Quotation marks around an outlet's name ("ل"الجوهرة أف أم""): the name is read without them.
_NO_QUOTES = str.maketrans("", "", '"«»“”')
_TOLD_WORDS = {"مع", "ل"}  # "في مقابلة مع صحيفة …"، "في حديث لـ قناة …"


def _told(words: list[str]) -> bool:
    """Whether the words just before a name end in ل or مع ("لـ"، "ولـ"، "مع")."""
    return bool(words) and (words[-1].removeprefix("و") in _TOLD_WORDS)


def _told_head(before: list[str]) -> bool:
    """Whether the word before a name is a media head told to ("لصحيفة ميل أون صنداي"،
    "مع صحيفة ميل أون صنداي")."""
    if not before:
        return False
    head = before[-1][1:] if before[-1].startswith("ول") else before[-1]
    if "وكالة" in head:  # "لوكالة الطاقة الذرية": the agency may be acted upon
        return False
    if head.startswith("ل") and head[1:].removeprefix("ال") in _TOLD_HEADS:
        return True
    return head.removeprefix("ال") in _TOLD_HEADS and _told(before[:-1])


# "بحسب مصدر أمني"، "وفقا لدبلوماسي": words that attribute the facts told.
_ATTRIBUTING = WORD_LISTS.words("attributing")
# "وفقا لما ذكرته"، "وفق ما نقلت": the relative after a whole-word attributing word.
_REPORTED = WORD_LISTS.words("attribution_relatives")
# Off, an attributing word is read only without a joined و, which loses "وفقا" and "وفق"
# (`benchmarks/event_diff.py rasd.events.side_targets WHOLE_WORD False True`).
WHOLE_WORD = True
# How far after such a word its teller may stand ("حسب ما أكده مصدر أمني لمراسل
# الجوهرة اف ام").
_ATTRIBUTION_REACH = 9


def attribution_word(words: list[Word], actor: Actor) -> int | None:
    """Where the attributing word stands before an actor that tells the facts of the
    sentence ("حسب مراسل الجوهرة"، "بحسب ما أعلنته وزارة الداخلية"، "وفق ما صرح به عدد
    منهم"): the teller is no side of what it tells. None when the actor tells nothing."""
    for j in range(actor.first, max(-1, actor.first - 1 - _ATTRIBUTION_REACH), -1):
        if words[j].surface in BOUNDARY:
            return None
        if j < actor.first and unjoined(words[j]).removeprefix("ف") in COMPLEMENTIZERS:
            return None  # "بحسب مصادر فإن مسلحين هاجموا": the told clause has begun
        if _attributing(words, j):
            return j
    return None


def _attributing(words: list[Word], j: int) -> bool:
    """Whether the word at `j` attributes the facts told. "وفقا" and "وفق" begin with a
    و of their own, which `unjoined` strips: read whole, they attribute only before the
    relative of a reporting frame ("وفقا لما ذكرته وكالة"، "وفق ما نقلت"), not as "in
    keeping with" ("وفقا للمعايير الدولية"، "وفق برنامجهم")."""
    if unjoined(words[j]) in _ATTRIBUTING:
        return True
    return (
        WHOLE_WORD
        and match_key(words[j].surface) in _ATTRIBUTING
        and j + 1 < len(words)
        and match_key(words[j + 1].surface) in _REPORTED
    )


def tells(attribution: int | None, actor: Actor, pos: int) -> bool:
    """Whether the actor tells the act at `pos`: it is attributed, and the act does not
    stand between the attributing word and the actor."""
    return attribution is not None and not attribution <= pos < actor.first


def audience(doc: Document, m: Mention) -> bool:
    """Whether a side is whom words were told: a media outlet or reporters after ل or
    مع ("قال لرويترز"، "في مقابلة مع صحيفة ميل أون صنداي"، "قال للصحفيين"). They hear
    what is said; they are not what it is aimed at."""
    names = match_key(doc.text[m.start : m.end].translate(_NO_QUOTES)).split()
    if not names:
        return False
    text = doc.text[max(0, m.start - 40) : m.start].translate(_NO_QUOTES)
    before = match_key(text).split()
    if text and not text[-1].isspace() and before:
        # the name starts inside a word: "لرويترز" read as "رويترز"
        names[0] = before.pop() + names[0]
    head = names[0][1:] if names[0].startswith("ول") else names[0]  # "ولرويترز", not "وكالة"
    if _told_head(before):
        return True
    if head.startswith("لل"):  # ل + ال joined: "للصحفيين"
        head, told = head[2:], True
    elif head.startswith("ل") and head[1:].removeprefix("ال") in _HEARERS:
        head, told = head[1:], True
    else:
        told = _told(before)
    head = head.removeprefix("ال")
    if not told or head not in _HEARERS:
        return False
    # "للوكالة الدولية للطاقة الذرية" is an agency acted upon; a news agency is told
    # ("لوكالة تونس افريقيا للأنباء").
    return head != "وكالة" or any(w.endswith("انباء") for w in names[1:4])
