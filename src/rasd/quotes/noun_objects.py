"""A common noun of those a call is aimed at, right after a verb of urging or asking, is
its object (issue 12, qnounobj).

"ودعا الأحزاب إلى استقطاب نخب"، "وحض المجتمع الدولي على تقديم الدعم": a masculine cue
whose demand is aimed at someone (cues.tsv flag O or M) with a bare noun of the people
and bodies a call is aimed at after it (words.tsv `addressee`) and its preposition right
after that has lost its subject to an earlier clause; the phrase reader offers the
addressee as the speaker. With a name, title or source said as that clause's subject
(`implicit`), the subject speaks. A feminine cue may have a feminine noun that agrees
for its subject ("ودعت الحكومة إلى"), and a sound plural in ون shows the nominative
("ودعا المحتجون إلى"); a document is no addressee ("يدعو القرار إلى").
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.quotes.implicit import implicit
from rasd.quotes.ranker import Candidate, complement_next, plain_noun
from rasd.quotes.state import State, token_at
from rasd.quotes.verb_speakers import verb_mention
from rasd.quotes.view import CueHit, DocView

AIMED = frozenset({"O", "M"})  # cues.tsv flags: the demand takes whom it is aimed at
NOMINATIVE_PLURAL = "ون"  # "المحتجون": the subject's case; "المحتجين" is the object's


def addressee_noun(v: DocView, mention: Mention | None, hit: CueHit, k: int) -> bool:
    """A speaker `mention` that opens with a bare addressee noun right after the
    masculine cue `k` of urging or asking, with the cue's preposition after it."""
    if mention is None or not _aimed_cue(hit):
        return False
    if mention.attrs.get("role") or mention.attrs.get("anonymous"):
        return False
    start = token_at(v, mention.start)
    end = token_at(v, max(mention.start, mention.end - 1)) + 1
    if start != k + 1 or not v.is_("addressee", start) or not plain_noun(v, start):
        return False
    if v.stems[start].endswith(NOMINATIVE_PLURAL):
        return False
    if any(v.entity_label(i) is not None for i in range(start, end)):
        return False
    return complement_next(v, Candidate(mention, start), hit)


def _aimed_cue(hit: CueHit) -> bool:
    """A masculine verb whose demand is aimed at someone, with no object pronoun
    ("اتهمهما آخر بمحاولة": the object is the pronoun, the noun its subject)."""
    if hit.form.participle or hit.has_object or hit.form.gender != "m":
        return False
    return bool(AIMED & hit.form.takes)


def aimed_speaker(state: State, k: int, hit: CueHit, speaker: Mention | None) -> Mention | None:
    """The zero subject's speaker for an addressee read as the speaker, when it is a
    name, title or source (not another bare noun or verb); else `speaker` stays."""
    v = state.view
    if not addressee_noun(v, speaker, hit, k):
        return speaker
    carried = implicit(state, k, hit, verbs=False)
    if carried is None or verb_mention(v, carried):
        return speaker
    if plain_noun(v, token_at(v, carried.start)) and not carried.attrs.get("role"):
        return speaker
    return carried
