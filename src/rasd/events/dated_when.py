"""An act told after حين or عندما that follows, in its clause, a date a year or more
before the article (evdate2, issue 13), or told in a clause opened by كان after such a
date ("وكان كلاي أدين في عام 1967 بعد رفضه القتال", evbackground): "وتعود أحداث القضية إلى آب/أغسطس 2013 حين
اندلعت أعمال عنف تلت فض اعتصام" in a 2018 article, "في مايو/أيار 1968 حين كانت
الاحتجاجات". The conjunction gives the act the date before it, which the story recalls
as background; the gold codes such acts as optional. `history.dated_before` reads a
date only after the trigger; here the date stands before it. A date within the year
is left alone: it may date news still told; so is an act whose own date, right after
its trigger, is within the year ("عندما اعتقل إيلوفيتش في الثامن عشر من شباط/فبراير")."""

from __future__ import annotations

from datetime import date, timedelta

from rasd.document import Document, Event
from rasd.events.dates import clause_around, find_times, first_day, parse_published
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

# Switches for `benchmarks/event_diff.py`: حين after the date, and كان before it.
WHEN_ON = True
PLUPERFECT_ON = True
# "حين"، "عندما"، "إذ": the conjunctions that give the act the date before them.
_WHEN = WORD_LISTS.words("dated_when")
# "وكان كلاي أدين في عام 1967 بعد رفضه القتال": a clause opened by كان tells its acts as
# the past before the story, and the date in it gives them their time (evbackground).
_PAST_AUX = WORD_LISTS.words("past_aux")
# How far back the date must start: a year names history, not the weeks just told.
_YEAR_BACK = timedelta(days=365)
# How many words after the trigger its own date may start, its object and a preposition
# ("عندما اعتقل إيلوفيتش في الثامن عشر من شباط/فبراير"); farther on, a date belongs to
# another noun ("قرارا يدعو دول العالم إلى اعتماد يوم الثامن من مارس").
_OWN_REACH = 3


def recalled_when(doc: Document, ev: Event, trigger_end: int | None) -> bool:
    """Whether a date a year or more before the article stands in the trigger's clause
    before it, with حين or عندما between the date and the trigger."""
    published = parse_published(doc.published)
    if not WHEN_ON or published is None or trigger_end is None:
        return False
    at = trigger_end - len(str(ev.attrs.get("trigger", "")))
    start = clause_around(doc, ev.sentence, at)[0]
    times = [t for t in find_times(doc.text, start, at, doc.published) if first_day(t.date)]
    if not times:
        return False
    last = times[-1]
    first = first_day(last.date)
    old = first is not None and first <= published - _YEAR_BACK
    return (
        old
        and (_joined(doc.text, last.end, at) or _pluperfect(doc.text, start, last.start))
        and not _dated_since(doc, ev, trigger_end, published)
    )


def _dated_since(doc: Document, ev: Event, at: int, published: date) -> bool:
    """Whether the act's own date, a few words after its trigger in its clause, is
    within the year: "فتح هذا التحقيق عام 2017 لكنه تطور … عندما اعتقل إيلوفيتش في
    الثامن عشر من شباط/فبراير" (a 2018 article) tells this year's arrest."""
    end = clause_around(doc, ev.sentence, at)[1]
    days = [
        first_day(t.date)
        for t in find_times(doc.text, at, end, doc.published)
        if len(doc.text[at : t.start].split()) <= _OWN_REACH
    ]
    return any(day is not None and day > published - _YEAR_BACK for day in days)


def _pluperfect(text: str, start: int, at: int) -> bool:
    """Whether the clause starting at `start` opens with a form of كان before the date at
    `at`: "وكان كلاي أدين في عام 1967 بعد رفضه القتال" recalls the conviction and the
    refusal both."""
    words = text[start:at].split()[:1]
    return PLUPERFECT_ON and bool(words) and match_key(words[0]).removeprefix("و") in _PAST_AUX


def _joined(text: str, start: int, at: int) -> bool:
    """Whether حين or عندما stands among the words between the date and the trigger."""
    return any(match_key(w).removeprefix("و") in _WHEN for w in text[start:at].split())
