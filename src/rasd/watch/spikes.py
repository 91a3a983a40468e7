"""Spikes: days whose number of alerts is far above the watch's recent baseline."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

BASELINE_DAYS = 30
SIGMAS = 3.0
MIN_ALERTS = 3  # a quiet watch's first two alerts are news, not a spike
MIN_HISTORY = 7  # days of the watch's own history before a baseline means anything


@dataclass(frozen=True, slots=True)
class Day:
    day: str
    count: int
    baseline: float  # mean of the previous BASELINE_DAYS days (days without alerts count 0)
    threshold: float  # mean + SIGMAS standard deviations
    spike: bool


def daily(counts: Iterable[tuple[str, int]]) -> list[Day]:
    """Every day from the first with alerts to the last (quiet days as 0), each
    flagged when its count is above mean + 3 sd of the (up to) 30 days before it,
    once the watch has a week of history."""
    known = {date.fromisoformat(d): n for d, n in counts if _is_day(d)}
    if not known:
        return []
    first, last = min(known), max(known)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    out = []
    for i, day in enumerate(days):
        before = [known.get(d, 0) for d in days[max(0, i - BASELINE_DAYS) : i]]
        mean = statistics.fmean(before) if before else 0.0
        threshold = mean + SIGMAS * (statistics.pstdev(before) if before else 0.0)
        count = known.get(day, 0)
        spike = len(before) >= MIN_HISTORY and count >= MIN_ALERTS and count > threshold
        out.append(Day(day.isoformat(), count, round(mean, 2), round(threshold, 2), spike))
    return out


def _is_day(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
