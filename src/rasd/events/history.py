"""Acts the story recalls rather than tells, known by their dates (evback, issue 13):
an act whose own date phrase, right after its trigger, names a year before the
article's ("مكتسبات مفاوضات عام 2015"، "وهدمت عتليت العربية عام 1948"), and the lines
of a "this day in history" page ("1944 - الحرب العالمية الثانية: بداية إعدام …"), and
a tally or a standing act counted from a past start ("اعتقلت نحو 16 ألف امرأة منذ عام
1967", evsince), and an act dated by a month alone months before the article ("وفرضت
الحكومة العراقية نهاية أيلول/سبتمبر حظرا" in March, evdate), after its trigger or
fronting it ("وفي يوليو/تموز الماضي، اتهمت" in February, evbackground).
`attributes.flag_background` marks them; the gold codes background as optional."""

from __future__ import annotations

import re
from datetime import date, timedelta

from rasd.document import Document, Event
from rasd.events.dated_when import recalled_when
from rasd.events.dates import clause_around, find_times, last_day, parse_published
from rasd.events.month_dates import long_before, months_alone
from rasd.events.sentence import WORD_LISTS
from rasd.events.span_back import recalled_by_span
from rasd.events.year_opened import opened_by_year
from rasd.text.normalize import match_key

# Switches for `benchmarks/event_diff.py`: the dated act, the almanac line, a year
# named with سنة, and the span counted from منذ and a date.
DATED_ON = True
ALMANAC_ON = True
SANA_ON = True
SINCE_ON = True
# The act dated by a month named without its year (evdate), and by one fronting its
# clause (evbackground).
MONTH_ON = True
FRONTED_MONTH_ON = True
# "وفي يوليو/تموز الماضي،": how many words a date phrase fronting the verb may hold.
_FRONT_WORDS = 5
# How many words after the trigger its own date phrase may start ("ووقعت إيران على
# الاتفاق في عام 2015"): the object and a preposition; farther on, a date belongs to
# another noun of the clause ("انتقادات علنية لضم روسيا منطقة القرم عام 2014").
_DATE_REACH = 4
# An act dated within this many days of the article is news told with its date.
_RECENT = timedelta(days=60)
# "الاتفاق النووي المبرم عام 2015"، "الاتفاق الذي أبرم عام 2015": a participle or a
# relative between the trigger and the year gives the year to the noun before it.
_OWN_DATE = WORD_LISTS.words("dated_participles") | WORD_LISTS.words("relatives")
# "تحاصرها قوات النظام منذ العام 2013"، "اعتقلوا منذ الانتخابات الرئاسية عام 2013": a
# date after منذ starts a span that reaches the article's day, not the act's own date;
# `dated_since` reads the span.
_SINCE = ("منذ",)
# "اعتقلت نحو 16 ألف امرأة فلسطينية منذ عام 1967": how many words after the trigger
# منذ may stand (a count and its noun come between).
_SINCE_REACH = 6
# "وتتهمه تركيا بتدبير محاولة الانقلاب سنة 2016": the year dates the act charged; the
# charge itself stands today (evyear).
_ACCUSING = tuple(WORD_LISTS.words("accusing"))
# "محاولة الانقلاب سنة 2016": the other word for a year (evyear).
_SANA = re.compile(r"(?<!\w)ل?(?:ال)?سنة\s+((?:1[0-9]|20)\d\d)(?!\d)")
# "1944 - الحرب العالمية الثانية: …": a line that opens with a year and a dash.
_ALMANAC = re.compile(r"\s*((?:1[0-9]|20)\d\d)\s*[-–]\s")


def recalled_by_date(doc: Document, ev: Event) -> bool:
    """Whether the event is history: an almanac line, or an act dated long before
    the article (after its trigger, or before it and joined by حين, `dated_when`), or
    by a span back or "last year" (`span_back`), or told in a sentence an old year
    opens (`year_opened`)."""
    return (
        almanac_line(doc, ev)
        or dated_before(doc, ev)
        or dated_since(doc, ev)
        or dated_by_month(doc, ev)
        or recalled_when(doc, ev, trigger_end(doc, ev))
        or recalled_by_span(doc, ev, trigger_end(doc, ev))
        or opened_by_year(doc, ev, trigger_end(doc, ev))
    )


def almanac_line(doc: Document, ev: Event) -> bool:
    """ "1951 - الحكومة البريطانية توافق على مبدأ تأميم النفط الإيراني": a sentence
    opening with a year and a dash lists what happened on this day years ago (a
    year not before the article's own is a heading of this year's news)."""
    if not ALMANAC_ON:
        return False
    sentence = doc.sentences[ev.sentence]
    line = _ALMANAC.match(doc.text, sentence.start, sentence.end)
    published = parse_published(doc.published)
    return line is not None and (published is None or int(line.group(1)) < published.year)


def dated_before(doc: Document, ev: Event) -> bool:
    """ "مكتسبات مفاوضات عام 2015"، "وهدمت عتليت العربية عام 1948": the trigger's own
    date phrase (عام or سنة and a year, within a few words and in its clause) names a year
    that ended more than two months before the article's date. A year alone is how
    history is dated; news acts are dated by their day. A named year is no sign by
    itself (evprec3: it dates acts of the article's year too), so the article's date
    must say the year is past. A month with its year is left alone: on dev folds 0-1
    it dates acts the gold codes as told ("ألقي القبض عليه في نوفمبر 2011"). A year
    given to the object by a participle or a relative ("الانسحاب من الاتفاق المبرم عام
    2015") dates the object, not the act; so does the charge of a verb of accusing
    ("وتتهمه تركيا بتدبير محاولة الانقلاب سنة 2016")."""
    published = parse_published(doc.published)
    start = trigger_end(doc, ev)
    if not DATED_ON or published is None or start is None or _accusing(ev):
        return False
    end = clause_around(doc, ev.sentence, start)[1]
    return any(
        _own_date(doc.text, start, at) and date(year, 12, 31) < published - _RECENT
        for at, year in _years(doc, start, end)
    )


