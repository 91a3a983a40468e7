"""The passive "is considered" at a sentence's start: "ويعتبر التجنيس موضوعا شائكا"،
"وتعتبر سباقات كأس دبي العالمية من أهم سباقات الخيول"، "ويعتبر ميناء مدينة الحديدة
المدخل الرئيسي". The noun after the verb is what is considered, not who considers,
when it names no one who can speak and what follows it is what it is considered;
the writer describes, nobody is quoted.
"""

from __future__ import annotations

from rasd.quotes.clues import speaks
from rasd.quotes.lexicon import DEMONSTRATIVES, RELATIVES
from rasd.quotes.speaker_words import Phrase, accusative, opens_sentence
from rasd.quotes.view import DocView

# Words between the phrase after the verb and the أن of what its subject considers.
_COMPLEMENT_REACH = 8


def bare_accusative(v: DocView, j: int) -> bool:
    """An indefinite accusative ("سفيراً"، "سلوكا"): what someone is considered, never
    the one considered."""
    return accusative(v, j) or (
        not v.proclitics[j]
        and not v.definite[j]
        and not v.enclitic[j]  # "تعتبر نفسها": herself, the object
        and v.keys[j] not in DEMONSTRATIVES  # "هذا القرار": the object, not what it is
        and v.keys[j].endswith("ا")
        and v.entity_label(j) is None
    )


def considered_thing(v: DocView, k: int, first: int, p: int, phrase: Phrase | None) -> bool:
    """A present cue of considering (checked by the caller) that opens its sentence,
    whose subject after it can say nothing (not a name, a title, a source or a body:
    `speaks`; nor people counted, words.tsv `view_holders`: "وتعتبر معظم الدول"),
    and whose content opens, with no أن, with what a thing is considered
    (`_predicate`), is the passive "يُعتبر". A verb opening its sentence has its
    subject after it, so no earlier subject makes the noun its object (the comma-led
    "…، يعتبر الميناء ممرا" of a coalition named before is left alone); "وتعتبر تركيا
    الحزب منظمة"، "ويعتبر البعض أن" keep their speaker."""
    if phrase is None or phrase.start <= k or not opens_sentence(v, k):
        return False
    if v.is_("view_holders", phrase.start):
        return False
    if any(v.complementizer(j) for j in range(p, min(first + 1, v.n))):
        return False
    if speaks(v, phrase):
        return _place(v, phrase) and _place_predicate(v, first)
    return _predicate(v, first)


def _place(v: DocView, phrase: Phrase) -> bool:
    """A country, city or region, or places joined by "و" ("كندا والمكسيك"): it can
    hold a view ("وتعتبر أنقرة الوحدات منظمة") or be what is considered."""
    return phrase.places or v.entity_label(phrase.start) == "LOC"


def _place_predicate(v: DocView, j: int) -> bool:
    """What a place is considered, in the shapes a place that considers never takes:
    a word of rank or "من" and one ("ثاني دولة"، "آخر معقل"، "من أكثر الدول"), a lone
    indefinite accusative ("شريكا"), or a definite noun phrase with no second object
    after it ("المقصد السياحي الأول لتمضية العطل"). A place that considers names what
    it considers, then what that is, quoted or not ("تعتبر موسكو الهجوم عدوانا"،
    "الحزب "منظمة إرهابية""، "هذا المشروع بوابتها"), or says أن (refused by the caller)."""
    if v.keys[j] in DEMONSTRATIVES or v.region_opening(j) is not None:
        return False
    if _ranked(v, j):
        return True
    if bare_accusative(v, j):
        return True
    if not v.definite[j] or v.enclitic[j] or v.entity_label(j) is not None:
        return False
    end = j + 1
    while end < v.n and v.definite[end] and not v.proclitics[end]:
        end += 1  # the noun's adjectives ("المقصد السياحي الأول")
    return end >= v.n or not (v.region_opening(end) is not None or _second_object(v, end))


def _second_object(v: DocView, j: int) -> bool:
    """What the object of one who considers is considered: an indefinite noun with no
    preposition, pronoun or name ("منظمة"، "عدوانا")."""
    return (
        v.word(j)
        and not v.proclitics[j]
        and not v.definite[j]
        and not v.enclitic[j]
        and v.entity_label(j) is None
        and not v.complementizer(j)
    )


