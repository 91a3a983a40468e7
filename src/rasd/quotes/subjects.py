"""Who the grammatical subject of a cue is when it stands before the verb ("لافروف
قال", "أما X فاعتبر"), the antecedent of a relative pronoun, the subject of the
sentence and of the previous sentences.
"""

from __future__ import annotations

from rasd.quotes.circumstances import audience_at
from rasd.quotes.clues import finite_verb, speaks
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.regions import quoted_name_before
from rasd.quotes.speaker_words import Phrase, noun_after_complementizer
from rasd.quotes.state import (
    BUT,
    BUT_PRONOUN,
    CLAUSE_OPENERS,
    EXCEPT,
    KANA,
    MAX_GAP,
    PARENTHESIS_MAX,
    RELATIVE_GENDER,
    token_at,
)
from rasd.quotes.view import DocView

# "ممن" ("of those who"): a relative after a quantity ("كثير ممن تحدثنا إليهم"),
# of any number, so the main verb's agreement is not checked against it.
PARTITIVE = frozenset({"ممن"})

CHAIN_GAP = 8  # tokens between two verbs that share a preposed subject
MAX_ANTECEDENT = 5  # tokens of the noun before a relative pronoun


def after_opening_adverbial(v: DocView, i: int, end: int) -> int:
    """Past "من جهتها،", "وفي المقابل،": the words before a sentence's verb."""
    for j in range(i, min(end, i + 4)):
        if v.punct(j, "،,"):
            return j + 1
    return i


def relative_antecedent(v: DocView, k: int, gender: str) -> Phrase | None:
    """ "النظام الكوري الشمالي الذي يعتبر أن …": the noun a relative pronoun stands
    for is the speaker when the verb agrees with the pronoun ("التعديلات … التي
    قال إنها" does not agree: there the speaker is the sentence's)."""
    if k < 2 or RELATIVE_GENDER.get(v.keys[k - 1]) != gender:
        return None
    rel = k - 1
    if v.punct(rel - 1, "،,"):
        rel -= 1  # "ساركوزي، الذي"
    start = rel
    while (
        start > 0
        and rel - start < MAX_ANTECEDENT
        and (
            v.definite[start - 1]
            or v.name_like(start - 1)
            or v.entity_label(start - 1) is not None  # "لإسرائيل، التي تعتبر"
        )
    ):
        start -= 1
    if start == rel:
        return None
    phrase = noun_phrase(v, start, rel)
    if phrase is not None and phrase.end < rel and _definite_adjectives(v, phrase, rel):
        phrase.end = rel  # "البنك المركزي الألماني الذي شدد": the noun with its adjectives
    if phrase is None or phrase.end != rel:
        return None
    headed = _with_construct_head(v, phrase, rel, v.keys[k - 1])
    if headed is not None:
        phrase = _named_before_apposition(v, headed) or headed
    start = phrase.start
    # "تطرقت إلى الأغنية الخليجية التي قالت إنها تستهويها": a thing after a preposition
    # is what the clause's subject spoke of, not who spoke.
    if start > 0 and v.keys[start - 1] in _THING_PREPOSITIONS and not _speaker_like(v, phrase):
        return None
    return phrase


_THING_PREPOSITIONS = frozenset({"الى", "عن", "على", "في"})


def _with_construct_head(v: DocView, phrase: Phrase, rel: int, relative: str) -> Phrase | None:
    """ "وزير الخارجية الأمريكي الذي قال"، "أجهزة المخابرات الأمريكية التي أوضحت"، "وكيل
    وزارة حقوق الإنسان، الذي أشار": the definite run before the pronoun is the genitive
    of an indefinite head noun, a person or a body (`_PERSON_HEADS`); the pronoun stands
    for that head, who speaks, not for what it governs. The head must agree with the
    pronoun ("مكتب الوزيرة التي" keeps the minister); a head that is no person ("خطاب
    روحاني الذي"، "بيان الجيش الذي") keeps the genitive."""
    head = phrase.start - 1
    if head < 0 or not v.word(head) or v.definite[head] or not _agrees(v.keys[head], relative):
        return None
    if v.is_("function", head) or v.cue(head) is not None or finite_verb(v, head):
        return None
    if not any(v.is_(words, head) for words in _PERSON_HEADS):
        return None
    longer = noun_phrase(v, head, rel, allow_proclitic=True)
    return longer if longer is not None and longer.start == head and longer.end == rel else None


# Heads of a person or body that govern a genitive ("وزير الخارجية"، "أعضاء الكنيست"،
# "رجل الدين"); words.tsv lists. Not `source_head`: a statement or report ("بيان
# الجيش الذي") is not who speaks.
_PERSON_HEADS = ("title", "anonymous", "construct_head", "speaking_group", "people")


