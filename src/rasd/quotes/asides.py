"""What may stand between a cue's subject and its content without being it: an aside
between commas, a relative clause on the subject, a place or occasion of speaking,
another cue that is no speech of its own.
"""

from __future__ import annotations

from rasd.quotes.clause_cuts import WHEN, opens_clause
from rasd.quotes.clues import ambiguous, hides_own_name, seat
from rasd.quotes.cue_complements import prepositional
from rasd.quotes.state import IN_IT, PARENTHESIS_MAX, RELATIVE_GENDER
from rasd.quotes.view import CueHit, DocView
from rasd.text.normalize import match_key


def after_parenthesis(v: DocView, start: int, end: int) -> int:
    """One past the comma that closes an aside opened by a comma just before
    `start`; -1 when there is none."""
    if not v.punct(start - 1, "،,"):
        return -1
    # "وقالت الفنانة، التي عرفت بتقديم برامج، إنها …"، "وقال المسؤول، الذي طلب عدم نشر
    # اسمه، إن …": the verb of a relative clause describes the speaker; with no
    # complementizer of its own, it reports nothing.
    relative = describes_subject(v, start)
    for j in range(start, min(end, start + PARENTHESIS_MAX)):
        if v.punct(j, "،,"):
            return j + 1
        hashtag = v.punct(j, "#")  # "، رئيس #بوركينافاسو،"
        if (
            (v.punct(j) and not hashtag)
            or v.complementizer(j)
            or (own_speech(v, j) and not relative)
        ):
            return -1
    return -1


def describes_subject(v: DocView, start: int) -> bool:
    """A relative clause opens at `start` whose verb has the noun before it as its
    subject: not "تصريحات كريغر، التي دعا فيها …" (statements in which he called)."""
    return (
        start < v.n
        and v.keys[start] in RELATIVE_GENDER
        and not (start + 2 < v.n and v.keys[start + 2] in IN_IT)
    )


def relative_on_subject(v: DocView, start: int, hit: CueHit, no_subject: bool) -> bool:
    """ "وذكر حنين الذي ينتمي إلى حزب "حداش" الشيوعي الإسرائيلي بأنها …": a relative
    clause on the subject of a cue of words.tsv `relative_cue` reads the cue as a verb,
    and the clause may run long before the content. The relative agrees with the verb
    (a plural after a verb in the singular): "وذكر في هذا الصدد مذكرة التفاهم التي …"
    names what he mentioned, not who spoke."""
    if no_subject or not describes_subject(v, start):
        return False
    gender = RELATIVE_GENDER[v.keys[start]]
    return v.lexicon.has("relative_cue", match_key(hit.form.lemma)) and (
        gender in (hit.form.gender, "p")
    )


def in_relative_aside(v: DocView, start: int, aside: int, i: int) -> bool:
    """Token i is inside a relative clause between commas right after the subject
    (see `after_parenthesis`)."""
    return start <= i < aside and describes_subject(v, start)


def own_speech(v: DocView, j: int) -> bool:
    """A cue between a speaker and its content is speech of its own, unless it is a
    common word right after a noun ("على صفحته عبر موقع فيسبوك": عبر is "via";
    "مسؤول طلب عدم الكشف عن هويته": a relative clause of the speaker's)."""
    hit = v.cue(j)
    return (
        hit is not None
        and not _common_word_after_noun(v, j, hit)
        and not seat(v, j, hit)
        and not hides_own_name(v, j)
        and not _describes_statement(v, j, hit)
    )


def _describes_statement(v: DocView, j: int, hit: CueHit) -> bool:
    """ "وقالت الوزارة في بيان أوردته وكالة الأنباء الرسمية إن …"، "وأكد الزبير، في
    تصريحات نقلتها وكالة الأنباء السودانية، أن …": a cue with the pronoun of the
    statement noun before it is a relative clause that tells where it was read."""
    return hit.has_object and v.is_("situation", j - 1) and not v.is_("time", j - 1)


def _common_word_after_noun(v: DocView, j: int, hit: CueHit) -> bool:
    return (
        ambiguous(v, hit)
        and v.word(j - 1)
        and not v.is_("function", j - 1)
        and not opens_clause(v, j)
    )


BRACKET_MAX = 8  # tokens inside a parenthesis that closes the subject


