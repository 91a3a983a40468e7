"""What the clause's subject called something: "ضد من وصفهم بالإرهابيين", "لمواجهة ما
وصفه بالعدوان", "طالبت قطر، الثلاثاء، من وصفتهم بدول الحصار".

A cue with an object pronoun right after the relative "ما" or "من" has no subject of its
own written after it; the one who called the thing so is the subject of the verb whose
object the relative is: the verb that opens the clause, not a verb of a relative clause
("تيار المستقبل الذي يرأسه الحريري") nor a verbal noun ("ستواصل دعم الجيش"). Before,
such a cue fell back on the previous speaker of the article.
"""

from __future__ import annotations

from rasd.quotes.clues import ambiguous, finite_verb, speaks
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.subjects import subject_before
from rasd.quotes.view import CueHit, DocView

CALLED_REACH = 25  # tokens back from the relative to the verb it is the object of

# Prepositions after which a verb's form is its verbal noun ("من إنقاذ"، "في دعم").
NOUN_AFTER = frozenset(
    {"من", "في", "على", "الى", "عن", "مع", "ضد", "بعد", "قبل", "حول", "دون", "خلال", "منذ"}
)


def called_by(v: DocView, k: int, hit: CueHit) -> Phrase | None:
    """The subject of the verb before "ما/من + cue with an object pronoun" at k, when
    the verb opens its clause and agrees with the cue in gender; None when another
    reading is due."""
    if hit.form.participle or not hit.has_object or k < 2:
        return None
    if not v.is_("called_by_what", k - 1) or v.proclitics[k]:
        return None
    s = v.sent_of[k]
    if s < 0:
        return None
    start = v.sent_bounds[s][0]
    for j in range(k - 2, max(start, k - CALLED_REACH) - 1, -1):
        if v.punct(j, ":") or v.complementizer(j) or _bare(v.keys[j]) == "ان":
            return None  # what someone said, or a clause of its own, has its own subject
        if j in v.region_at or not _verb(v, j, start):
            continue
        if v.proclitics[j][-1:] in ("ب", "ل", "ك") or v.keys[j - 1] in NOUN_AFTER:
            continue  # "برفع"، "من إنقاذ": a verbal noun
        if v.keys[j - 1] in RELATIVES:
            continue  # "الذي يرأسه": the relative clause's verb, inside the object
        if v.complementizer(j - 1):
            return None  # "أنه سيصعد الهجمات": the pronoun is the subject, then the object
        after = noun_phrase(v, j + 1, k - 1) if _opens_clause(v, j, start) else None
        before = subject_before(v, j)
        if after is not None and _names_someone(v, after):
            # "وفي تعقيبه على رد وزير التربية، شدد النائب …": the verb opening its
            # clause has its subject after it.
            subject = after
        elif before is not None and _right_before(v, before, j):
            # "الحرس الثوري شن هجوما": with its subject before it, what follows the
            # verb is its object.
            subject = before
        else:
            continue  # "روسيا ستواصل دعم الجيش": a verbal noun after the subject's verb
        if subject is None or not _names_someone(v, subject):
            continue
        if subject.name is None and subject.end < v.n and v.entity_label(subject.end):
            return None  # "رئيس نادي | الزمالك مرتضى منصور": the phrase was cut short
        return subject if _called_agrees(v, j, hit.form.gender) else None
    return None


def _bare(key: str) -> str:
    """A key without a leading conjunction ("وان")."""
    return key[1:] if key[:1] in ("و", "ف") and len(key) > 2 else key


def _verb(v: DocView, j: int, first: int) -> bool:
    """A finite verb, or a cue that opens the sentence even where it could be read as a
    noun or preposition ("طالبت قطر"، "عبر رئيس النادي عن أسفه"; not "، عبر التلفزيون")."""
    if v.is_("time", j):
        return False  # "، فجر الإثنين،": dawn, not "blew up"
    if finite_verb(v, j):
        return True
    hit = v.cue(j)
    if hit is None or hit.form.participle or v.definite[j]:
        return False
    return not ambiguous(v, hit) or j == first


_BEFORE_VERB = frozenset({"قد", "لقد", "وقد", "فقد"})


def _right_before(v: DocView, subject: Phrase, j: int) -> bool:
    """The subject ends right before the verb, a comma, "قد" or a place aside ("وكان
    أردوغان قد هاجم")."""
    gap = range(subject.end, j)
    if len(gap) == 2 and v.keys[subject.end] in ("في", "من"):
        return True  # "الحرس الثوري في البلاد شن": where the subject is from
    return all(v.punct(i, "،,") or v.keys[i] in _BEFORE_VERB for i in gap)


def _opens_clause(v: DocView, j: int, first: int) -> bool:
    """The verb opens its sentence or clause: first, after a comma, a conjunction or an
    opener ("بينما"، "وقد")."""
    if j <= first or v.punct(j - 1, "،,") or v.proclitics[j][:1] in ("و", "ف"):
        return True
    return v.is_("opener", j - 1)


def verb_gender(v: DocView, j: int) -> str | None:
    """The gender a verb's form shows: a past in ت feminine ("طالبت"), in وا or ون
    plural, a present in ي or a bare past masculine ("دفع"، "حدده"); None for a form
    in ت, ن or أ first ("تحدث" is a masculine past as often as "تَحدُث" a feminine
    present)."""
    stem = v.stems[j]
    if stem.endswith(("وا", "ون")):
        return "p"
    if stem.endswith("ت"):
        return "f"
    return None if stem[:1] in ("ت", "ن", "ا", "أ") else "m"


def verb_agrees(v: DocView, j: int, gender: str) -> bool:
    """A verb agrees with a cue's gender, where its form shows one."""
    form = verb_gender(v, j)
    return form is None or form == gender or "p" in (form, gender)


def _called_agrees(v: DocView, j: int, gender: str) -> bool:
    """As `verb_agrees`, with a present in ت feminine ("تشن"): where the form is
    unsure the earlier reading stands."""
    form = verb_gender(v, j)
    if form is None:
        form = "f" if v.stems[j].startswith("ت") else "m"
    return form == gender or "p" in (form, gender)


def _names_someone(v: DocView, phrase: Phrase) -> bool:
    """A speaker phrase, a tagged name, or a definite body ("القوات الحكومية"); not an
    untagged word that may be a verb ("سيعاود")."""
    named = any(v.entity_label(i) is not None for i in range(phrase.start, phrase.end))
    return speaks(v, phrase) or named or v.definite[phrase.start]
