"""Answers in an interview or a press conference: a cue with no subject after a
question put to the speaker ("وردا على سؤال حول …، قال:"، "فما هي البرامج التي
تفضلها؟ أجاب:") is the interviewee's, never a name or verb inside the question.
"""

from __future__ import annotations

from rasd.document import Mention
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.state import State, recent
from rasd.quotes.view import CueHit, DocView

QUESTION_REACH = 3  # tokens after "ردا على" to the word that makes it a question
ANSWER_LEMMA = "أجاب"


def question_start(v: DocView, k: int, hit: CueHit) -> int | None:
    """The first token of the question before cue `k` in its sentence: "ردا على
    سؤال/ما إذا" (not "ردا على ذلك", which answers a deed), or, for "أجاب" with
    words before it, the sentence's start: those words are the question."""
    s = v.sent_of[k]
    if s < 0:
        return None
    start = v.sent_bounds[s][0]
    for j in range(start, k - 2):
        if v.is_("answer_opening", j) and v.keys[j + 1] == "على" and _asks(v, j + 2, k):
            return j
    if hit.form.lemma == ANSWER_LEMMA and start < k - 1:
        return start
    return None


def _asks(v: DocView, first: int, k: int) -> bool:
    """A question word within reach after "على" ("سؤال"، "ما إذا"، "أحد الأسئلة")."""
    return any(v.is_("question_noun", j) for j in range(first, min(k, first + QUESTION_REACH)))


def answered(state: State, k: int, hit: CueHit, phrase: Phrase | None) -> Mention | None:
    """The interviewee, for an answer cue with no subject or with one inside the
    question; none otherwise."""
    if phrase is not None and not in_question(state.view, k, hit, phrase):
        return None
    return interviewee(state, k, hit)


def in_question(v: DocView, k: int, hit: CueHit, phrase: Phrase) -> bool:
    """ "وردا على ما إذا …، والموسم الحالي يشارك فيه الفنان عاصي الحلاني … أجاب:":
    the phrase before the cue lies inside the question, so it is not who answers."""
    question = question_start(v, k, hit)
    return question is not None and question < phrase.start and phrase.end <= k


def interviewee(state: State, k: int, hit: CueHit) -> Mention | None:
    """The speaker of an answer cue with no subject: the latest speaker before the
    question of the cue's gender; none where the question has none before it or
    someone after it has answered already (the other rules decide then)."""
    v = state.view
    question = question_start(v, k, hit)
    if question is None:
        return None
    for said in recent(state.said):
        if said.token >= question:
            if said.token < k:
                return None  # "وردا على سؤال …، قال لو كانغ …، إلا أنه أضاف": answered
            continue
        if not said.spoke:
            continue
        if said.gender == hit.form.gender:
            return said.mention
    return None
