"""An attribution that closes a sentence telling an act with a cue's quotation inside
vouches for the whole sentence: "أمهلت الكويت السفير …، معتبرة أنه شخص غير مرغوب فيه،
وفق ما أعلن مسؤول …"، "واستلم الرئيس السوداني الأسبق، السلطة …، كما تعهد أن يفعل …،
بحسب "سونا"". The gold lists the sentence as the source's quotation, and the cue's
own quotation inside it (a quotation reported inside another one has its own speaker).
A sentence of saying that a source closes ("قال X إن …، وفقا لوكالة الأناضول") or opens
("وحسب فرانس برس، قال X إن …") is only relayed by it and gets no second quotation.
"""

from __future__ import annotations

from rasd.quotes.clues import finite_verb
from rasd.quotes.state import State
from rasd.quotes.view import DocView

TAIL_WORDS = 2  # words after a closing source that still leave it closing the sentence
AUX_REACH = 6  # words from a past auxiliary's subject to the verb it carries


def told_sentence(
    state: State, a: int, after: int, s_first: int, s_end: int
) -> tuple[int, int] | None:
    """(first, last) of the sentence the attribution at `a` vouches for when it closes
    a sentence that tells an act and a cue's quotation lies inside; else None."""
    v = state.view
    if a <= s_first + 1 or not _closes_sentence(v, after, s_end) or not _act_verb(v, s_first):
        return None
    span = (s_first, _lead(v, a))
    return span if _holds_cue_quote(state, *span) else None


def _act_verb(v: DocView, j: int) -> bool:
    """The sentence opens with a verb of an act, not of saying: "أمهلت الكويت السفير
    …، معتبرة أنه …، وفق …" tells an act the source vouches for, the speech inside it
    included; "قال X إن …، وفقا لوكالة …" only credits the agency that relayed it."""
    if j + 1 >= v.n or not v.word(j) or v.cue(j) is not None:
        return False
    # The verb stands before its definite or named subject ("أمهلت الكويت"، "واستلم
    # الرئيس"), not a preposition before a bare noun ("وإثر تحقيق"). A verb the
    # frequency test misses is an undetermined word, no name and no particle.
    bare = not (
        v.definite[j]
        or v.entity_label(j) is not None
        or v.is_("function", j)
        or v.complementizer(j)
    )
    subject = v.definite[j + 1] or v.entity_label(j + 1) is not None
    return subject and (bare or finite_verb(v, j)) and not _carries_saying(v, j)


def _carries_saying(v: DocView, j: int) -> bool:
    """ "وكانت إيران كشفت عن الجيل الجديد …، وقالت إنها …، حسبما نقلت …": a past
    auxiliary (words.tsv `past_auxiliary`) carries the sentence's verb; when that verb,
    the first after the subject, is a cue, the sentence tells a speech act, not an act.
    A cue aimed at someone (cues.tsv flag O: "وكانت السلطات قد هددت النساء …") is an
    act done to them all the same, which the closing frame vouches for."""
    if not v.is_("past_auxiliary", j):
        return False
    for k in range(j + 2, min(v.n, j + 2 + AUX_REACH)):
        if v.punct(k):
            return False
        hit = v.cue(k)
        if hit is not None and k not in v.region_at:
            return not hit.form.participle and "O" not in hit.form.takes
        if finite_verb(v, k):
            return False
    return False


def _lead(v: DocView, a: int) -> int:
    """Where the attribution starts: at "وذلك" after a comma, else at `a`."""
    return a - 1 if v.is_("attribution_lead", a - 1) and v.punct(a - 2, "،,") else a


def _closes_sentence(v: DocView, after: int, s_end: int) -> bool:
    """No clause follows the source: at most a word or two outside quotation marks
    (its medium's name, a day) and no comma."""
    rest = [j for j in range(after, s_end) if v.word(j) and j not in v.region_at]
    return len(rest) <= TAIL_WORDS and not any(v.punct(j, "،,:") for j in range(after, s_end))


def _holds_cue_quote(state: State, first: int, last: int) -> bool:
    """The words hold a cue's quotation, whole, and the cue before it: the speaker's
    sentence, not a clause the cue's quotation runs out of."""
    v = state.view
    inside = [(b, e) for b, e in state.covered if b < last and first < e]
    if not inside or not all(first <= b and e <= last for b, e in inside):
        return False
    opening = min(b for b, _ in inside)
    return any(v.cue(j) is not None and j not in v.region_at for j in range(first, opening))