def _named_before_apposition(v: DocView, phrase: Phrase) -> Phrase | None:
    """ "جيانلويجي بوفون، نجم يوفنتوس، الذي قال"، "مارتن غريفيث، مبعوث الأمم المتحدة
    الذي دعا": a titled phrase after a comma and a person's name is that person's
    apposition; the pronoun stands for the person named."""
    comma = phrase.start - 1
    if comma < 1 or not v.punct(comma, "،,") or not v.is_("title", phrase.start):
        return None
    name = v.entity_at.get(comma - 1) if v.entity_at is not None else None
    if name is None or name.label != "PER" or name.end != v.tokens[comma - 1].end:
        return None
    start = token_at(v, name.start)
    named = noun_phrase(v, start, comma, allow_proclitic=True)
    return named if named is not None and named.end == comma else None


def _speaker_like(v: DocView, phrase: Phrase) -> bool:
    """A phrase that can say something (`speaks`), or one headed by a person or body
    that governs a genitive ("أجهزة المخابرات الأمريكية")."""
    return speaks(v, phrase) or v.is_("construct_head", phrase.start)


def _agrees(key: str, relative: str) -> bool:
    """A head noun's look agrees with the relative pronoun: a feminine ending (ة, ات)
    with التي, none with الذي or الذين (a sound masculine or a broken plural)."""
    feminine = key.endswith(("ة", "ات"))
    return feminine if relative == "التي" else not feminine


def _definite_adjectives(v: DocView, phrase: Phrase, rel: int) -> bool:
    """The words between a definite common noun and its relative pronoun are
    adjectives of it ("البنك المركزي الألماني"): definite words with no proclitic."""
    return (
        phrase.name is None
        and v.definite[phrase.start]
        and all(v.definite[j] and not v.proclitics[j] for j in range(phrase.end, rel))
    )


def subject_before(v: DocView, k: int) -> Phrase | None:
    """ "لافروف قال", "وكان ماكرون قال", "أما X فاعتبر", "لكن مسؤولا … تحدث … قال"."""
    sentence_start = v.sent_bounds[v.sent_of[k]][0] if v.sent_of[k] >= 0 else 0
    topic = _topic(v, k, sentence_start)
    if topic is not None:
        return topic
    aside = _aside_before(v, k, sentence_start)
    if aside is not None:
        # "وكانت وثيقة رسمية مسربة، نشرها موقع "العربية.نت"، كشفت": the subject
        # stands before the aside; "لكن "جيش الإسلام"، الفصيل الأقوى، ينفي": quoted.
        return subject_before(v, aside) or quoted_name_before(v, aside - 1)
    still = subject_after_still(v, k)
    if still is not None:
        return still
    cue = k
    k = _before_outlet(v, _before_still(v, k))
    i = k - 1
    if v.punct(i, "،,") and i > sentence_start:
        i -= 1  # "لكن مسؤولا كبيرا بالاتحاد الأوروبي، أقر بأنه"
        k = i + 1
    while i >= sentence_start and k - i < MAX_GAP:
        if v.punct(i) or v.complementizer(i) or (v.is_("opener", i) and i < k - 1):
            break
        if v.keys[i] == "ان" and not v.acronym_letter(i):
            break  # "وسبق أن أعلنت": a verb's أن; no subject stands before it
        if v.cue(i) is not None and not noun_after_complementizer(v, i):
            if k - i > CHAIN_GAP or (v.cue(i).form.participle and not v.proclitics[cue]):
                # "لافتا إلى استمرار المواجهات وسط تقدم وصفه بـ"الثابت"": a verb in
                # what a participle spoke of, not one coordinated with it ("محذرا
                # إيران …، وقال"); the participle's speaker is the clause's.
                return None
            if v.keys[i - 1] in RELATIVES or v.keys[i - 1] in PARTITIVE:
                # "الجماهير الذين تحدثت إليهم أعربوا"، "كثير ممن تحدثنا إليهم
                # أعربوا": that verb is the relative clause's.
                return _relative_subject(v, i - 1, k, sentence_start)
            # "مسؤول … تحدث شريطة عدم الكشف عن هويته قال": one subject, two verbs.
            return subject_before(v, i) or noun_phrase(v, i + 1, k)
        if v.keys[i] in CLAUSE_OPENERS or v.keys[i] in PARTITIVE:
            # "التي قال": the subject is the antecedent's speaker; "أغلب الآباء الذين
            # تحدثنا إليهم وصفوا": a whole relative clause, then the main verb.
            return _relative_subject(v, i, k, sentence_start)
        i -= 1
    start = i + 1
    while start < k and v.keys[start] in _LEADING_AUXILIARIES:
        start += 1
    if start >= k or v.is_("month", start):
        return None  # "إثر هجوم بدأته في 18 شباط/فبراير تقول إنه": a date, not who
    phrase = noun_phrase(v, start, k, allow_proclitic=False)
    if phrase is None:
        return None
    if phrase.end >= k - 1:
        return phrase
    if phrase.name is None and _place_modifier(v, phrase, k):
        # "رجال الدين المحافظين الغاضبين في مشهد تحدثوا": where the group is, then
        # its verb; the modifier belongs to the description.
        phrase.end = k
        return phrase
    # "عاصي الحلاني صاحب الخبرة الأكبر في البرنامج أكد أن": a named subject, then
    # an apposition before the verb.
    if phrase.name is not None and phrase.name[0] == start and k - phrase.end <= CHAIN_GAP:
        return phrase
    return None


