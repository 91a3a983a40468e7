"""The store's tables and their migrations: the schema a store is created
with, and the upgrades that bring a store of an older schema up to date when it
is opened for writing (a read-only store of schema 1 reads through a view)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from rasd.store.errors import StoreError
from rasd.store.records import event_details, unpack_document

SCHEMA_VERSION = 3  # 2: events carry their resolved day and attributes; 3: actor codes, places

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents(
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  url TEXT,
  title TEXT NOT NULL,
  published TEXT,
  source TEXT,
  text TEXT NOT NULL,
  data BLOB NOT NULL,
  ingested TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source, published);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
  title, body, content='', tokenize='unicode61 remove_diacritics 0'
);
CREATE TABLE IF NOT EXISTS names(
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, display TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS names_fts USING fts5(
  key, content='names', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
);
CREATE TABLE IF NOT EXISTS entities(
  doc INTEGER NOT NULL, start INTEGER, end INTEGER, label TEXT, text TEXT,
  name INTEGER NOT NULL, country TEXT, role TEXT
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name);
CREATE INDEX IF NOT EXISTS entities_doc ON entities(doc);
CREATE TABLE IF NOT EXISTS entity_counts(
  name INTEGER NOT NULL, label TEXT NOT NULL, mentions INTEGER NOT NULL,
  documents INTEGER NOT NULL, PRIMARY KEY(name, label)
);
CREATE INDEX IF NOT EXISTS entity_counts_mentions ON entity_counts(mentions);
CREATE TABLE IF NOT EXISTS quotes(
  doc INTEGER NOT NULL, start INTEGER, end INTEGER, kind TEXT, text TEXT,
  speaker_text TEXT, speaker INTEGER, cue TEXT
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc);
CREATE TABLE IF NOT EXISTS events(
  doc INTEGER NOT NULL, start INTEGER, end INTEGER, type TEXT, text TEXT,
  source_text TEXT, source INTEGER, target_text TEXT, target INTEGER,
  where_text TEXT, when_text TEXT, day TEXT, attrs TEXT
);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_source ON events(source);
CREATE INDEX IF NOT EXISTS events_target ON events(target);
CREATE INDEX IF NOT EXISTS events_doc ON events(doc);
CREATE TABLE IF NOT EXISTS signatures(
  doc INTEGER PRIMARY KEY, published TEXT, dup BLOB NOT NULL, topic BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS failures(
  id INTEGER PRIMARY KEY, source TEXT NOT NULL, line INTEGER, reason TEXT NOT NULL,
  at TEXT NOT NULL
);
-- Watches (rasd.watch): saved questions, the alerts of new documents matching them
-- (one per watch and document), and where `rasd follow` is in each source. New
-- tables only, so stores of any schema get them on opening for writing.
CREATE TABLE IF NOT EXISTS watches(
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, spec TEXT NOT NULL,
  after INTEGER NOT NULL, created TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts(
  id INTEGER PRIMARY KEY, watch INTEGER NOT NULL, doc INTEGER NOT NULL, kind TEXT NOT NULL,
  start INTEGER, end INTEGER, evidence TEXT NOT NULL, day TEXT NOT NULL, created TEXT NOT NULL,
  delivered TEXT, attempts INTEGER NOT NULL DEFAULT 0, UNIQUE(watch, doc)
);
CREATE INDEX IF NOT EXISTS alerts_day ON alerts(watch, day);
CREATE TABLE IF NOT EXISTS follow(source TEXT PRIMARY KEY, state TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS follow_files(
  source TEXT NOT NULL, path TEXT NOT NULL, PRIMARY KEY(source, path)
) WITHOUT ROWID;
"""


def read_old_schema(db: sqlite3.Connection) -> None:
    """A store of schema 1 opened read-only (it is upgraded when next opened for
    writing) reads its events through a view with the newer columns empty."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(events)")}
    if columns and "day" not in columns:
        db.execute(
            "CREATE TEMP VIEW events AS SELECT *, NULL AS day, NULL AS attrs FROM main.events"
        )


def migrate(db: sqlite3.Connection, path: Path) -> None:
    """Create the tables a store lacks and upgrade one of an older schema."""
    db.executescript(_SCHEMA)
    with db:
        # The write lock first: a read left open before the first write cannot be
        # upgraded once another ingest opening the same store has committed, and
        # SQLite then answers "locked" at once instead of waiting its turn.
        db.execute("BEGIN IMMEDIATE")
        row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        version = int(row[0]) if row else SCHEMA_VERSION
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store {path} was written by a newer Rasd (schema {version}); upgrade Rasd"
            )
        if version < SCHEMA_VERSION:
            _add_event_details(db)
        db.execute(
            "INSERT INTO meta(key, value) VALUES('schema', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (str(SCHEMA_VERSION),),
        )
        _fill_entity_counts(db)
        if not db.execute("SELECT 1 FROM meta WHERE key='names_fts'").fetchone():
            # Stores written before the index of names existed get it once.
            db.execute("INSERT INTO names_fts(names_fts) VALUES('rebuild')")
            db.execute("INSERT INTO meta(key, value) VALUES('names_fts', '1')")


def _add_event_details(db: sqlite3.Connection) -> None:
    """Stores of older schemas get the events' days, attributes and details,
    read back from the documents they keep whole."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(events)")}
    for column in ("day", "attrs"):
        if column not in columns:
            db.execute(f"ALTER TABLE events ADD COLUMN {column} TEXT")
    last = 0
    while page := db.execute(
        "SELECT rowid, data FROM documents WHERE rowid > ?"
        " AND rowid IN (SELECT doc FROM events) ORDER BY rowid LIMIT 500",
        (last,),
    ).fetchall():  # a page at a time: a large store's documents do not fit in memory
        for rowid, blob in page:
            db.executemany(
                "UPDATE events SET day = ?, attrs = ?"
                " WHERE doc = ? AND start = ? AND end = ? AND type = ?",
                [
                    (*event_details(ev), rowid, ev.start, ev.end, ev.type)
                    for ev in unpack_document(blob).events or ()
                ],
            )
        last = page[-1][0]


def _fill_entity_counts(db: sqlite3.Connection) -> None:
    """Stores written before the running totals existed get them once."""
    has_entities = db.execute("SELECT 1 FROM entities LIMIT 1").fetchone()
    has_counts = db.execute("SELECT 1 FROM entity_counts LIMIT 1").fetchone()
    if has_entities and not has_counts:
        db.execute(
            "INSERT INTO entity_counts SELECT name, label, count(*), count(DISTINCT doc)"
            " FROM entities GROUP BY name, label"
        )
