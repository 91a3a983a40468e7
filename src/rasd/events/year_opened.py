"""Acts of a sentence opened by an old year (evfalse, issue 13): "في عام 2011، ألقي
القبض عليه وتم استجوابه …، وبعد أشهر، أطلق سراحه بعد أن كتب تعهداً" (a 2018 article).
A year named alone, before the article's, that opens the sentence as its own phrase
(ended by a comma) dates the acts the sentence tells after it, not only the verb right
after it (`attributes.recalled_in_year` reads that one): the sentence recalls a past
stretch of the story, which the gold codes as background. A later date in the sentence
before the trigger gives the act its own time, and a span from the year (منذ) reaches
the article's day, so both are left alone."""

from __future__ import annotations

import re
from datetime import date, timedelta

from rasd.document import Document, Event
from rasd.events.dates import find_times, parse_published
from rasd.events.sentence import WORD_LISTS

# Switch for `benchmarks/event_diff.py`.
ON = True
# "في عام 2011،"، "وفي العام 2015،": the phrase that may open the sentence.
_YEAR_WORDS = "|".join(sorted(WORD_LISTS.words("year_words"), key=len, reverse=True))
_OPENING = re.compile(rf"\s*[\"«]?[وف]?(?:في|فى)\s+(?:{_YEAR_WORDS})\s+((?:19|20)\d\d)م?\s*[،,]")
# A year ending within this many days of the article may still date its news.
_RECENT = timedelta(days=60)


def opened_by_year(doc: Document, ev: Event, trigger_end: int | None) -> bool:
    """Whether the event's sentence opens with an old year's phrase and no other date
    stands between that phrase and the trigger."""
    published = parse_published(doc.published)
    if not ON or published is None or trigger_end is None:
        return False
    sentence = doc.sentences[ev.sentence]
    opening = _OPENING.match(doc.text, sentence.start, sentence.end)
    if opening is None or date(int(opening.group(1)), 12, 31) >= published - _RECENT:
        return False
    at = trigger_end - len(str(ev.attrs.get("trigger", "")))
    return at >= opening.end() and not find_times(doc.text, opening.end(), at, doc.published)