def after_bracket(v: DocView, cue: int, start: int, end: int, hit: CueHit) -> int:
    """ "وأعربت منظمة الصحة العالمية (WHO) عن قلقها"، "ودعت هيومن رايتس ووتش (HRW)
    إلى …": one past a parenthesis that closes the subject (its acronym, a translation,
    an age), where the cue's preposition may stand as right after the subject; -1 when
    there is none. The speaker phrase may take in the words inside and stop at its close.
    The ranker reads a phrase as the verb's object only where the preposition follows
    it at once, so a verb that never goes without its object is left out ("واتهم فيليبو
    لومباردي (20 عاما) باللجوء إلى العنف": he was charged), and one that may take an
    object has its subject after it only when the verb opens the clause ("وكان ترامب
    قد طالب منظمة … (أوبك) بخفض" names whom he asked)."""
    if "M" in hit.form.takes or ("O" in hit.form.takes and not _verb_first(v, cue, hit)):
        return -1
    if v.punct(start, ")"):
        opened = any(v.punct(j, "(") for j in range(max(0, start - BRACKET_MAX), start))
        return start + 1 if opened else -1
    if not v.punct(start, "("):
        return -1
    for j in range(start + 1, min(end, start + BRACKET_MAX + 1)):
        if v.punct(j, ")"):
            return j + 1 if j > start + 1 else -1
        if v.punct(j) or v.complementizer(j) or j in v.region_at:
            return -1
    return -1


def _verb_first(v: DocView, cue: int, hit: CueHit) -> bool:
    """The cue opens its clause, so the phrase after it is its subject (a participle
    takes its speaker from the clause, and the phrase is its object): joined by و/ف,
    first in its sentence, after "كما"/"ثم"/"حيث" or "حين"/"بعدما" ("بعدما حذرت
    المنظمة …"), or after a "قد" that opens the clause itself ("وقد دعت …", not "وكان
    ترامب قد طالب …"). Not after a comma: "الجامعة العربية التي …، طالبت الاتحاد
    الدولي (الفيفا) بـ" names whom the League asked."""
    before = cue - 1
    if before >= 0 and v.keys[before] == "قد":
        return _verb_first(v, before, hit)
    return (
        hit.form.participle  # "داعيا الحكومة (…) إلى": its speaker is the clause's
        or bool(v.proclitics[cue])
        or cue == 0
        or v.punct(before, ".!?؟:")
        or v.keys[before] in _VERB_OPENERS
    )


# "كما دعت …"، "حيث طالبت …"، "بعدما حذرت …": words before a verb that opens a clause.
_VERB_OPENERS = WHEN | frozenset({"كما", "ثم", "حيث"})


PLACE_MAX = 3  # words of a short place phrase between the subject and the complement


def after_place(v: DocView, start: int, end: int) -> int:
    """ "وأعرب قادة بارزون في المنطقة عن اعتراضهم": past a short phrase of place or
    occasion after the subject, where the cue's preposition may stand; -1 when none."""
    if start >= end or v.keys[start] not in ("في", "خلال", "امام"):
        return -1
    j = start + 1
    while j < end and j - start <= PLACE_MAX and v.word(j) and not v.is_("function", j):
        j += 1
    return j if j > start + 1 else -1


SITUATION_REACH = 10  # tokens of "في بيان مشترك عقب القمة" before the cue's preposition


def after_situation(v: DocView, start: int, end: int, takes: frozenset[str]) -> int:
    """ "وتعهد الزعيمان في بيان مشترك عقب القمة بالعمل نحو …"، "تعهدوا في مؤتمر في
    بروكسل نهاية نيسان الماضي بتقديم …": past the occasion of speaking (في/خلال and a
    word of the `situation` list), the first preposition the cue takes; -1 when none.
    The occasion holds no punctuation, complementizer, quotation or cue of its own."""
    if start + 1 >= end or v.keys[start] not in ("في", "خلال") or not v.is_("situation", start + 1):
        return -1
    explicit = takes - {"N", "F"}
    for j in range(start + 2, min(end, start + SITUATION_REACH + 1)):
        stop = v.punct(j) and not v.punct(j, "/")  # "نهاية نيسان/أبريل الماضي"
        if stop or j in v.region_at or v.complementizer(j) or v.cue(j) is not None:
            return -1
        if prepositional(v, j, explicit, False):
            return j
    return -1
