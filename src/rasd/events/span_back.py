"""Acts dated by a span back from the story's news, or by "last year" (evspan, issue 13):
"ويأتي الحادث بعد أسبوعين من إطلاق نار" (the shooting two weeks before), "بعد ستة أشهر
من الانسحاب", "وقتلوا العام الماضي أكثر من 70 شخصا", and acts summed up over a past
stretch ("على مدار الفترة الماضية … ضربات موجعة", evbackground). `history.dated_before` reads
a year named by its digits; these name it by its distance. The gold codes such acts
as background (optional). A span of days or of one week is left alone: on dev folds
0-1 it dates news the gold codes as told ("بعد أسبوع من رفع الحظر"، "بعد أيام على
دعوة العاهل المغربي")."""

from __future__ import annotations

from datetime import date, timedelta

from rasd.document import Document, Event
from rasd.events.dates import clause_around, parse_published
from rasd.events.sentence import WORD_LISTS
from rasd.text.normalize import match_key

# Switches for `benchmarks/event_diff.py`: the span back, and the span over a past period.
SPAN_ON = True
OVER_ON = True
_AFTER = WORD_LISTS.words("span_after")
_UNITS = WORD_LISTS.words("span_units")
_COUNTS = WORD_LISTS.words("span_counts")
_FROM = WORD_LISTS.words("span_from")
_STARTS = WORD_LISTS.words("span_starts")
_OVER = WORD_LISTS.words("span_over")
_PERIODS = WORD_LISTS.words("span_periods")
_PAST = WORD_LISTS.words("span_past")
_RELATIVES = WORD_LISTS.words("relatives")
# How many words may stand between the trigger and "على مدار/طوال" and its period.
_OVER_REACH = 6
_LAST_YEAR = frozenset(tuple(p.split("_")) for p in WORD_LISTS.words("last_year"))
# A participle, a relative or منذ between the trigger and "العام الماضي" gives the year
# to another noun or a span ("منطقة خفض التصعيد التي جرى التوصل إليها العام الماضي").
_OTHER_NOUN = (
    WORD_LISTS.words("dated_participles") | WORD_LISTS.words("relatives") | frozenset({"منذ"})
)
_ACCUSING = tuple(WORD_LISTS.words("accusing"))
# How many words after the trigger "العام الماضي" may start (as `history._DATE_REACH`).
_YEAR_REACH = 4
# Last year is past only once the article is two months into its own year.
_RECENT = timedelta(days=60)


def recalled_by_span(doc: Document, ev: Event, trigger_end: int | None) -> bool:
    """Whether the trigger follows "بعد + span of weeks or more + من/على", "العام
    الماضي" follows it as its own date, or "على مدار/طوال + a past period" stands a few
    words from it with no relative between."""
    if not SPAN_ON or trigger_end is None:
        return False
    trigger = str(ev.attrs.get("trigger", ""))
    start, end = clause_around(doc, ev.sentence, trigger_end - len(trigger))
    before = _keys(doc.text[start : trigger_end - len(trigger)])
    after = _keys(doc.text[trigger_end:end])
    return (
        _after_span(before)
        or _last_year(doc, trigger, after)
        or (OVER_ON and (_over_period(_near(before[::-1])[::-1]) or _over_period(_near(after))))
    )


def _near(words: list[str]) -> list[str]:
    """The first words of `words` (those next to the trigger) up to a relative, which
    opens another noun's clause ("الرئيس الفخري الذي حرص طوال الفترة الماضية")."""
    near = words[: _OVER_REACH + 3]
    return next((near[:i] for i, w in enumerate(near) if w in _RELATIVES), near)


def _over_period(words: list[str]) -> bool:
    """Whether the words hold "على مدار/طوال + a period of months or more + الماضية":
    "ونجحت قوات الجيش على مدار الفترة الماضية في توجيه ضربات موجعة" sums up acts over
    a past stretch, no one act the story tells (evbackground)."""
    return any(
        words[i] in _OVER and words[i + 1] in _PERIODS and words[i + 2] in _PAST
        for i in range(len(words) - 2)
    )


def _after_span(words: list[str]) -> bool:
    """Whether the words before the trigger end in "بعد [count] unit من", or in that and
    one noun the trigger depends on ("بعد ستة أسابيع من إطلاق نار") that is no start of
    an act still going on ("بعد شهرين من انطلاق الهجوم")."""
    if words and words[-1] in _FROM:
        return _span(words[:-1])
    if len(words) > 1 and words[-2] in _FROM and words[-1] not in _STARTS:
        return _span(words[:-2])
    return False


def _span(words: list[str]) -> bool:
    """Whether the words end in "بعد", up to two counts or "نحو", and a unit of weeks or
    more."""
    if not words or words[-1] not in _UNITS:
        return False
    for word in reversed(words[-4:-1]):
        if word in _AFTER:
            return True
        if word not in _COUNTS and not word.isdigit():
            return False
    return False


def _last_year(doc: Document, trigger: str, after: list[str]) -> bool:
    """Whether "العام الماضي" stands within a few words after the trigger, with no noun
    taking it between, in an article two months or more into its year. After a verb of
    accusing it dates the charge, unless it follows the verb right away ("اتهم العام
    الماضي")."""
    published = parse_published(doc.published)
    if published is None or date(published.year - 1, 12, 31) >= published - _RECENT:
        return False
    accusing = match_key(trigger).removeprefix("و").startswith(_ACCUSING)
    words = [w for w in after if w != "في"]  # "في العام الماضي"
    for i in range(min(_YEAR_REACH + 1, len(words) - 1)):
        if words[i] in _OTHER_NOUN:
            return False
        if (words[i], words[i + 1]) in _LAST_YEAR:
            return not accusing or i == 0
    return False


def _keys(text: str) -> list[str]:
    """The words of `text` as match keys without و, and without the punctuation that
    clings to them."""
    return [match_key(w).removeprefix("و").strip("\"'«»()") for w in text.split()]
