"""A call's object described at length before its preposition (issue 12, qcallobj).

"دعا وزير الخارجية البريطاني، بوريس جونسون، الأطراف الموقعة على الاتفاق النووي مع
إيران إلى اجتماع": whom a call is aimed at may carry a participle and its own
prepositional phrases ("الموقعة على الاتفاق"، "المشاركين في المؤتمر") before the cue's
preposition. The short-object reader (cue_complements.preposition_after_object) takes
no function word, so such a call was never read. The object must open as whom an act
is aimed at (addressees.aimable: a name, a listed addressee, a title, people in the
plural) and hold no clause of its own (no verb, relative pronoun, complementizer, cue
or punctuation), so the preposition cannot belong to a verb inside it ("الأطراف التي
ذهبت إلى جنيف").
"""

from __future__ import annotations

from rasd.quotes.addressees import aimable
from rasd.quotes.clues import finite_verb
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.view import DocView

DESCRIBED_MAX = 10  # tokens of the described object before the call's preposition
# Prepositions written apart that open a call ("دعا … إلى"، "حث … على"); joined ones
# (بـ، لـ) are as often inside the object's own description ("المقيمين بالخارج").
_APART = frozenset({"الى", "على"})


def preposition_after_described_object(
    v: DocView, start: int, i: int, takes: frozenset[str]
) -> bool:
    """The cue's preposition at i after an object `[start, i)` that a participle or a
    prepositional phrase describes."""
    key = v.keys[i]
    if "O" not in takes or "M" in takes or key not in takes or key not in _APART:
        return False
    if not 2 < i - start <= DESCRIBED_MAX or v.proclitics[start]:
        return False
    if not aimable(v, start):
        return False
    return all(_describing_word(v, j, key) for j in range(start + 1, i))


def _describing_word(v: DocView, j: int, key: str) -> bool:
    """A word of the object's description: no clause opens in it, and the call's own
    preposition is not in it already ("حث … الأطراف الموقعة على الاتفاق على": which
    على is the call's is not known)."""
    if not v.word(j) or v.keys[j] == key or v.keys[j] in RELATIVES:
        return False
    return not (v.complementizer(j) or v.cue(j) is not None or finite_verb(v, j))