def _before_outlet(v: DocView, k: int) -> int:
    """ "لكن الموقع الإلكتروني لـ"سبورتس إيلوسترايتد" أشار إلى": a quoted name after لـ (an
    outlet, told or owning) stands between the subject and its verb; its marks end no phrase."""
    r = v.region_at.get(k - 1)
    if r is None or v.regions[r].closer != k - 1 or v.regions[r].opener is None:
        return k
    to = v.regions[r].opener - 1
    return to if to >= 0 and audience_at(v, to, k) == k else k


def _before_still(v: DocView, k: int) -> int:
    """ "الهند ما زالت تطالب"، "الجماهير لا تزال ترى": "still" (words.tsv `still`) stands
    between the subject and its verb; the subject is looked for before it."""
    j = k - 1
    if j < 0 or not v.is_("still", j):
        return k
    if j > 0 and v.keys[j - 1] in _NOT:
        return j - 1
    return j if v.keys[j].startswith(tuple(_NOT)) else k  # "مازال"، "لايزال" as one word


_NOT = frozenset({"ما", "لا", "وما", "ولا"})

STILL_REACH = 6  # tokens from a cue back to the "still" before its subject


def subject_after_still(v: DocView, k: int) -> Phrase | None:
    """ "وما زالت المعارضة تصر على"، "ولا تزال الولايات المتحدة تتهم": "still" opens
    the clause and its subject stands between it and the verb; the phrase after the
    verb is then its object ("مازالت روسيا تعتبر كييف"), not who speaks."""
    s = v.sent_of[k]
    sentence_start = v.sent_bounds[s][0] if s >= 0 else 0
    for j in range(k - 2, max(sentence_start, k - STILL_REACH) - 1, -1):
        if v.punct(j) or v.cue(j) is not None:
            return None
        if not v.is_("still", j):
            continue
        if not (v.keys[j].startswith(tuple(_NOT)) or (j > 0 and v.keys[j - 1] in _NOT)):
            return None  # "زال" without its negation is "ceased", not "still"
        phrase = noun_phrase(v, j + 1, k, allow_proclitic=False)
        return phrase if phrase is not None and phrase.end == k else None
    return None


def _place_modifier(v: DocView, phrase: Phrase, k: int) -> bool:
    """Tokens [phrase.end, k) are "في" or "من" and one place name ("في مشهد"): where
    the group before its verb is, a modifier of the subject; not after a phrase that
    opens with a verb ("تناقلت وسائل إعلام …")."""
    j = phrase.end
    if v.keys[j] not in ("في", "من") or j + 1 >= k or v.entity_at is None:
        return False
    place = v.entity_at.get(j + 1)
    if place is None or place.label != "LOC" or place.end != v.tokens[k - 1].end:
        return False
    # "تساهم" beside "ستساهم" (20 or more) is a bare present verb
    return not (finite_verb(v, phrase.start) or v.future_form(v.keys[phrase.start], "يت", 20))


# Particles and auxiliaries of a verb ("الذي كان يتحدث"، "التي لم تعلن").
_AUXILIARIES = frozenset({"كان", "كانت", "كانوا", "قد", "لم", "لن", "لا", "ما", "سوف", "ظل", "ظلت"})

# Auxiliaries before a sentence's subject ("وكان المتحدث قد قال"): not part of it.
_LEADING_AUXILIARIES = frozenset({"كان", "كانت", "وكان", "وكانت", "قد", "وقد", "فقد"})

# Words before a sentence's subject that are not part of it ("لكن"، "وكان").
_OPENING_WORDS = BUT | _LEADING_AUXILIARIES


