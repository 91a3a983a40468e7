"""Time expressions in Arabic news and their calendar dates.

Relative expressions ("أمس"، "يوم الخميس"، "الثلاثاء الماضي") are resolved against
the article's publication date; absolute ones ("التاسع من سبتمبر أيلول"،
"20 يناير 2018") take their year from the text or, when it is missing, the latest
such date not after publication. Without a publication date only absolute dates
with a year resolve.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta

from rasd.document import Document, Mention
from rasd.text.normalize import match_key

A = "[اأإآ]"
_WEEKDAYS = {  # Python weekday numbers
    "الاثنين": 0,
    "الإثنين": 0,
    "الثلاثاء": 1,
    "الأربعاء": 2,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
    "الاحد": 6,
}
_MONTHS = {
    "يناير": 1,
    "كانون الثاني": 1,
    "فبراير": 2,
    "شباط": 2,
    "مارس": 3,
    "آذار": 3,
    "اذار": 3,
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "نيسان": 4,
    "مايو": 5,
    "أيار": 5,
    "ايار": 5,
    "يونيو": 6,
    "يونيه": 6,
    "حزيران": 6,
    "يوليو": 7,
    "يوليه": 7,
    "تموز": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "آب": 8,
    "اب": 8,
    "سبتمبر": 9,
    "أيلول": 9,
    "ايلول": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "تشرين الأول": 10,
    "تشرين الاول": 10,
    "نوفمبر": 11,
    "تشرين الثاني": 11,
    "ديسمبر": 12,
    "كانون الأول": 12,
    "كانون الاول": 12,
}
_UNITS = {
    "الأول": 1,
    "الاول": 1,
    "الحادي": 1,
    "الثاني": 2,
    "الثالث": 3,
    "الرابع": 4,
    "الخامس": 5,
    "السادس": 6,
    "السابع": 7,
    "الثامن": 8,
    "التاسع": 9,
    "العاشر": 10,
}
_TENS = {"عشر": 10, "العشرين": 20, "الثلاثين": 30}
_RELATIVE_DAYS = {
    "أول من أمس": -2,
    "اول من امس": -2,
    "أول أمس": -2,
    "اول امس": -2,
    "أمس": -1,
    "امس": -1,
    "البارحة": -1,
    "اليوم": 0,
    "غدا": 1,
    "غداً": 1,
}


def _alt(words: dict[str, int]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_DIGITS = "[0-9\u0660-\u0669]"
_ORDINAL = rf"(?:{_alt(_UNITS)})(?:\s+(?:و)?(?:{_alt(_TENS)}))?|(?:{_alt(_TENS)})"
_MONTH = rf"(?:{_alt(_MONTHS)})(?:\s*[/(]?\s*(?:{_alt(_MONTHS)})(?:\s*\))?)?"
_YEAR = rf"(?:\s+(?:عام\s+)?(?P<year>{_DIGITS}{{4}}))?"
_DAY = rf"(?P<day>{_DIGITS}{{1,2}}|{_ORDINAL})"
PATTERN = re.compile(
    rf"(?P<dm>(?:يوم\s+)?{_DAY}\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{_MONTH}){_YEAR})"
    rf"|(?P<my>(?:شهر\s+)?(?P<month2>{_MONTH})\s+(?:من\s+)?(?:عام\s+)?(?P<year2>{_DIGITS}{{4}}))"
    rf"|(?P<wd>(?:يوم\s+)?(?P<weekday>{_alt(_WEEKDAYS)})(?:\s+(?P<dir>الماضي|المقبل|القادم))?)"
    rf"|(?:(?<=\bو)|(?<!\w))(?P<rel>(?:{_alt(_RELATIVE_DAYS)})(?!\w))"
    rf"|(?P<year3>(?:عام|العام)\s+{_DIGITS}{{4}})"
)
_ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
# A month's name with its second name ("يوليو/تموز"، "حزيران (يونيو)"), wherever it
# stands, for the rules that read a month told without its year; a year may be glued
# to it ("أيار/مايو2017").
MONTH_NAME = re.compile(rf"(?<!\w)(?:{_MONTH})(?![^\W\d])")


@dataclass(frozen=True, slots=True)
class TimeExpression:
    start: int
    end: int
    date: str | None  # ISO date, or YYYY-MM / YYYY when only that is known


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def month_number(text: str) -> int:
    """The month (1-12) a month name of `MONTH_NAME` names, 0 when none."""
    return _month_of(text)


def _month_of(text: str) -> int:
    first = re.split(r"\s*[/(]\s*|\s+(?=\S+$)", text.strip())[0]
    for name, number in sorted(_MONTHS.items(), key=lambda kv: -len(kv[0])):
        if text.strip().startswith(name) or first == name:
            return number
    return 0


def _day_of(text: str) -> int:
    text = text.translate(_ARABIC_DIGITS)
    if text.isdigit():
        return int(text)
    total = 0
    for word in re.findall(r"\w+", text):
        word = word.removeprefix("و")
        total += _UNITS.get(word, 0) + _TENS.get(word, 0)
    return total


def _absolute(day: int, month: int, year: str | None, ref: date | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    if year:
        y = int(year.translate(_ARABIC_DIGITS))
    elif ref:
        y = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
    else:
        return None
    try:
        return date(y, month, day).isoformat()
    except ValueError:
        return None


def _weekday(name: str, direction: str | None, ref: date | None) -> str | None:
    if ref is None:
        return None
    wanted = _WEEKDAYS[name]
    if direction in ("المقبل", "القادم"):
        ahead = (wanted - ref.weekday()) % 7 or 7
        return (ref + timedelta(days=ahead)).isoformat()
    back = (ref.weekday() - wanted) % 7
    if direction == "الماضي" and back == 0:
        back = 7
    return (ref - timedelta(days=back)).isoformat()


def find_times(
    text: str, start: int = 0, end: int | None = None, published: str | None = None
) -> list[TimeExpression]:
    """Time expressions in `text[start:end]` with their dates where resolvable."""
    ref = parse_published(published)
    found: list[TimeExpression] = []
    for m in PATTERN.finditer(text, start, len(text) if end is None else end):
        if m.group("dm"):
            iso = _absolute(
                _day_of(m.group("day")), _month_of(m.group("month")), m.group("year"), ref
            )
        elif m.group("my"):
            month = _month_of(m.group("month2"))
            iso = f"{m.group('year2').translate(_ARABIC_DIGITS)}-{month:02d}" if month else None
        elif m.group("wd"):
            iso = _weekday(m.group("weekday"), m.group("dir"), ref)
        elif m.group("rel"):
            offset = _RELATIVE_DAYS[m.group("rel")]
            iso = (ref + timedelta(days=offset)).isoformat() if ref else None
        else:
            iso = re.sub(r"\D", "", m.group("year3").translate(_ARABIC_DIGITS))
        found.append(TimeExpression(m.start(), m.end(), iso))
    return found


def nearest_time(
    text: str, times: list[TimeExpression], anchor: int, start: int, end: int
) -> Mention | None:
    """The time expression nearest to `anchor`, preferring those inside the
    clause `start`..`end`, as the mention of when an event happened."""
    if not times:
        return None
    inside = [t for t in times if start <= t.start and t.end <= end] or times
    best = min(inside, key=lambda t: abs(t.start - anchor))
    attrs = {"date": best.date} if best.date else {}
    said = match_key(text[best.start : best.end]).removeprefix("يوم ").strip()
    return Mention(best.start, best.end, said, attrs)


# A comma, a colon or a stop bounds the clause an act and its date stand in.
_CLAUSE_STOP = re.compile(r"[،,.:؛!?؟\n]")


def clause_around(doc: Document, sentence: int, at: int) -> tuple[int, int]:
    """Where the clause around `at` starts and ends in its sentence: after the last
    comma or stop before `at`, up to the next one after it."""
    bounds = doc.sentences[sentence]
    stops = list(_CLAUSE_STOP.finditer(doc.text, bounds.start, at))
    stop = _CLAUSE_STOP.search(doc.text, at, bounds.end)
    return (stops[-1].end() if stops else bounds.start), (stop.start() if stop else bounds.end)


def first_day(iso: str | None) -> date | None:
    """The first day a date read by `find_times` covers: a year, a month or a day."""
    parts = _date_parts(iso)
    if not parts:
        return None
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_day(iso: str | None) -> date | None:
    """The last day a date read by `find_times` covers: a year, a month or a day."""
    parts = _date_parts(iso)
    if not parts:
        return None
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], monthrange(parts[0], parts[1])[1])
    return date(*parts)


def _date_parts(iso: str | None) -> list[int]:
    return [int(p) for p in iso.split("-")] if iso and iso[:4].isdigit() else []
