"""Stories: articles on the same event, grouped across sources within a time window.

Two MinHash signatures are kept per article (computed at ingest, `records.py`):
one over 4-word shingles finds near-duplicates (wire copies, republished
articles: Jaccard >= 0.7), one over the set of content terms links articles that
tell the same story in different words (Jaccard >= 0.25), if they were published
within `window_days` of each other. Linked articles are grouped (union-find).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import TYPE_CHECKING

import numpy as np
from datasketch import LeanMinHash, MinHashLSH

from rasd.store.records import NUM_PERM, SCHEME
from rasd.store.results import Story, StoryDocument

if TYPE_CHECKING:
    from rasd.store.core import Store

DUPLICATE_THRESHOLD = 0.7
STORY_THRESHOLD = 0.25
_SEED = 7


def _minhash(blob: bytes) -> LeanMinHash:
    return LeanMinHash(seed=_SEED, hashvalues=np.frombuffer(blob, dtype=np.uint32), scheme=SCHEME)


def _timestamp(published: str | None) -> float | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).timestamp()
    except ValueError:
        return None


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def find_stories(
    store: Store,
    since: str | None,
    until: str | None,
    limit: int,
    window_days: float,
) -> list[Story]:
    where, params = store._filters(None, since, until, None, None, None)
    rows = store._query(
        "SELECT d.id, d.title, d.published, d.source, s.dup, s.topic"
        f" FROM signatures s JOIN documents d ON d.rowid = s.doc WHERE {where}"
        " ORDER BY d.published, d.rowid",
        params,
    )
    if not rows:
        return []
    window = window_days * 86400
    times = [_timestamp(r[2]) for r in rows]
    groups = _UnionFind(len(rows))
    duplicate_of: dict[int, int] = {}
    for column, threshold in ((4, DUPLICATE_THRESHOLD), (5, STORY_THRESHOLD)):
        lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
        hashes = []
        for i, row in enumerate(rows):
            mh = _minhash(row[column])
            hashes.append(mh)
            for j in lsh.query(mh):
                if not _close(times[i], times[j], window):
                    continue
                if mh.jaccard(hashes[j]) < threshold:
                    continue
                groups.union(i, j)
                if column == 4:
                    duplicate_of.setdefault(i, j)
            lsh.insert(i, mh)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(rows)):
        members[groups.find(i)].append(i)
    clusters = sorted(
        (m for m in members.values() if len(m) > 1),
        key=lambda m: (-len({rows[i][3] for i in m}), -len(m), -(times[m[-1]] or 0)),
    )
    return [_story(rows, m, duplicate_of) for m in clusters[:limit]]


def _close(a: float | None, b: float | None, window: float) -> bool:
    return a is None or b is None or abs(a - b) <= window


def _story(rows: list[tuple], members: list[int], duplicate_of: dict[int, int]) -> Story:
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
    central = _central(rows, members)
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


def _central(rows: list[tuple], members: list[int]) -> int:
    """The member most similar to the others: its title names the story."""
    if len(members) <= 2:
        return members[0]
    sample = members[:50]
    hashes = {i: _minhash(rows[i][5]) for i in sample}
    return max(sample, key=lambda i: sum(hashes[i].jaccard(hashes[j]) for j in sample if j != i))