def _relative_subject(v: DocView, r: int, k: int, sentence_start: int) -> Phrase | None:
    """The noun phrase opening the sentence before the relative pronoun at r, when a
    clause stands between the pronoun and the verb at k and the verb agrees with the
    pronoun ("التحالف الذي تقوده السعودية …، يعتبر"): the verb is the main clause's,
    its subject the pronoun's antecedent."""
    verb = k + 1 if v.punct(k) else k  # k may be a comma before the verb
    hit = v.cue(verb)
    if hit is None or r >= k - 1:
        return None
    if v.keys[r] not in PARTITIVE and RELATIVE_GENDER.get(v.keys[r]) != hit.form.gender:
        return None
    if v.proclitics[verb] or (v.keys[verb][:1] in "وف" and v.keys[verb] not in v.lexicon.cues):
        return None  # "الأوضاع التي جرى فيها التصويت، واتهمته الحكومة": a second clause
    if all(v.keys[j] in _AUXILIARIES for j in range(r + 1, k)):
        return None  # "راي الذي كان يتحدث": the verb is the relative clause's own
    start = after_opening_adverbial(v, sentence_start, r)
    while start < r and v.keys[start] in _OPENING_WORDS:
        start += 1
    end = r - 1 if v.punct(r - 1, "،,") else r
    if end - start > MAX_ANTECEDENT:
        return None
    phrase = noun_phrase(v, start, end, allow_proclitic=True)
    return phrase if phrase is not None and phrase.end == end else None


def _aside_before(v: DocView, k: int, sentence_start: int) -> int | None:
    """The comma that opens an aside ("، نشرها موقع العربية،", "، الذي زار المدينة،")
    closed by a comma right before k."""
    if not v.punct(k - 1, "،,") or v.proclitics[k] or v.keys[k][:1] in "وف":
        return None  # "…، وأشارت": a coordinated verb shares the first clause's subject
    for j in range(k - 2, max(sentence_start, k - 2 - PARENTHESIS_MAX), -1):
        if v.punct(j, "،,"):
            named = v.word(j - 1) or quoted_name_before(v, j - 1) is not None
            return j if j - 1 > sentence_start and named else None
        if v.punct(j, ".:؛;!?؟") or v.complementizer(j) or v.cue(j) is not None:
            return None
    return None


_VERB_COMPLEMENT = frozenset({"ب"})


def _before_verb_complement(v: DocView, phrase: Phrase, k: int) -> Phrase:
    """ "وقامت السلطات الفرنسية بإغلاق مطار كركاسون، …، مشيرة"، "وتعهد البيان بتوفير
    السيولة … وأكد": the opening verb's "ب" phrase is what its subject did, not more of
    the subject; but a "ب" phrase after a title ("القائم بأعمال"، "الناطق باللغة
    الهولندية") or naming where a post is held ("بمحافظة جدة") is part of it."""
    cut = noun_phrase(v, phrase.start, k, complements=_VERB_COMPLEMENT)
    if cut is None or cut.end >= phrase.end or cut.end < 1:
        return phrase
    j = cut.end
    if v.is_("title", j - 1) or v.is_("title_preposition", j) or v.is_("post_body", j):
        return phrase
    return cut


def sentence_subject(v: DocView, k: int) -> Phrase | None:
    """ "وكان الرئيسان بحثا … وشددا على": a coordinated verb shares the subject that
    opens its sentence ("كان" + subject, or a titled or named subject first)."""
    s = v.sent_of[k]
    if s < 0:
        return None
    i = v.sent_bounds[s][0]
    kana = v.keys[i] in KANA
    if kana:
        i += 1
    elif v.keys[i][:1] in ("و", "ف") and not v.keys[i][1:].startswith("ال"):
        i += 1  # "وجزم جعجع بأن … وقال": a verb opens the sentence, its subject follows
    if v.keys[i] in BUT - BUT_PRONOUN and i + 1 < k:
        i += 1  # "لكن حسن بصري يالتشين، مدير …، نفى … وقال": "but", then the subject
    elif v.keys[i] in EXCEPT and i + 2 < k and v.keys[i + 1] == "ان":
        i += 2  # "إلا أن وزير الخارجية … أكد … وقال": "but that", then the subject
    phrase = noun_phrase(v, i, k)
    if phrase is not None and not kana and i > 0 and finite_verb(v, i - 1):
        phrase = _before_verb_complement(v, phrase, k)
    if phrase is None or not (
        kana
        or phrase.name is not None
        or phrase.title
        or v.is_("source_head", phrase.start)
        or v.entity_label(phrase.start) is not None  # "ودافعت إسرائيل"
    ):
        return None  # "صحيفة لوفيغارو وضعت … وكتبت أن": a newspaper, agency or body
    return phrase


def _topic(v: DocView, k: int, sentence_start: int) -> Phrase | None:
    """ "أما X، …، فقد قال": the topic after أما is the subject of the ف clause."""
    if not (
        v.proclitics[k].startswith("ف") or v.keys[k][:1] == "ف" or v.keys[k - 1] in ("فقد", "فان")
    ):
        return None
    for i in range(k - 1, max(sentence_start, k - MAX_GAP) - 1, -1):
        if v.keys[i] in ("اما", "واما"):
            return noun_phrase(v, i + 1, k)
    return None
