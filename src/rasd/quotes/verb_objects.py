"""A cue that is the object of the verb opening its clause (issue 12, qverbspk).

"واسترجع المستشار في الديوان الملكي وصف ولي العهد … بأنها"، "وانتقد المتحدث باسم
الحزب وصف الوزير للمحتجين بأنهم": a past cue written with no conjunction right after a
clause that a verb opens and a definite subject completes is no second verb of that
subject (Arabic joins two verbs of one subject with و, and a definite noun takes a
relative clause only with الذي): it is the first verb's object, a verbal noun whose
own subject follows it. The first verb's subject, and the verb the phrase readers
take into it ("استرجع المستشار …"), are then no speaker of the cue.
"""

from __future__ import annotations

from rasd.quotes.clues import finite_verb
from rasd.quotes.noun_phrase import noun_phrase
from rasd.quotes.verb_speakers import past_beside_present
from rasd.quotes.view import CueHit, DocView


def object_of_clause(v: DocView, k: int, hit: CueHit) -> tuple[int, int] | None:
    """The tokens [first, k) of the clause "verb + definite subject" whose object the
    past cue at k is, or None. Not a participle or a present ("هاجم البرلماني …،
    قائلا"، "خرج المحتجون يطالبون"), not a cue joined by و or ف ("وقال"), and not
    after "كان", whose predicate the cue is."""
    if hit.form.participle or v.proclitics[k] or v.future_form(v.stems[k]):
        return None
    if v.keys[k].endswith("ا"):
        return None  # "وذكر التقرير نقلا عن": an accusative adverbial of the clause's subject
    s = v.sent_of[k]
    if s < 0:
        return None
    verb = v.sent_bounds[s][0]
    if verb + 2 > k or v.is_("past_auxiliary", verb):
        return None  # "وكان ماكرون قال": "was" takes the cue as its predicate
    if not (finite_verb(v, verb) or past_beside_present(v, verb)):
        return None
    subject = noun_phrase(v, verb + 1, k)
    if subject is None or subject.end != k or not _definite(v, subject.start):
        return None
    return verb, k


def _definite(v: DocView, i: int) -> bool:
    """A subject that takes no relative clause without الذي: with the article or a name."""
    return v.definite[i] or v.entity_label(i) is not None
