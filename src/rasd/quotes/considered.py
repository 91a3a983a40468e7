"""The passive "is considered" at a sentence's start: "ويعتبر التجنيس موضوعا شائكا"،
"وتعتبر سباقات كأس دبي العالمية من أهم سباقات الخيول"، "ويعتبر ميناء مدينة الحديدة
المدخل الرئيسي". The noun after the verb is what is considered, not who considers,
when it names no one who can speak and what follows it is what it is considered;
the writer describes, nobody is quoted.
"""

from __future__ import annotations

from rasd.quotes.clues import speaks
from rasd.quotes.speaker_words import Phrase, accusative, opens_sentence
from rasd.quotes.view import DocView


def bare_accusative(v: DocView, j: int) -> bool:
    """An indefinite accusative ("سفيراً"، "سلوكا"): what someone is considered, never
    the one considered."""
    return accusative(v, j) or (
        not v.proclitics[j]
        and not v.definite[j]
        and not v.enclitic[j]  # "تعتبر نفسها": herself, the object
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
    if speaks(v, phrase) or v.is_("view_holders", phrase.start):
        return False
    if any(v.complementizer(j) for j in range(p, min(first + 1, v.n))):
        return False
    return _predicate(v, first)


def _predicate(v: DocView, j: int) -> bool:
    """What a thing is considered: a word of rank or "من" and one ("أحد أبرز"، "من
    أهم"), an indefinite accusative ("شائكا"، "بديلا"), or a definite noun with no
    pronoun ("المدخل الرئيسي"). Not a quoted word ("دوتيرتي "كارها للنساء"": a view
    someone holds), a noun carrying a pronoun ("ظهوره": the object of one who
    considers), nor a demonstrative ("هذه البالونات")."""
    if v.region_opening(j) is not None or (j > 0 and v.region_opening(j - 1) is not None):
        return False
    if v.is_("ranked_as", j) or (v.keys[j] == "من" and j + 1 < v.n and v.is_("ranked_as", j + 1)):
        return True
    if bare_accusative(v, j):
        return True
    return v.definite[j] and not v.enclitic[j] and v.entity_label(j) is None
