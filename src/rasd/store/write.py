"""Writing one prepared document into the store's tables: the document and its
index entries, its entities, quotations and events with their names merged by
key, and the failures of ingest. The caller holds the transaction."""

from __future__ import annotations

import sqlite3
from collections import Counter
from datetime import UTC, datetime
from functools import partial

from rasd.store.records import NameRef, Prepared


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def insert(db: sqlite3.Connection, p: Prepared, name_ids: dict[str, int]) -> str:
    """Write `p` unless it is stored: "added", "present" or "failed" (an id taken
    by another text). `name_ids` caches the ids of names by key across calls."""
    if db.execute("SELECT 1 FROM documents WHERE hash = ?", (p.hash,)).fetchone():
        return "present"
    if p.url and db.execute("SELECT 1 FROM documents WHERE url = ?", (p.url,)).fetchone():
        return "present"
    if db.execute("SELECT 1 FROM documents WHERE id = ?", (p.id,)).fetchone():
        record_failure(
            db, p.url or p.id, f"duplicate id {p.id!r} with a different text (kept the first)"
        )
        return "failed"
    cur = db.execute(
        "INSERT INTO documents(id, hash, url, title, published, source, text, data, ingested)"
        " VALUES(?,?,?,?,?,?,?,?,?)",
        (p.id, p.hash, p.url, p.title, p.published, p.source, p.text, p.data, now()),
    )
    rowid = cur.lastrowid
    db.execute(
        "INSERT INTO fts(rowid, title, body) VALUES(?,?,?)",
        (rowid, p.index_title, p.index_body),
    )
    db.execute(
        "INSERT INTO signatures(doc, published, dup, topic) VALUES(?,?,?,?)",
        (rowid, p.published, p.dup_sig, p.topic_sig),
    )
    name = partial(name_id, db, name_ids)
    entity_rows = [
        (rowid, s, e, lab, ref.text, name(ref), c, r) for s, e, lab, ref, c, r in p.entities
    ]
    db.executemany("INSERT INTO entities VALUES(?,?,?,?,?,?,?,?)", entity_rows)
    # Running totals per name, so "top entities" never scans every mention.
    per_name = Counter((row[5], row[3]) for row in entity_rows)
    db.executemany(
        "INSERT INTO entity_counts VALUES(?,?,?,1) ON CONFLICT(name, label) DO UPDATE"
        " SET mentions = mentions + excluded.mentions, documents = documents + 1",
        [(n, label, count) for (n, label), count in per_name.items()],
    )
    db.executemany(
        "INSERT INTO quotes VALUES(?,?,?,?,?,?,?,?)",
        [
            (rowid, s, e, k, t, sp.text if sp else None, name(sp) if sp else None, cue)
            for s, e, k, t, sp, cue in p.quotes
        ],
    )
    db.executemany(
        "INSERT INTO events VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                rowid, s, e, typ, t,
                src.text if src else None, name(src) if src else None,
                tgt.text if tgt else None, name(tgt) if tgt else None,
                where, when, day, attrs,
            )
            for s, e, typ, t, src, tgt, where, when, day, attrs in p.events
        ],
    )  # fmt: skip
    return "added"


def name_id(db: sqlite3.Connection, name_ids: dict[str, int], ref: NameRef) -> int:
    """The id of the name `ref` stands for, added (and indexed) when new."""
    cached = name_ids.get(ref.key)
    if cached is not None:
        return cached
    row = db.execute("SELECT id FROM names WHERE key = ?", (ref.key,)).fetchone()
    if row is None:
        display = ref.canonical or ref.text
        new_id = db.execute(
            "INSERT INTO names(key, display) VALUES(?, ?)", (ref.key, display)
        ).lastrowid
        db.execute("INSERT INTO names_fts(rowid, key) VALUES(?, ?)", (new_id, ref.key))
        row = (new_id,)  # fmt: skip
    name_ids[ref.key] = row[0]
    return row[0]


def record_failure(
    db: sqlite3.Connection, source: str, reason: str, line: int | None = None
) -> None:
    db.execute(
        "INSERT INTO failures(source, line, reason, at) VALUES(?,?,?,?)",
        (source, line, reason, now()),
    )