def dated_by_month(doc: Document, ev: Event) -> bool:
    """ "وفرضت الحكومة العراقية نهاية أيلول/سبتمبر حظرا" (a March article)، "وافق في
    أغسطس/آب الماضي" (a March one): the trigger's own date phrase, as `dated_before`
    reads it, names a month without its year that stands months before the article's
    month (`month_dates.long_before`, evdate). A month a few weeks back dates news the
    gold codes as told; a month told as coming is no past date."""
    published = parse_published(doc.published)
    start = trigger_end(doc, ev)
    if not MONTH_ON or published is None or start is None:
        return False
    if _fronted_month(doc, ev, start, published):
        return True  # "وفي يوليو الماضي، اتهمت": fronted, it dates the accusing too
    end = clause_around(doc, ev.sentence, start)[1]
    return not _accusing(ev) and any(
        _own_date(doc.text, start, m.start) and long_before(m, published)
        for m in months_alone(doc.text, start, end)
    )


def _fronted_month(doc: Document, ev: Event, start: int, published: date) -> bool:
    """ "وفي يوليو/تموز الماضي، اتهمت الشرطة الأسترالية شقيقين" (a February article): a
    month named alone, months before the article's (`month_dates.long_before`), whose
    date phrase is all that stands before the verb in its clause, or in the clause
    before it when a comma follows the date (evbackground). The month dates the act
    as `attributes.recalled_in_year` reads a fronted year."""
    if not FRONTED_MONTH_ON:
        return False
    at = start - len(str(ev.attrs.get("trigger", "")))
    head = clause_around(doc, ev.sentence, at)[0]
    if not doc.text[head:at].strip() and head > doc.sentences[ev.sentence].start:
        head = clause_around(doc, ev.sentence, head - 1)[0]
    words = doc.text[head:at].split()
    if not words or len(words) > _FRONT_WORDS:
        return False
    first = doc.text.index(words[0], head)
    return any(
        m.start == first and long_before(m, published) for m in months_alone(doc.text, head, at)
    )


def _own_date(text: str, start: int, at: int) -> bool:
    """Whether a date phrase at `at` is the act's own: within `_DATE_REACH` words of the
    trigger's end (`start`), with no participle, relative or منذ between giving it to
    another noun or a span."""
    before = text[start:at].split()
    if len(before) > _DATE_REACH:
        return False
    keys = [match_key(w).removeprefix("و") for w in before]
    return not any(k in _OWN_DATE or k in _SINCE for k in keys)


def dated_since(doc: Document, ev: Event) -> bool:
    """ "اعتقلت نحو 16 ألف امرأة فلسطينية منذ عام 1967"، "تحاصرها قوات النظام منذ العام
    2013": منذ after the trigger, in its clause, right before a date that ended more
    than two months before the article. The act is a span or a tally reaching back to
    a past start, which the story recalls as background (evsince; the gold codes such
    acts as optional). A recent start ("منذ 14 يوليو" in an August article) is news;
    so is an act after منذ and another act it counts from ("اعتقلوا منذ الانتخابات
    الرئاسية عام 2013", evback), which dates the act counted from, not a span."""
    published = parse_published(doc.published)
    start = trigger_end(doc, ev)
    if not SINCE_ON or published is None or start is None:
        return False
    end = clause_around(doc, ev.sentence, start)[1]
    since = _since_at(doc.text, start, end)
    if since is None:
        return False
    times = find_times(doc.text, since, end, doc.published)
    if not times or doc.text[since : times[0].start].strip():
        return False
    last = last_day(times[0].date)
    return last is not None and last < published - _RECENT


def _since_at(text: str, start: int, end: int) -> int | None:
    """Where the words after منذ start, when منذ is among the first words after `start`."""
    at = start
    for word in text[start:end].split()[:_SINCE_REACH]:
        at = text.index(word, at) + len(word)
        if match_key(word).removeprefix("و") in _SINCE:
            return at
    return None


def _years(doc: Document, start: int, end: int) -> list[tuple[int, int]]:
    """Where each year named alone in `start`..`end` starts, and the year: "عام/العام
    YYYY" as `find_times` reads it, and "سنة/السنة YYYY", which it leaves alone because
    an event's time read from it would change which events merge (evyear)."""
    found = [
        (t.start, int(t.date))
        for t in find_times(doc.text, start, end, doc.published)
        if t.date and t.date.isdigit()
    ]
    if SANA_ON:
        found += [(m.start(), int(m.group(1))) for m in _SANA.finditer(doc.text, start, end)]
    return sorted(found)


def _accusing(ev: Event) -> bool:
    """Whether the trigger is a verb of accusing, whose dated complement is the charge."""
    key = match_key(str(ev.attrs.get("trigger", ""))).removeprefix("و")
    return key.startswith(_ACCUSING)


def trigger_end(doc: Document, ev: Event) -> int | None:
    """Where the trigger word ends: in the event's evidence span first (a trigger word
    may stand earlier in the sentence too), else in its sentence."""
    trigger = str(ev.attrs.get("trigger", ""))
    sentence = doc.sentences[ev.sentence]
    if not trigger:
        return None
    at = doc.text.find(trigger, max(ev.start, sentence.start), sentence.end)
    if at < 0:
        at = doc.text.find(trigger, sentence.start, sentence.end)
    return None if at < 0 else at + len(trigger)
