"""Quotation cues that are no one's speech act where they stand: a negated cue ("لم
يطالب"), a cue word read as a noun ("طالب لجوء"، "طلب العلم") or a written sign
("لافتة كتب عليها"), a participle read as the passive ("متهمة بالعمل") and a
shaddaed look-alike ("ودّعت"). `speech.speech_events` drops such quotations before
typing any; apart from `speech.py` because they ask about the cue word alone.
"""

from __future__ import annotations

import re

from rasd.document import Document, Quote
from rasd.events.sense_talk import obliged, seeker, student
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

_NEGATORS = {"لم", "لا", "لن", "ما", "ولم", "ولا", "ولن"}


def negated_cue(doc: Document, quote: Quote) -> bool:
    if quote.cue is None:
        return False
    before = doc.text[max(0, quote.cue.start - 6) : quote.cue.start].split()
    return bool(before) and match_key(before[-1]) in _NEGATORS


_SIGNS = WORD_LISTS.forms("signs")


def _bare(text: str) -> str:
    return match_key(text).removeprefix("و").removeprefix("ال")


def noun_cue(doc: Document, quote: Quote) -> bool:
    """A cue that is a noun here ("وطالب لجوء سوري": an asylum seeker; "وهو طالب
    دراسات عليا": a student), or a sign whose words are written, not said ("ورفعت
    لافتة كُتب عليها "نرحب بكم في بلدنا""): no one's speech act."""
    if quote.cue is not None and _bare(doc.slice(quote.cue)).startswith(_SIGNS):
        return True
    cue = match_key(doc.slice(quote.cue)).removeprefix("و") if quote.cue is not None else ""
    if not cue.startswith(("طالب", "طلب", "مطالب")):
        return False
    after = doc.text[quote.cue.end : quote.cue.end + 30].split()
    if cue.startswith("مطالب"):  # "سيكون أوزيل مطالبا بإثبات جدارته": required to
        before = doc.text[max(0, quote.cue.start - 30) : quote.cue.start].split()
        return obliged(before, after[0] if after else "")
    if cue not in ("طالب", "طلب"):
        return False
    before = doc.text[max(0, quote.cue.start - 8) : quote.cue.start].split()
    if after and seeker(after[0].strip("،,.؛:!؟")):
        return True  # "هو طلب الدنيا"، "طلب العلم": a pursuit, no demand
    return cue == "طالب" and student(before[-1] if before else "", after)


_PASSIVE_CUES = WORD_LISTS.words("passive_cues")


_PASSIVE_AFTER = WORD_LISTS.forms("passive_after")


_UNDOUBLED = re.compile("[دع][\u064b-\u0650]*\u0651")


def passive_cue(doc: Document, quote: Quote) -> bool:
    """A participle cue read as the passive or a noun ("كيانات متهمة بالعمل"، "ستة عشر
    متهمًا في القضية"، "مناطق مهددة بالزلازل"): accused or threatened, no one's act; the
    active participle takes its object first ("متهمة روسيا بالوقوف") or opens a clause
    ("، مهددة بالرد").
    And a demand cue written with a shadda on د or ع is another verb ("ودّعت" bade
    farewell, "يدَّعون" claim): دعا carries none."""
    if quote.cue is None:
        return False
    written = doc.slice(quote.cue)
    if _UNDOUBLED.search(written) and written.strip("وف")[:1] in "يتد":
        return True
    before = doc.text[max(0, quote.cue.start - 3) : quote.cue.start].strip()
    if (
        _bare(written) not in _PASSIVE_CUES
        or written.startswith("و")
        or before.endswith(("،", ","))
    ):
        return False  # "، مهددة بالرد"، "ومتهمة": the active participle of a clause
    after = match_key(doc.text[quote.cue.end : quote.cue.end + 20]).split()
    return bool(after) and after[0].startswith(_PASSIVE_AFTER)
