"""The entities read back: the most mentioned names (a surname folded into the
full name it stands for), a name's articles per week, and the names mentioned
with it."""

from __future__ import annotations

from dataclasses import replace

from rasd.store.connections import Query
from rasd.store.filters import WEEK, name_filter
from rasd.store.names import full_name
from rasd.store.results import EntityCount


def _fold(full: EntityCount, surname: EntityCount) -> EntityCount:
    return replace(
        full,
        mentions=full.mentions + surname.mentions,
        documents=full.documents + surname.documents,
    )


def top_entities(
    read: Query, label: str | None = None, query: str | None = None, top: int = 50
) -> list[EntityCount]:
    """The most mentioned names, spellings merged; `query` keeps names containing it."""
    clauses, params = ["1"], []
    if label:
        clauses.append("e.label = ?")
        params.append(label.upper())
    if query:
        sql, p = name_filter(read, "e.name", query)
        clauses.append(sql)
        params += p
    rows = read(
        "SELECT n.display, n.key, e.label, e.mentions, e.documents"
        " FROM entity_counts e JOIN names n ON n.id = e.name"
        f" WHERE {' AND '.join(clauses)} ORDER BY e.mentions DESC, n.key LIMIT ?",
        [*params, top * 2],  # room for the rows that surnames fold into
    )
    found = {(r.key, r.label): r for r in (EntityCount(*r) for r in rows)}
    for row in list(found.values()):
        full = full_name(read, row)
        if full is not None:
            del found[row.key, row.label]
            kept = found.setdefault((full.key, full.label), full)
            found[full.key, full.label] = _fold(kept, row)
    ranked = sorted(found.values(), key=lambda e: (-e.mentions, e.key))
    return ranked[:top]


def mentions_by_week(read: Query, name: str) -> list[tuple[str, int]]:
    """Articles naming `name` (any spelling, or a name containing it) per week
    (its Monday), in order; undated articles are left out."""
    sql, params = name_filter(read, "e.name", name)
    rows = read(
        f"SELECT {WEEK} AS week,"
        " count(DISTINCT d.rowid) FROM entities e JOIN documents d ON d.rowid = e.doc"
        f" WHERE {sql} AND d.published IS NOT NULL GROUP BY week ORDER BY week",
        params,
    )
    return [(w, n) for w, n in rows if w]


def co_mentioned(read: Query, name: str, top: int = 15) -> list[tuple[str, int]]:
    """The names most often in the same articles as `name`, with how many articles."""
    sql, params = name_filter(read, "name", name)
    own, own_params = name_filter(read, "e.name", name)
    rows = read(
        "SELECT n.display, count(DISTINCT e.doc) AS docs FROM entities e"
        " JOIN names n ON n.id = e.name"
        f" WHERE e.doc IN (SELECT doc FROM entities WHERE {sql})"
        f" AND NOT {own} AND e.label IN ('PER', 'ORG', 'LOC')"
        " GROUP BY e.name ORDER BY docs DESC, n.key LIMIT ?",
        [*params, *own_params, top],
    )
    return [(display, n) for display, n in rows]
