"""A participle that states a claim with a bare verbal noun at the end of a chain:
"أكد الناطق …، موضحاً أن …، مبيناً وقوع حالتي غرق"، "متوقعا زيادة الطلب على النفط".
The finite verbs of these cues take only أن (words.tsv `noun_participles`): "وبين" is
"and between" far more often than "and showed", so the bare noun is read after the
participle only, where it follows a comma and its speaker is the chain's subject, and
never a noun that names what was explained (`explained_topics`: "موضحا أسباب الإيقاف في
تغريدة أخرى قائلا: …"), whose words follow with a cue of their own, nor after "فيها"
(a document that shows it).
"""

from __future__ import annotations

from dataclasses import replace

from rasd.quotes.view import CueHit, DocView
from rasd.text.normalize import match_key


def with_noun(v: DocView, k: int, hit: CueHit) -> CueHit:
    """The participle's hit taking the bare verbal noun (N) as what was said."""
    form = hit.form
    if "N" in form.takes or not form.participle or not v.punct(k - 1, "،,"):
        return hit
    if v.is_("explained_topics", k + 1) or _in_it(v, k + 1):
        return hit
    if not v.lexicon.has("noun_participles", match_key(form.lemma)):
        return hit
    return replace(hit, form=replace(form, takes=form.takes | {"N"}))


def _in_it(v: DocView, j: int) -> bool:
    """ "وثيقة التخرج، موضحًا فيها التقدير العام": a function word after the participle
    ("فيها"، "بها") makes it describe a document, shown in it; only "في" may open the
    adverbial before the noun ("موضحا في الوقت نفسه استمرار غياب …")."""
    return v.is_("function", j) and v.keys[j] != "في"
