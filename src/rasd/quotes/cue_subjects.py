"""The speaker phrase around a cue, where it differs from the phrase after the verb:
a subject no word list knows ("يقول كلاين إنه"), a title apposed after the name, the
body after a title's "بـ", the holder named after a description, a subject before
"قد" or a relative clause (the phrase after the verb is then the object), and an
addressee read as the subject. Subjects before the verb in general are subjects.py's.
"""

from __future__ import annotations

from rasd.quotes.circumstances import skip_adverbials
from rasd.quotes.fronted_subjects import fronted_subject
from rasd.quotes.lexicon import DEMONSTRATIVES, RELATIVES
from rasd.quotes.phrase_objects import plural_then_title
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.state import KANA
from rasd.quotes.subjects import subject_before
from rasd.quotes.view import CueHit, DocView

APPOSED_TITLE_REACH = 12  # tokens of a title between commas after the speaker's name
_NAME_MARKS = '"«»“”'


def past_apposed_title(v: DocView, p: int, end: int, hit: CueHit) -> int:
    """ "ودعا نيكولاي ملادينوف، المنسق الخاص لعملية السلام …، إلى التنديد": a title
    (or a definite description) between commas after the name is the speaker's; read as
    whom he called on, its "لـ" opened the content. Past the closing comma and the time
    words after it when the cue's complement comes next ("أكد ديفيد فريدمان، سفير …،
    مساء الخميس، على أن"); up to "أن" when no comma closes the title ("وأكد سيدريك
    سواريس مدافع المنتخب البرتغالي أن"), which a verb taking a bare verbal noun would
    otherwise take for what was said. Else p."""
    # p == end: the text stops at the comma after the name ("وقال مبارك،").
    if p < 1 or p >= end or v.entity_label(p) is not None:
        return p
    comma = v.punct(p - 1, "،,")
    head = v.is_("title", p) or v.is_("apposed", p)
    if not (head or (comma and v.definite[p] and not v.proclitics[p])):
        return p
    for j in range(p + 1, min(end, p + APPOSED_TITLE_REACH)):
        if v.punct(j, "،,"):
            q = skip_adverbials(v, j + 1, end)[0]
            after = q < end and (
                v.keys[q] in hit.form.complements
                or v.complementizer(q)
                or ("N" in hit.form.takes and v.is_("needed", q))  # "…، ضرورة إنشاء"
            )
            return q if after else p
        if v.complementizer(j):
            return j - 1 if v.keys[j - 1] in hit.form.complements else j
        if v.punct(j, _NAME_MARKS):
            continue  # a body's quoted name: "رئيسة المجلس الأعلى "مجلس الاتحاد"، …"
        if v.punct(j) or v.cue(j) is not None or v.is_("needed", j):
            return p
    return p


def past_post_body(v: DocView, phrase: Phrase, p: int, end: int, hit: CueHit) -> int:
    """ "وصرح المتحدث الأمني بوزارة الداخلية بأنه"، "وأفادت مراسلة الجوهرة بالجهة أن": the
    body or place after a title's ب is where the speaker serves; a cue taking ب read it
    as what was said. Up to the complementizer that follows (else p)."""
    if p >= end or "ان" not in hit.form.takes or not v.proclitics[p].endswith("ب"):
        return p
    body = v.entity_label(p) not in (None, "PER")  # "بسام راضي" is a name, not ب + body
    if v.complementizer(p) or not (body or v.is_("post_body", p)):
        return p
    if not any(v.is_("title", j) or v.is_("naming", j) for j in range(phrase.start, phrase.end)):
        return p
    for j in range(p + 1, min(end, p + APPOSED_TITLE_REACH)):
        if v.complementizer(j):
            return j
        if (v.punct(j) and not v.punct(j, "،,")) or v.cue(j) is not None:
            return p
    return p


BARE_SUBJECT = 2  # words of a subject the speaker rules do not know, before أن/إن


def bare_subject(v: DocView, p: int, end: int) -> Phrase | None:
    """ "يقول كلاين إنه …"، "ويقول أنصاره إنه …": a word or two between the verb and
    its complementizer are its subject, though no name or title list knows them."""
    j = p
    while j < end and j - p < BARE_SUBJECT and _subject_word(v, j):
        j += 1
    if j == p or j >= end or not v.complementizer(j):
        return None
    return Phrase(p, j, name=(p, j) if v.name_like(p, loose=True) else None)


def _subject_word(v: DocView, j: int) -> bool:
    if whole_name(v, j):
        return True  # "يقول كلاين"، "ويقول المقبل": a name, not ك+لاين or "next"
    return (
        v.word(j)
        and not v.proclitics[j]
        and not v.complementizer(j)
        and v.cue(j) is None
        and not any(v.is_(c, j) for c in ("function", "time", "aside", "situation"))
    )


def whole_name(v: DocView, j: int) -> bool:
    """A word read whole as a person's name, whatever its letters would otherwise say
    (ك+لاين, المقبل "next"): the family name of a person the article names in full, or a
    word the entity stage tags as a person from its first letter."""
    if j >= v.n or not v.word(j) or v.complementizer(j):
        return False
    if v.keys[j] in v.family_names:
        return True
    entity = v.entity_at.get(j) if v.entity_at is not None else None
    return entity is not None and entity.label == "PER" and entity.start <= v.tokens[j].start


HOLDER_GAP = 12  # tokens between a description after the verb and its holder's name


