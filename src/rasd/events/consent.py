"""Consent told with a noun after a verb of giving or declaring it ("وأعلنت أنقرة
موافقتها على طلب الرياض"، "وأبدى الرئيس موافقته المبدئية على الخطة"، "أعطى ترامب
موافقته على عقد قمة"): the subject agrees to the request or plan, PLOVER's AGREE ("agree
to … or otherwise indicate willingness"), as the verb "وافق" is coded; the gold codes
these as AGREE, never as the concession the noun alone is read as. Without such a verb
the noun is a condition or a permit ("دون موافقتهم"، "بموافقة المرشد") and keeps its
own type, which the confidence filter mostly drops."""

from __future__ import annotations

from dataclasses import replace

from rasd.events.lexicon import Trigger
from rasd.events.phrases import has_enclitic
from rasd.events.sentence import BOUNDARY, WORD_LISTS, Word

_CONSENT_NOUNS = WORD_LISTS.words("consent_nouns")
_GIVING_CONSENT = WORD_LISTS.forms("giving_consent")
# How far before its noun the verb may be: past its subject and a time
# ("وأعلنت أنقرة الخميس موافقتها"، "أعلنت ألمانيا، الاثنين، موافقتها").
_REACH = 6
# A comma may set off a time between them; other punctuation ends the clause.
_CLAUSE_ENDS = BOUNDARY - {"،", ","}


def _giving_verb_before(words: list[Word], i: int) -> bool:
    for j in range(i - 1, max(-1, i - 1 - _REACH), -1):
        if words[j].surface in _CLAUSE_ENDS:
            return False
        if words[j].keys[-1].startswith(_GIVING_CONSENT):
            return True
    return False


def consent_given(words: list[Word], i: int, trigger: Trigger) -> Trigger | None:
    """The consent noun at word `i` read as AGREE after a verb giving it, else None.
    Only the subject's own consent, told with its pronoun ("موافقتها"): "منحت الوزارة
    الموافقة لوكالة الأسفار" grants a permit to another party."""
    if trigger.kind != "noun" or trigger.lemma not in _CONSENT_NOUNS:
        return None
    if not has_enclitic(words[i]):
        return None
    if not _giving_verb_before(words, i):
        return None
    return replace(trigger, type="AGREE")
