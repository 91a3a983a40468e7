"""Stories: articles on the same event, grouped across sources within a time window.

Two MinHash signatures are kept per article (computed at ingest, `records.py`):
one over 4-word shingles finds near-duplicates (wire copies, republished
articles: estimated Jaccard >= 0.7), one over the set of content terms links
articles that tell the same story in different words (>= 0.3). Articles are
taken in order of publication; each joins the story of its most similar earlier
article published within `window_days`, unless that story began more than two
windows ago (so recurring items, a daily weather report, do not chain forever).
Comparisons are vectorised over the window, so a year of news takes seconds.
Articles without a date are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np

from rasd.store.connections import Query
from rasd.store.filters import day_bound, document_filters
from rasd.store.query import QueryError
from rasd.store.records import NUM_PERM
from rasd.store.results import Period, StoriesPage, Story, StoryDocument

RECENT_DAYS = 30  # what a stories query covers when given no dates
DUPLICATE_THRESHOLD = 0.7
STORY_THRESHOLD = 0.3  # chosen by reading October 2018 (0.25 chained unrelated CNN items)


def stories_page(
    read: Query,
    since: str | None = None,
    until: str | None = None,
    limit: int = 20,
    window_days: float = 3.0,
) -> StoriesPage:
    """The stories between the dates (with neither date, the last `RECENT_DAYS`
    days of the corpus, up to its newest article, which keeps the answer quick),
    the period they cover and the periods of the same length before and after it
    (for paging through time)."""
    if not window_days >= 0:  # also refuses NaN
        raise QueryError(f"window: {window_days} days; give 0 or more")
    day_bound(since, "since", end=False)
    day_bound(until, "until", end=True)
    oldest, newest = read(
        "SELECT min(published), max(published) FROM documents WHERE published IS NOT NULL"
    )[0]
    period = story_period(since, until, oldest, newest, RECENT_DAYS)
    if period is None:
        return StoriesPage(None)
    where, params = document_filters(read, None, period.since, period.until, None, None, None)
    rows = read(
        "SELECT d.id, d.title, d.published, d.source, s.dup, s.topic"
        f" FROM signatures s JOIN documents d ON d.rowid = s.doc WHERE {where}"
        " AND d.published IS NOT NULL",
        params,
    )
    earlier, later = neighbours(period, oldest, newest)
    return StoriesPage(period, find_stories(rows, limit, window_days), earlier, later)


def _timestamp(published: str | None) -> float | None:
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None
    return moment.timestamp() if moment.tzinfo else moment.replace(tzinfo=None).timestamp()


def _signatures(rows: list[tuple[Any, ...]], column: int) -> np.ndarray:
    return np.frombuffer(b"".join(r[column] for r in rows), dtype=np.uint32).reshape(
        len(rows), NUM_PERM
    )


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def story_period(
    since: str | None, until: str | None, oldest: str | None, newest: str | None, recent: int
) -> Period | None:
    """The days a stories query covers, each end filled in from the corpus: with
    neither date, the `recent` days up to the newest article. None when the corpus
    has no dated article and no date was given."""
    first, last = _day(since), _day(until)
    newest_day, oldest_day = _day(newest), _day(oldest)
    if last is None:
        last = (
            newest_day
            if newest_day is not None and (first is None or newest_day >= first)
            else first
        )
    if first is None:
        if last is None:
            return None
        # an end date alone covers the corpus up to it
        corpus_start = oldest_day if until and oldest_day and oldest_day <= last else None
        first = corpus_start or _shift(last, -recent)
    return Period(first.isoformat(), last.isoformat())


def _shift(day: date, days: int) -> date:
    """`day` moved by `days`, kept within the calendar (a query may ask for 0001-01-01)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.min if days < 0 else date.max


def neighbours(
    period: Period, oldest: str | None, newest: str | None
) -> tuple[Period | None, Period | None]:
    """The periods of the same length just before and just after `period`, each
    only when the corpus has articles there."""
    first, last = date.fromisoformat(period.since), date.fromisoformat(period.until)
    length = last - first + timedelta(days=1)
    oldest_day, newest_day = _day(oldest), _day(newest)
    earlier = later = None
    if oldest_day is not None and oldest_day < first:
        end = _shift(first, -1)
        earlier = Period(max(_shift(end, 1 - length.days), oldest_day).isoformat(), end.isoformat())
    if newest_day is not None and newest_day > last:
        start = _shift(last, 1)
        later = Period(
            start.isoformat(), min(_shift(start, length.days - 1), newest_day).isoformat()
        )
    return earlier, later


def find_stories(rows: Sequence[tuple[Any, ...]], limit: int, window_days: float) -> list[Story]:
    """Stories among `rows` of (id, title, published, source, dup signature, topic
    signature), the largest across sources first."""
    dated = [(t, r) for r in rows if (t := _timestamp(r[2])) is not None]
    if not dated:
        return []
    dated.sort(key=lambda item: item[0])
    times = np.array([t for t, _ in dated])
    rows = [r for _, r in dated]
    dup, topic = _signatures(rows, 4), _signatures(rows, 5)
    window = window_days * 86400
    story_of = np.zeros(len(rows), dtype=np.int64)
    story_start: list[float] = []
    duplicate_of: dict[int, int] = {}
    low = 0
    for i in range(len(rows)):
        while times[low] < times[i] - window:
            low += 1
        story = -1
        if low < i:
            dup_sim = (dup[low:i] == dup[i]).mean(axis=1)
            best = int(dup_sim.argmax())
            if dup_sim[best] >= DUPLICATE_THRESHOLD:
                duplicate_of[i] = low + best
                story = int(story_of[low + best])
            else:
                topic_sim = (topic[low:i] == topic[i]).mean(axis=1)
                best = int(topic_sim.argmax())
                candidate = int(story_of[low + best])
                if (
                    topic_sim[best] >= STORY_THRESHOLD
                    and story_start[candidate] >= times[i] - 2 * window
                ):
                    story = candidate
        if story < 0:
            story = len(story_start)
            story_start.append(float(times[i]))
        story_of[i] = story
    members: dict[int, list[int]] = defaultdict(list)
    for i, story in enumerate(story_of.tolist()):
        members[story].append(i)
    clusters = sorted(
        (m for m in members.values() if len(m) > 1),
        key=lambda m: (-len({rows[i][3] for i in m}), -len(m), -times[m[-1]]),
    )
    return [_story(rows, m, duplicate_of, topic) for m in clusters[:limit]]


def _story(
    rows: list[tuple[Any, ...]],
    members: list[int],
    duplicate_of: dict[int, int],
    topic: np.ndarray,
) -> Story:
    docs = [
        StoryDocument(
            rows[i][0],
            rows[i][1],
            rows[i][2],
            rows[i][3],
            rows[duplicate_of[i]][0] if i in duplicate_of else None,
        )
        for i in members
    ]
    # The article closest to all the others names the story.
    sample = members[:50]
    similarity = (topic[sample][:, None, :] == topic[sample][None, :, :]).mean(axis=2).sum(axis=1)
    central = sample[int(similarity.argmax())]
    published = [d.published for d in docs if d.published]
    return Story(
        id=docs[0].id,
        title=rows[central][1],
        size=len(docs),
        first=min(published) if published else None,
        last=max(published) if published else None,
        sources=sorted({d.source for d in docs if d.source}),
        documents=docs,
    )
