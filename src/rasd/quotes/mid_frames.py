"""An attribution frame between commas after a whole clause, followed by a new one
(issue 12, qinside).

"ويبلغ حجم قطاع البناء … 165.4 مليار ريال، في 2017، حسب وكالة فيتش، وتستحوذ الشركة
الكندية على …"، "قدم وزير الاقتصاد اليوناني استقالته …، بحسب ما أعلنه مكتب رئيس
الحكومة، بعد ساعات على إقالة زوجته": the frame closes the clause before it, and what
follows its second comma is the writer's next clause (a verb after و/ف, a partitive
"بينهم", a time phrase, the writer's "مما") or more about the source (its title, its
relative clause), not more of what the source vouches for; the quotation ends before
the frame, as the gold spans do. A frame right after a verb and its subject
interrupts the clause instead ("وتسبب القصف المتواصل، بحسب المصدر ذاته، بدمار كبير")
and is left to the callers' rules.
"""

from __future__ import annotations

from rasd.quotes.clause_cuts import conjoined_verb, opens_clause
from rasd.quotes.closing_frames import CLOSED_CLAUSE_WORDS
from rasd.quotes.state import RELATIVE_GENDER
from rasd.quotes.view import DocView


def frame_ends_clause(v: DocView, first: int, start: int, after: int) -> bool:
    """The frame starting at `start` follows a comma and at least a verb, its subject
    and more, and its source ends at a comma that a new clause follows. Not when the
    frame interrupts a cue ("إذ يقول هيرودوت، حسبما أشار …، …"), nor when the source
    phrase runs over a comma, which may have taken the clause's own words ("بحسب ما
    قالته الصحيفة، بجورج بابادوبولوس، مستشار …")."""
    if start < 1 or not v.punct(start - 1, "،,") or not v.punct(after, "،,"):
        return False
    if _cue_awaits(v, start) or any(v.punct(j, "،,") for j in range(start, after)):
        return False
    if sum(1 for j in range(first, start) if v.word(j)) < CLOSED_CLAUSE_WORDS:
        return False
    nxt = after + 1
    return nxt < v.n and (
        v.is_("frame_then", nxt) or conjoined_verb(v, nxt) or _about_source(v, nxt)
    )


def _about_source(v: DocView, i: int) -> bool:
    """ "، بحسب ما أفاد خالد البطش، رئيس اللجنة المنظمة"، "، بحسب الموقع …، الذي نشر
    صوراً": the source's title or relative clause after its comma says who it is."""
    return v.is_("title", i) or v.stems[i] in RELATIVE_GENDER


CUE_REACH = 3  # words between a cue opening its clause and the comma before the frame


def _cue_awaits(v: DocView, start: int) -> bool:
    """ "إذ يقول هيرودوت، حسبما أشار العالم الفرنسي …، …": a cue that opens its clause
    just before the frame, whose words come after the frame; not a noun of a cue's
    form inside the clause ("أدى إلى إثارة رد فعل، بحسب التقرير، وسُجلت")."""
    return any(
        v.cue(j) is not None and opens_clause(v, j)
        for j in range(max(0, start - 1 - CUE_REACH), start - 1)
    )
