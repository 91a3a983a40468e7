"""An attribution frame with no comma before it that closes the reported clause
(issue 12, qframe3).

"… للتصدي للمستوطنين الذين يهددون بذبح قرابينهم على بواباته بحسب وكالة الانباء
الفلسطينية وفا."، "أكد أنه نفذ ضربة جوية … في إقليم كنر حسب ما نقلته وكالة رويترز.":
the writer credits the clause to a source without a comma; when nothing of the clause
follows the source (the sentence ends), the reported words end before the frame, as
the gold spans do and as they already did after a comma (`closing_frames.py`, the
`cut` row). A frame with more of the clause after its source ("تمكنت قوات النظام
الخميس بحسب المرصد من السيطرة على …") is left inside the clause.
"""

from __future__ import annotations

from rasd.quotes.closing_frames import CLOSED_CLAUSE_WORDS, speech_opens
from rasd.quotes.frame_tails import closing_tail
from rasd.quotes.sources import attributed_source, frame_verb
from rasd.quotes.speaker_words import Phrase
from rasd.quotes.view import DocView

# Words after the source that still close the sentence: the agency's initials or
# a time word ("بحسب وكالة الأنباء الفلسطينية وفا"); more are the clause going on.
SOURCE_TAIL_WORDS = 2


def bare_frame(v: DocView, i: int) -> bool:
    """The frame at `i` follows a word, after at least a few words of its sentence
    (fewer are a verb and its subject whose object the source interrupts), and its
    source runs to the sentence end with at most a few words and no comma, or with
    what `frame_tails.closing_tail` lets close it (where it published, the next
    report's "من جانبه،", a comma and the writer's note). A relative
    clause after the source ("بحسب موقع زناك الذي أشار إلى مصادر …") is left alone:
    its cue would give the source a false quotation of its own."""
    if not v.is_("attribution", i) or i in v.region_at or not v.word(i - 1):
        return False
    s = v.sent_of[i]
    if s < 0:
        return False
    s_first, s_end = v.sent_bounds[s]
    if sum(1 for j in range(s_first, i) if v.word(j)) < CLOSED_CLAUSE_WORDS:
        return False
    found = attributed_source(v, i, s_end)
    if found is None or not _source_head(v, found[0], i, s_end):
        return False
    if closing_tail(v, found[1], s_end):
        return True
    tail = range(found[1], s_end)
    if any(v.punct(j, "،,;؛") or speech_opens(v, j) for j in tail):
        return False
    return sum(1 for j in tail if v.word(j)) <= SOURCE_TAIL_WORDS


def _source_head(v: DocView, phrase: Phrase, i: int, s_end: int) -> bool:
    """The frame's phrase opens with who vouches (a name, a title, a medium, a report,
    an unnamed source) or follows its verb ("حسب ما نقلته وكالة رويترز"); not "حسب
    رغبة المدرب خليل المصري" (as the coach wished), where a name stands further in."""
    k = phrase.start
    return (
        frame_verb(v, i, s_end) is not None
        or phrase.anonymous
        or (phrase.name is not None and phrase.name[0] == k)
        or any(v.is_(c, k) for c in ("title", "source_head", "cited_source"))
    )
