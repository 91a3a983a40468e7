"""Attributions whose source is left unsaid: "بحسب ما كتب على صفحته"، "، وفق ما يقول،"،
"حسبما يرون": the reporting verb's subject is the pronoun of someone named before, who
vouches for the clause before the attribution.
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.quotes.relays import pronoun_gender
from rasd.quotes.sources import relays_from_pronoun, told_end
from rasd.quotes.state import STATED, State
from rasd.quotes.view import DocView

# Where the unsaid subject's verb may say it spoke, before the comma or the sentence end.
UNSAID_REACH = 8


def unsaid_source(state: State, a: int, end: int) -> tuple[Mention | None, int] | None:
    """(speaker, where the attribution ends) for "بحسب ما قال في إحدى مقابلاته" or
    "، حسبما يرون،": a cue right after "ما" (or in "حسبما") with no subject after it,
    only whom it told ("لوكالة تونس افريقيا للأنباء") and the place it spoke in ("على
    صفحته"، "في مقابلة") before the clause ends; the
    speaker is the cue's own implicit subject (the antecedent, the clause's or the
    latest speaker). None when a noun follows the verb (its subject, read by
    `sources.attributed_source`) or the verb is no cue."""
    v = state.view
    verb = a + 2 if a + 2 < end and v.keys[a + 1] in ("ما", "لما") else a + 1
    if v.keys[a] == "حسبما":
        verb = a + 1
    if verb >= end:
        return None
    hit = v.cue(verb)
    if relays_from_pronoun(v, verb, end):
        # "، بحسب ما نقلته عنه الوكالة": the one "عنه" stands for spoke, with the
        # pronoun's gender (the verb's own pronoun is the words); the medium named
        # after it only relayed them.
        stop = _stop_within(v, verb + 2, end)
        gender = pronoun_gender(v.keys[verb + 1]) or "m"
        if stop is None:
            return None
        return _cue_subject_before(state, a, gender) or earlier_speaker(state, a, gender), stop
    if hit is None or hit.form.participle or hit.has_object or v.keys[verb] in STATED:
        return None  # "حسبما ورد في بيان": و + رد, it was stated in
    if hit.form.takes & {"S", "A"}:
        return None  # "وفق ما أظهرت، الأربعاء، صور …": figures or things show
    told = told_end(v, verb + 1, end)  # "حسب ما ذكر لوكالة تونس افريقيا للأنباء،"
    stop = _clause_stop(state, told, end)
    if stop is None:
        return None
    # "اتهم …، شرف لقمان، التحالف …، حسبما قال لـCNN.": who told it is the subject of
    # the sentence's cue, before any earlier speaker.
    said = _cue_subject_before(state, a, hit.form.gender) if told > verb + 1 else None
    return said or earlier_speaker(state, a, hit.form.gender), stop


def earlier_speaker(state: State, a: int, gender: str) -> Mention | None:
    """The latest speaker before the attribution whose gender the verb agrees with (the
    cue passes have run over the whole text, so later speakers are skipped; a subject
    whose cue said nothing is no speaker); None when the latest one disagrees: the
    words are still someone's, unnamed."""
    for said in reversed(state.said):
        # "كما أنه كتب رسائل …": a cue with no content read its object as subject.
        if said.token < a and said.spoke:
            return said.mention if said.gender == gender or gender == "p" else None
    return None


def _cue_subject_before(state: State, a: int, gender: str) -> Mention | None:
    """ "وقال عرقجي، بحسب ما نقلت عنه وكالة "إيسنا"، "…"": the subject of a cue earlier
    in the frame's sentence, though the frame kept the cue from reading its words."""
    v = state.view
    first = v.sent_bounds[v.sent_of[a]][0] if v.sent_of[a] >= 0 else a
    for said in reversed(state.said):
        if first <= said.token < a:
            return said.mention if said.gender == gender or gender == "p" else None
    return None


def _clause_stop(state: State, i: int, end: int) -> int | None:
    """The comma or sentence end right after the verb, past a phrase of where it was
    said that opens with a preposition; None when anything else follows."""
    v = state.view
    if i >= end or v.punct(i, "،,.!?؟"):
        return i
    if v.keys[i] not in _WHERE:
        return None
    return _stop_within(v, i + 1, end)


def _stop_within(v: DocView, i: int, end: int) -> int | None:
    """The comma or sentence end within `UNSAID_REACH` words of i; None when a cue or a
    complementizer comes first (the frame's words go on)."""
    for j in range(i, min(end, i + UNSAID_REACH)):
        if v.punct(j, "،,.!?؟"):
            return j
        if v.cue(j) is not None or v.complementizer(j):
            return None
    return end if end - i < UNSAID_REACH else None


_WHERE = frozenset({"في", "على", "عبر", "خلال", "امام", "لدى"})
