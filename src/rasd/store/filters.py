"""The filters of reads as SQL conditions on row ids: dates, a source, a name
(any spelling, a person by surname or full name), a speaker, an event type.
Each filter is a set of row ids read from an index, so no document row (text
and all) is touched to test it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from rasd.store.connections import Query
from rasd.store.names import person_key
from rasd.store.query import QueryError
from rasd.text.normalize import search_key

WEEK = "date(substr(d.published, 1, 10), '-6 days', 'weekday 1')"  # the Monday of its week


def day_bound(value: str | None, name: str, end: bool) -> str | None:
    """A filter date as a string comparable with ISO `published` values; an end
    date given as a day includes that whole day."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            if end and day == date.max:
                return None  # the whole calendar's last day: no upper bound
            return (day + timedelta(days=1)).isoformat() if end else day.isoformat()
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        raise QueryError(f"{name}: {text!r} is not a date; write it as YYYY-MM-DD") from None


def name_filter(read: Query, column: str, name: str) -> tuple[str, list[Any]]:
    """Rows whose name (by key, any spelling) is `name` or contains it as whole
    words ("كيري" finds "جون كيري"), looked up in the index of names. A person is
    one person whichever way it is asked for: a surname that stands for a full
    name across the corpus (`full_name`) asks for that full name, and a full
    name also takes the rows naming that person by the surname alone."""
    key = search_key(name).strip()
    if not key.split():
        raise QueryError("a name to filter by must have letters")
    key = person_key(read, key)
    words = [w.replace('"', '""') for w in key.split()]
    sql = f"{column} IN (SELECT rowid FROM names_fts WHERE names_fts MATCH ?)"
    params: list[Any] = ['"' + " ".join(words) + '"']
    surname = words[-1]
    if len(words) > 1 and person_key(read, surname) == key:
        sql = f"({sql} OR {column} IN (SELECT id FROM names WHERE key = ?))"
        params.append(surname)
    return sql, params


def document_filters(
    read: Query,
    source: str | None,
    since: str | None,
    until: str | None,
    entity: str | None,
    speaker: str | None,
    event_type: str | None,
    rowid: str = "d.rowid",
) -> tuple[str, list[Any]]:
    """SQL conditions on a document row id (the column `rowid`)."""
    clauses: list[str] = ["1"]
    params: list[Any] = []
    on_documents: list[str] = []
    if source:
        on_documents.append("source = ?")
        params.append(source)
    start = day_bound(since, "since", end=False)
    if start:
        on_documents.append("published >= ?")
        params.append(start)
    stop = day_bound(until, "until", end=True)
    if stop:
        on_documents.append("published < ?")
        params.append(stop)
    if on_documents:
        clauses.append(
            f"{rowid} IN (SELECT rowid FROM documents WHERE {' AND '.join(on_documents)})"
        )
    if entity:
        sql, p = name_filter(read, "name", entity)
        clauses.append(f"{rowid} IN (SELECT doc FROM entities WHERE {sql})")
        params += p
    if speaker:
        sql, p = name_filter(read, "speaker", speaker)
        clauses.append(f"{rowid} IN (SELECT doc FROM quotes WHERE {sql})")
        params += p
    if event_type:
        clauses.append(f"{rowid} IN (SELECT doc FROM events WHERE type = ?)")
        params.append(event_type)
    return " AND ".join(clauses), params