def _ranked(v: DocView, j: int) -> bool:
    """A word of rank (words.tsv `ranked_as`, `ordinal_ranks`) at j, or "من" and one."""
    if v.keys[j] == "من" and j + 1 < v.n:
        j += 1
    return v.is_("ranked_as", j) or v.is_("ordinal_ranks", j)


def _predicate(v: DocView, j: int) -> bool:
    """What a thing is considered: a word of rank or "من" and one ("أحد أبرز"، "من
    أهم"), an indefinite accusative ("شائكا"، "بديلا"), or a definite noun with no
    pronoun ("المدخل الرئيسي"). Not a quoted word ("دوتيرتي "كارها للنساء"": a view
    someone holds), a noun carrying a pronoun ("ظهوره": the object of one who
    considers), nor a demonstrative ("هذه البالونات")."""
    if v.region_opening(j) is not None or (j > 0 and v.region_opening(j - 1) is not None):
        return False
    if _ranked(v, j):
        return True
    if bare_accusative(v, j):
        return True
    return v.definite[j] and not v.enclitic[j] and v.entity_label(j) is None


def predicate_after_verb(v: DocView, k: int, phrase: Phrase | None, before: Phrase | None) -> bool:
    """ "فإن ضمان أصوات مجموعة صغيرة … يعتبر شيئا مهما"، "فكل تلك الاستراتيجيات تعتبر
    مهمة للحزب": the phrase right after a present cue of considering with no object
    pronoun (checked by the caller) is what the noun before it is considered, not who
    considers, when it is an indefinite accusative (`bare_accusative`; a subject after
    its verb is in the nominative), a word of rank after a relative, or an indefinite
    word with no name after a subject `before` that can say nothing: the passive
    "يُعتبر". "ويعتبر مراقبون أن"، "وتعتبر
    منظمة العفو أن" keep their speaker."""
    if phrase is None or phrase.start != k + 1:
        return False
    if bare_accusative(v, k + 1) and not _dual_construct(v, k + 1):
        return True
    if k > 0 and v.keys[k - 1] in RELATIVES and _ranked(v, k + 1):
        # "المملكة التي تعتبر أكثر الدول استقرارا"، "القوانين التي تعتبر بمثابة دستور":
        # a relative's verb with no pronoun has the antecedent for its subject, so a
        # word of rank after it is what the antecedent is counted among. "ويعتبر أحد
        # المسؤولين أن" has no relative: one of them considers.
        return True
    if before is None and k > 0 and _mute_noun(v, k - 1):
        before = Phrase(k - 1, k)  # "فكل تلك الاستراتيجيات": a noun the finder skips
    return (
        before is not None
        and not speaks(v, before)
        and not speaks(v, phrase)
        and not v.is_("view_holders", k + 1)
        and _second_object(v, k + 1)
        and v.keys[k + 1] not in DEMONSTRATIVES
        and not _complement_follows(v, phrase.end)
    )


def _complement_follows(v: DocView, j: int) -> bool:
    """ "يعتبر دعاة التوسع في صناعة السيارات … أن هذه السيارات": a complementizer later
    in the clause makes the phrase after the verb the one who considers."""
    for i in range(j, min(j + _COMPLEMENT_REACH, len(v.keys))):
        if v.complementizer(i):
            # "تعتبر قاسية بما أنه": after بما، مما، كما the أن is "since", no complement
            return not v.keys[i - 1].endswith("ما")
        if not v.word(i):
            return False
    return False


def _mute_noun(v: DocView, j: int) -> bool:
    """A definite noun at j that names no one and carries no prefix: the subject of
    the verb after it ("الاستراتيجيات تعتبر")."""
    return (
        v.word(j)
        and v.definite[j]
        and v.entity_label(j) is None
        and not v.proclitics[j]  # "واليوم"، "بالقرار": a time or a governed noun
    )


def _dual_construct(v: DocView, j: int) -> bool:
    """ "رئيسا البلدين"، "طرفا النزاع": a dual in construct drops its ن and ends in ا
    like an accusative, and a definite noun follows it; it is the subject of one who
    considers ("ويعتبر رئيسا البلدين أن")."""
    nxt = j + 1
    return nxt < v.n and v.definite[nxt] and not v.proclitics[nxt]