def holder_ahead(v: DocView, phrase: Phrase, stop: int) -> Phrase | None:
    """ "قال لاعب وسط المنتخب الألماني لكرة القدم مسعود أوزيل، الأحد، إنه"، "قال أحد
    موقعي هذه الرسالة، يدعى إيريك لاي، إن": a description without a name, then the
    person it describes before what was said: the person speaks. Not past a cue, a
    time word or someone told ("لنظيره الروسي سيرغي لافروف")."""
    if phrase.share or (
        phrase.name is not None and any(v.entity_label(i) is not None for i in range(*phrase.name))
    ):
        return None  # a name read already (a word like "وسط" read as one is none)
    j = phrase.end
    while j < stop and j - phrase.end <= HOLDER_GAP:
        if v.entity_label(j) == "PER" and not v.proclitics[j]:
            a = j
            while j < stop and v.entity_at.get(j) is v.entity_at[a]:
                j += 1
            return Phrase(phrase.start, j, name=(a, j), title=True)
        if not _holder_gap_word(v, j) or plural_then_title(v, phrase.start, j):
            return None  # "وصف المصريون الممثل عمرو عبدالجليل": the object's title
        j += 1
    return None


def _holder_gap_word(v: DocView, j: int) -> bool:
    """A word that may stand between a description and its holder's name."""
    if v.punct(j):
        return v.punct(j, "،,()")
    if v.lexicon.has("called", v.keys[j]) or v.keys[j] in DEMONSTRATIVES:
        return True
    if v.cue(j) is not None or v.complementizer(j) or v.is_("time", j):
        return False
    if v.is_("function", j) and v.keys[j] not in ("في", "من", "الى", "لدى"):
        return False
    told = v.proclitics[j][-1:] == "ل" and (
        v.is_("audience", j)
        or v.is_("title", j)
        or bool(v.enclitic[j])  # "لنظيره الروسي"
        or v.entity_label(j) is not None
    )
    return not told


def opening_entity_end(v: DocView, phrase: Phrase) -> int | None:
    """One past the entity that opens the phrase, when the phrase runs on after it."""
    entity = v.entity_at.get(phrase.start) if v.entity_at is not None else None
    if entity is None or entity.label not in ("PER", "ORG", "LOC"):
        return None
    j = phrase.start
    while j < phrase.end and v.entity_at.get(j) is entity:
        j += 1
    return j if phrase.start < j < phrase.end else None


def feminine_object(v: DocView, phrase: Phrase, hit: CueHit) -> int:
    """ "ودعا الحزب الحكومة إلى": after a masculine verb and its masculine head noun a
    definite word in ة cannot be that noun's adjective; it is the addressee (its
    index, or 0)."""
    if "O" not in hit.form.takes or hit.form.gender != "m" or phrase.name is not None:
        return 0
    head, j = phrase.start, phrase.start + 1
    if j >= phrase.end or v.stems[head].endswith(("ة", "ات")):
        return 0
    if (
        v.definite[j]
        and v.definite[head]
        and not v.proclitics[j]
        and v.stems[j].endswith("ة")
        and v.entity_label(j) is None
        and v.stems[j][2:] not in _NUMBERS_IN_TA
    ):
        return j
    return 0


# "الحلفاء الثلاثة": numbers from three to ten end in ة with a masculine noun.
_NUMBERS_IN_TA = frozenset({"ثلاثة", "اربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"})


def oblique_plural(v: DocView, phrase: Phrase, hit: CueHit) -> bool:
    """A lone definite plural in -ين ("المصابين"، "المواطنين") after a cue that
    names an addressee is that addressee: a subject would read -ون."""
    k = phrase.start
    return (
        "O" in hit.form.takes
        and phrase.end == k + 1
        and phrase.name is None
        and v.entity_label(k) is None
        and v.definite[k]
        and v.stems[k].endswith("ين")
    )


def feminine_after_masculine(v: DocView, phrase: Phrase, hit: CueHit) -> bool:
    """A head in ة or ات ("الولايات المتحدة"، "الحكومة") right after a masculine
    cue that names an addressee is that addressee: a feminine subject right after
    its verb makes the verb feminine ("دعت الحكومة"). Names and titles in ة
    ("أسامة"، "الداعية") are masculine, so they stay subjects."""
    k = phrase.start
    return (
        "O" in hit.form.takes
        and hit.form.gender == "m"
        and not hit.form.participle
        and v.entity_label(k) != "PER"
        and not v.is_("title", k)
        and not v.is_("anonymous", k)
        and v.stems[k].endswith(("ة", "ات"))
    )


def subject_before_qad(v: DocView, k: int, hit: CueHit) -> Phrase | None:
    """ "وكان وزير الدفاع، سيرغي شويغو، قد أبلغ الرئيس بوتن أن": the subject stands
    between "كان" and "قد"; the phrase after the verb is its object. Not for a verb
    with an object before its preposition ("قد دعت السفراء لإبلاغهم"): an invitation
    or a charge whose words that reading loses or invents more often than it mends.
    Else (and for those verbs) a subject that opens its clause right before the verb
    (`fronted_subject`: "وكانت دمشق قد اتهمت إسرائيل … بقصف")."""
    if k < 2 or v.keys[k - 1] != "قد" or "O" in hit.form.takes:
        return fronted_subject(v, k, hit)
    phrase = subject_before(v, k - 1)
    # Without كان ("يشار أن ديشان قد استبعد بنزيما") the clause is reported, not said.
    if phrase is None or not any(
        v.keys[i] in KANA for i in range(max(0, phrase.start - 2), phrase.start)
    ):
        return None
    return phrase


def past_relative(v: DocView, k: int, hit: CueHit) -> Phrase | None:
    """The subject before a verb that takes an object, when a relative clause stands
    between them (the phrase after the verb is then its object)."""
    if "O" not in hit.form.takes:
        return None
    subject = subject_before(v, k)
    if subject is None or not any(v.keys[j] in RELATIVES for j in range(subject.end, k)):
        return None
    return subject
