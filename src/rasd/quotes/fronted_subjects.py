"""A subject written before its verb at the head of its clause ("لكن أنقرة تعتبرها
منظمة إرهابية"، "الرياض تنفي إلغاء مشروع"، "وكانت إدارة الجامعة بيَّنت فور ارتكاب
الجريمة أن"): it is the verb's subject, so the phrase after the verb is its object, a
time or what was said, not who speaks. So too before a verb that takes an object
("روحاني يتهم واشنطن بالسعي"، "وكانت روما قد طالبت باريس بالاعتذار"): its object
stays the ranker's candidate after the verb (`cue_quotes._one_cue`).
"""

from __future__ import annotations

from rasd.quotes.clues import speaks
from rasd.quotes.cue_readings import considered_after_subject
from rasd.quotes.number import holds_subject
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.state import BUT, KANA
from rasd.quotes.subjects import subject_before
from rasd.quotes.view import CueHit, DocView


def fronted_subject(v: DocView, k: int, hit: CueHit) -> Phrase | None:
    """The phrase right before the verb (or before its "قد") that can speak and opens
    its clause: the sentence, "لكن" or "كان" stands before it. Not a noun the passive
    of a verb of considering describes ("وكانت المقامرة تعتبر سلوكا قهريا"); not a
    noun naming no one before a verb that carries it as its object pronoun ("وكانت
    حصيلة سابقة أعلنتها متحدثة باسم الحرس": the subject follows the verb)."""
    if hit.form.participle or k < 1 or considered_after_subject(v, k, hit):
        return None
    if holds_subject(v, k, hit):
        # A plural verb's ending ("يقدرون") already keeps the phrase after it from
        # speaking.
        return None
    verb = k - 1 if v.keys[k - 1] == "قد" else k
    phrase = subject_before(v, verb)
    if phrase is None or phrase.end != verb or not speaks(v, phrase):
        return None
    if hit.has_object and phrase.name is None and v.entity_label(phrase.start) is None:
        return None
    return phrase if _opens_clause(v, phrase.start) else None


def _opens_clause(v: DocView, start: int) -> bool:
    s = v.sent_of[start]
    before = start - 1
    if s < 0 or before < v.sent_bounds[s][0]:
        return True
    key = v.keys[before]
    # Not after a complementizer: "حيث أن دمشق تعتبر الفصائل "إرهابية" كما لفت
    # مراقبون" is what someone else says.
    return key in BUT or key in KANA
