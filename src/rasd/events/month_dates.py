"""A month told without its year right after a trigger, months before the article
(evdate, issue 13): "وفرضت الحكومة العراقية نهاية أيلول/سبتمبر حظرا" in a March
article, "وافق في أغسطس/آب الماضي" in a March one. News tells the weeks just past by
their month alone, and the gold codes those acts as told ("وطردت السلطات الهولندية
اثنين من الدبلوماسيين الإيرانيين في يوليو" in an August article, "الانسحاب من الاتفاق
النووي في مايو الماضي" in an August one); a month four or more months before the
article's own (and not so far back that it may be a coming one) is an act the story
recalls, which the gold codes as optional. A month told as still to come ("يومي 1 و2
مارس القادم" in a February article) is left to the rules of the future.
`history.dated_by_month` applies it to an event's trigger."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rasd.events.dates import MONTH_NAME, month_number
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

# How many months before the article's own month a month named alone must stand: on
# dev folds 0-1 acts told with the month three back are still coded as news.
MONTHS_BACK = 4
# The farthest back a month named alone is read as past: a month one to three ahead of
# the article's is as likely the coming one ("انتخابات مبكرة دعا لإجرائها في يونيو" in
# April) as last year's, unless an adjective tells it past ("على صنعاء في سبتمبر ايلول
# الماضي" in July).
MONTHS_BACK_MOST = 8
# "في"، "نهاية"، "مطلع"، "أوائل": the words that open a month as a date; a month name
# elsewhere ("اب" for a father, "حتى 12 أيار/مايو" a deadline) is no act's date.
_OPENERS = WORD_LISTS.words("month_openers")
# "في 30 آذار/مارس"، "في التاسع من أبريل"، "في شهر مايو": a day or a link between the
# opener and the month.
_DAY = re.compile(r"^[0-9\u0660-\u0669]{1,2}$")
_DATE_WORDS = WORD_LISTS.words("month_date_words")
# "تموز 2017"، "يونيو/حزيران عام 2017": a year after the month dates it fully, which
# `history.dated_before` leaves alone.
_YEAR_AFTER = re.compile(r"\s*(?:م\s+)?(?:من\s+)?(?:عام\s+|العام\s+|سنة\s+)?[0-9\u0660-\u0669]{4}")
# "في الـ3 من أغسطس/آب المقبل": an adjective of the future after the month.
_UPCOMING = WORD_LISTS.words("upcoming")
# "في سبتمبر ايلول الماضي": an adjective of the past after the month.
_PAST = WORD_LISTS.words("month_past")


@dataclass(frozen=True, slots=True)
class MonthDate:
    """A month named without its year: where its date phrase starts (the opener), the
    month (1-12), and whether an adjective tells it past."""

    start: int
    month: int
    past: bool


def months_alone(text: str, start: int, end: int) -> list[MonthDate]:
    """The months named without a year in `text[start:end]`, each opened as a date
    ("في يوليو"، "نهاية أيلول/سبتمبر"، "في 30 آذار/مارس")."""
    found = []
    for m in MONTH_NAME.finditer(text, start, end):
        after = _word_after(text, m.end(), end)
        if _YEAR_AFTER.match(text, m.end()) or after in _UPCOMING:
            continue
        opened = _opening(text, start, m.start())
        if opened is not None:
            found.append(MonthDate(opened, month_number(m.group()), after in _PAST))
    return found


def long_before(told: MonthDate, published: date) -> bool:
    """Whether a month named alone stands `MONTHS_BACK` to `MONTHS_BACK_MOST` months
    before the article's month (read as the latest such month not after it), or
    farther back when told past."""
    back = (published.month - told.month) % 12
    return back >= MONTHS_BACK and (told.past or back <= MONTHS_BACK_MOST)


def _word_after(text: str, at: int, end: int) -> str:
    """The word after a month (at `at`) without ال ("المقبل"، "الماضي"), as a match key."""
    after = text[at:end].split()[:1]
    return match_key(after[0]).removeprefix("ال") if after else ""


def _opening(text: str, start: int, at: int) -> int | None:
    """Where the date phrase of the month at `at` starts: its day words and openers
    before it, the first of them an opener; None otherwise ("حتى 12 أيار/مايو" is a
    deadline, not the act's date)."""
    words = text[start:at].split()
    first = None
    while words:
        key = match_key(words[-1]).removeprefix("و")
        if not (key in _OPENERS or _DAY.match(key) or key in _DATE_WORDS):
            break
        first = key
        at = text.rindex(words.pop(), start, at)
    return at if first in _OPENERS else None
