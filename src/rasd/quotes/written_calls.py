"""Demands a document makes: "ومرر مجلس الأمن قرارا يطالب بوقف القتال"، "وزعت السويد
والكويت … مشروع قرار يدعو إلى هدنة"، "ووجه العضوان خطابا يطالب بالتحقيق". A present
cue right after an indefinite document noun that agrees with it is a relative clause
on the document (no relative pronoun follows an indefinite noun); what the document
says is said by whoever made it, the subject of the sentence's verb before it; with
no maker said, the usual zero-subject rules and the ranker choose (words.tsv
`written_call`, `written_call_f`).
"""

from __future__ import annotations

from rasd.quotes.speaker_words import Phrase
from rasd.quotes.view import CueHit, DocView

_GENDER_LIST = {"m": "written_call", "f": "written_call_f"}
_PRESENT = ("ي", "ت")


def written_call(v: DocView, k: int, hit: CueHit) -> Phrase | None:
    """The document a present cue at k is a relative clause on, as a phrase, when the
    cue has no subject of its own."""
    if k < 1 or hit.form.participle or v.proclitics[k] or not v.keys[k].startswith(_PRESENT):
        return None
    wanted = _GENDER_LIST.get(hit.form.gender)
    j = k - 1
    if wanted is None or not v.is_(wanted, j) or v.definite[j] or v.enclitic[j]:
        return None
    start = j - 1 if j > 0 and v.is_("written_call_head", j - 1) else j
    return Phrase(start, k)


def maker(document: Phrase, agent: Phrase | None) -> Phrase | None:
    """Who made the document: the subject of the verb before it, when one speaks
    ("ومرر مجلس الأمن قرارا")."""
    return agent if agent is not None and agent.end <= document.start else None
