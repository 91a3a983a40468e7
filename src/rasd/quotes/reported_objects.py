"""A denied or confirmed report right after the speaker (issue 12, qcallobj).

"ونفى وزير الخارجية اليمني الأنباء التي تحدثت عن …"، "نفت رئاسة الجمهورية تصريحات
محسن مرزوق": a cue whose content may be a bare noun (cues.tsv N: نفى، أكد) takes the
report or claim as its object at once, but the phrase reader, which knows nothing of
the verb, runs the speaker on into it ("وزير الخارجية اليمني الأنباء"), and the
report's own cue ("تحدثت عن") then took the denial's words. A listed report noun
(words.tsv `reported_object`) after a word that closes a noun phrase ends the speaker:
a report is never a speaker's adjective, and after the article or a pronoun never its
genitive.
"""

from __future__ import annotations

from rasd.quotes.speaker_words import Phrase
from rasd.quotes.view import CueHit, DocView


def report_start(v: DocView, phrase: Phrase, hit: CueHit) -> int | None:
    """Where the report the cue denies or confirms starts inside `phrase`, or None."""
    if "N" not in hit.form.takes:
        return None
    for j in range(phrase.start + 1, phrase.end):
        if v.is_("reported_object", j) and not v.proclitics[j] and _closes_phrase(v, j - 1):
            return j
    return None


def _closes_phrase(v: DocView, h: int) -> bool:
    """A word after which no genitive follows: with the article or a pronoun, or the
    end of a name ("نفت رئاسة الجمهورية | تصريحات")."""
    if not v.word(h):
        return False
    entity = v.entity_at.get(h) if v.entity_at is not None else None
    ended = entity is not None and v.entity_at.get(h + 1) is not entity
    return v.definite[h] or bool(v.enclitic[h]) or ended
