"""Cue forms inside an adjunct of another cue's clause that are no act of speech of
their own, so the content after them stays with the cue that is waiting for it
(issue 12, qnest): وردت + news is "arrived" (وَرَدَت), not و + ردّت "replied"; a verb of
a relative clause on an indefinite noun ("في انتخابات انتقدتها واشنطن: «…»") leaves the
quotation after the colon to the sentence's cue; "متحدثاً عن X" names whom one spoke
about; and a time clause ("حين وردت تقارير …") is read past to the complementizer.
"""

from __future__ import annotations

from rasd.quotes.adjunct_complements import ADJUNCT_REACH, Content
from rasd.quotes.circumstances import skip_adverbials
from rasd.quotes.content import cue_content
from rasd.quotes.lexicon import RELATIVES
from rasd.quotes.state import State
from rasd.quotes.view import CueHit, DocView
from rasd.text.normalize import match_key

_STOPS = ".!?؟:؛;"  # a sentence, a colon or a list ends the time clause


def news_arrived(state: State, k: int, hit: CueHit) -> bool:
    """ "حين وردت تقارير عن أول الاشتباكات"، "ولم ترد أنباء فورية عن وقوع أضرار": a form
    of a cue whose letters are also ورد "to arrive" (words.tsv `arrive_alike`: ردّ
    "replied", whose past with و and whose present are written as those of ورد)
    followed at once by news that arrives (`arriving_news`) tells that news came: the
    reports reply to no one. Their content is the sentence's earlier cue's, waiting for
    it, or nobody's when no news came (`negation`); alone, "وردت تقارير عن أن …" still
    reports what the reports said."""
    v = state.view
    if hit.form.participle or hit.has_object:
        return False
    if not v.lexicon.has("arrive_alike", match_key(hit.form.lemma)):
        return False
    if not v.is_("arriving_news", k + 1):
        return False
    return v.is_("negation", k - 1) or _cue_waiting(state, k)


def content_past_time_clause(
    state: State, k: int, hit: CueHit, p: int, end: int, content: Content | None
) -> Content | None:
    """What the cue at k says when nothing was read after its speaker phrase (ending
    at p) and a time clause follows (words.tsv `time_clause`: "وصرح الجنرال يوم الجمعة
    حين وردت تقارير عن أول الاشتباكات بأن …"): the clause tells when the words were
    said, so the first complementizer past it opens them, unless a cue of the clause
    (its own words), a stop or a quotation comes first."""
    v = state.view
    if content is not None or hit.form.participle:
        return content
    past, _ = skip_adverbials(v, p, end)  # the skip may pass the conjunction itself
    lead = next((j for j in range(p, min(past + 1, end)) if v.is_("time_clause", j)), None)
    if lead is None:
        return content
    for j in range(lead + 1, min(end, lead + ADJUNCT_REACH)):
        if v.complementizer(j):
            found = cue_content(v, k, j, end, hit, False)
            return found if found is not None and found[1] == j else content
        if v.punct(j, _STOPS) or j in v.region_at:
            return content
        inner = v.cue(j)
        if inner is not None and not news_arrived(state, j, inner):
            return content
    return content


def relative_to_noun(state: State, k: int, hit: CueHit) -> bool:
    """ "وقال مادورو، … في انتخابات انتقدتها واشنطن: «…»": a cue verb right after an
    indefinite noun, carrying the object pronoun that refers back to it, is the verb of
    a relative clause describing that noun (what Washington criticized is the
    election): it is no cue of its own while an earlier cue of the same sentence has
    found no content yet, for that cue's content follows."""
    v = state.view
    if hit.form.participle or not hit.has_object or k < 1:
        return False
    noun = k - 1
    if not v.word(noun) or v.definite[noun] or v.proclitics[noun] or v.enclitic[noun]:
        return False
    if v.entity_label(noun) is not None or v.cue(noun) is not None or v.keys[noun] in RELATIVES:
        return False
    if len(v.stems[noun]) < 3 or v.is_("function", noun) or v.keys[k] in v.lexicon.nouns:
        return False  # "وقال في إجابته: «…»": a preposition and a verbal noun, no relative
    return _colon_quote_after(v, k) and _cue_waiting(state, k)


COLON_REACH = 8  # tokens from the relative verb to the colon that opens the quotation


def _colon_quote_after(v: DocView, k: int) -> bool:
    """A colon and a quotation follow the relative verb's subject ("انتقدتها واشنطن:
    «…»"): the words wait for the sentence's first cue, not for the relative verb,
    whose own object is its noun."""
    for j in range(k + 1, min(v.sentence_end(k), k + COLON_REACH)):
        if v.punct(j, ":"):
            return j + 1 in v.region_at
        if v.punct(j) or j in v.region_at:
            return False
    return False


SUBJECT_REACH = 3  # tokens after a waiting cue where its named subject starts


def _cue_waiting(state: State, k: int) -> bool:
    """An earlier finite cue of k's sentence that no quotation has yet, whose subject is
    named right after it ("وصرح الجنرال"، "وقال مادورو"; not "فتاة تبلغ 18 عاما")."""
    v = state.view
    sentence = v.sent_of[k]
    used = {q.cue.start for q in state.quotes if q.cue is not None}
    j = k - 1
    while j >= 0 and v.sent_of[j] == sentence:
        hit = v.cue(j)
        free = hit is not None and not hit.form.participle and v.tokens[j].start not in used
        if free and any(_named(v, i) for i in range(j + 1, min(k, j + 1 + SUBJECT_REACH))):
            return True
        j -= 1
    return False


def about_name(v: DocView, content: Content | None) -> bool:
    """ "وقال مادورو، متحدثاً عن تود روبنسون، …": what was read after a cue is عن and a
    name and nothing more: whom the speaker spoke about, not what was said."""
    if content is None or content[0] != "indirect" or v.keys[content[1]] != "عن":
        return False
    first, last = content[1] + 1, content[2]
    if v.entity_at is None or first >= last:
        return False
    # The tagger may leave a first name out of the entity ("تود روبنسون").
    named = (v.entity_label(j) is not None or v.name_like(j) for j in range(first, last))
    return v.entity_label(last - 1) is not None and all(named)


def _named(v: DocView, i: int) -> bool:
    return v.entity_label(i) is not None or v.is_("title", i)
