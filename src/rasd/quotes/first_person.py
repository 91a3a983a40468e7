"""A cue written in the first person singular: "وأعتقد أن تلك الابتسامة"، "ولا أعتقد أن".

The past of a cue whose alef is a hamzat wasl (اعتقد، اعتبر، اعترف: words.tsv
`wasl_cue`) and its first person present differ only by the hamza the writer puts on
the alef (أعتقد "I believe"); under the match key both read as the past. Written
with its hamza it is the writer's own view, or the speaker's inside their quotation:
never a third person's words that the verb introduces. In a paragraph where someone
already speaks ("وقال: … وأعتقد أن"، an interview's answer after its question) it is
that speaker's own words going on, so the reading stays.
"""

from __future__ import annotations

from rasd.quotes.view import CueHit, DocView
from rasd.text.normalize import match_key


def first_person(v: DocView, k: int, hit: CueHit) -> bool:
    """Token k spells the cue's past with a hamza on its alef: أعتقد, not اعتقد."""
    if hit.form.participle or hit.has_object:
        return False
    if not v.lexicon.has("wasl_cue", match_key(hit.form.lemma)):
        return False
    surface = v.texts[k]
    if surface[:1] in "وف" and surface[1:2] == "أ":
        surface = surface[1:]  # "وأعتقد"، "فأعتقد"
    if surface[:1] != "أ" or match_key(surface) != match_key(hit.form.lemma):
        return False
    if v.entity_label(k + 1) is not None:
        return False  # "وأعترف عماد لـ"سبق" بعدم ثقته": the past, its hamza misspelt
    return not _someone_speaks(v, k)


_ANSWER_MARKS = "-–—*؟?:"  # an interview's answer or question, a colon that opens speech


def _someone_speaks(v: DocView, k: int) -> bool:
    """A quotation mark, a colon, a dash or a question before k in its paragraph: the
    first person is a speaker's, not the writer's. A cue alone is not
    ("كأنه أراد أن يقول للعالم إن …. وأعتقد أن": the writer reads the prince's smile)."""
    p = v.para_of[k]
    start = v.para_bounds[p][0] if p >= 0 else 0
    for j in range(start, k):
        if v.region_opening(j) is not None or v.punct(j, _ANSWER_MARKS):
            return True
    return False
