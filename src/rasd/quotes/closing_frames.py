"""An attribution frame that closes the clause it vouches for (issue 12, qframe2).

"اعتقلت السلطات … نسرين سوتوده الأربعاء، حسبما أعلن زوجها على فيس بوك."، "…، وفقا
لما نقلته قناة "المنار" التابعة لحزب الله.": after a comma, a frame whose source
runs on with no further comma to the sentence's end is the clause's last part; the
few words after the source say where it spoke, whom it relayed or what it is, and
the quotation ends before the frame, as the gold spans do.
"""

from __future__ import annotations

from rasd.quotes.frame_tails import closing_tail
from rasd.quotes.regions import is_name_region
from rasd.quotes.view import DocView

# More words after the source are the rest of the clause the frame interrupts
# ("ينتظر غرب اليابان، حسب الأرصاد الجوية اليابانية مرور إعصار جونغداري …").
SOURCE_TAIL_WORDS = 8
# Fewer words before the frame are a verb and its subject whose object follows it.
CLOSED_CLAUSE_WORDS = 5


def closing_frame(v: DocView, first: int, start: int, after: int, end: int) -> bool:
    """The frame starting at `start` follows a clause and its comma, and the few
    words after its source run to the sentence end with no comma and give the source
    no words of its own ("وكانت شبكة … ذكرت، في تقرير لها، نقلا عن مصدر تركي أن
    …" relays what the cue before it reports). With no comma before it, the frame
    closes the clause when what follows its source does (`frame_tails.closing_tail`:
    "… 23 موقعًا حسب موقع أمانة محافظة جدة على شبكة الإنترنت.")."""
    if start >= 1 and v.word(start - 1) and closing_tail(v, after, end):
        return sum(1 for j in range(first, start) if v.word(j)) >= CLOSED_CLAUSE_WORDS
    if start < 1 or not v.punct(start - 1, "،,") or not _sentence_ends(v, end):
        return False
    if sum(1 for j in range(first, start) if v.word(j)) < CLOSED_CLAUSE_WORDS:
        return False
    if sum(1 for j in range(after, end) if v.word(j)) > SOURCE_TAIL_WORDS:
        return False
    return not any(v.punct(j, "،,;؛") or speech_opens(v, j) for j in range(after, end))


def _sentence_ends(v: DocView, end: int) -> bool:
    """The clause end is the sentence's, not a comma before more of the clause
    ("وهو ما يمثل، بحسب المنتدى، عشرة أضعاف العدد")."""
    return end >= len(v.keys) or not v.punct(end, "،,;؛")


def speech_opens(v: DocView, j: int) -> bool:
    """A complementizer ("فإن" included), a colon or quoted words: what the source
    said follows; not a quoted name ("تعرف باسم "الخوذات البيضاء"")."""
    r = v.region_at.get(j)
    if r is not None:
        return not is_name_region(v, r)
    return v.punct(j, ":") or v.complementizer(j) or v.keys[j] == "فان"
