"""The corpus store: one SQLite file (WAL) with documents, an FTS5 index of
analysed terms, structured tables for entities, quotes and events, story
signatures and the failures of ingest."""

from __future__ import annotations

import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from rasd.document import Document
from rasd.store.connections import ReadPool
from rasd.store.export import export
from rasd.store.query import QueryError, parse_query
from rasd.store.records import (
    Indexer,
    NameRef,
    Prepared,
    event_details,
    event_row,
    unpack_document,
)
from rasd.store.results import (
    AddResult,
    DocumentInfo,
    Edge,
    EntityCount,
    EventRow,
    FailureRecord,
    Hit,
    Network,
    Node,
    QuoteRow,
    SearchPage,
    StoriesPage,
    Story,
)
from rasd.store.stories import find_stories, neighbours, story_period
from rasd.text.normalize import search_key
from rasd.text.search import SearchAnalyzer, snippet_html

SCHEMA_VERSION = 3  # 2: events carry their resolved day and attributes; 3: actor codes, places
RECENT_DAYS = 30  # what `stories()` covers when given no dates
NAMED = ("PER", "ORG", "LOC")  # the entity labels of actors (MISC: currencies, weapons…)
SURNAME_SHARE = 0.75  # of the full names ending in a surname, the one it stands for

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


WEEK = "date(substr(d.published, 1, 10), '-6 days', 'weekday 1')"  # the Monday of its week
EVENT_ORDER = {
    "published": "d.published DESC, d.rowid DESC, ev.start",
    "relevance": "json_extract(ev.attrs, '$.relevance') DESC NULLS LAST, d.published DESC, ev.start",
}
_SOURCE_CODE = "json_extract(ev.attrs, '$._details.source_code')"
_TARGET_CODE = "json_extract(ev.attrs, '$._details.target_code')"
COUNT_KEYS = {  # what an event counts under: (key, actor code) for each end it counts for
    "day": (("substr(d.published, 1, 10)", "NULL"),),
    "week": ((WEEK, "NULL"),),
    "actor": (("ev.source", _SOURCE_CODE), ("ev.target", _TARGET_CODE)),
    "country": (
        ("json_extract(ev.attrs, '$._details.source_country')", "NULL"),
        ("json_extract(ev.attrs, '$._details.target_country')", "NULL"),
    ),
    "type": (("ev.type", "NULL"),),
}


def _fold(full: EntityCount, surname: EntityCount) -> EntityCount:
    return replace(
        full,
        mentions=full.mentions + surname.mentions,
        documents=full.documents + surname.documents,
    )


def _is_surname_of(surname: str, name: str) -> bool:
    parts = name.split()
    return len(parts) > 1 and parts[-1] == surname


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message is for the user."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _explain(exc: sqlite3.Error, path: Path) -> StoreError:
    message = str(exc)
    if "locked" in message or "busy" in message:
        return StoreError(f"store {path} is locked by another process (another ingest?)")
    if "readonly" in message or "read-only" in message:
        return StoreError(f"store {path} is read-only: cannot write to it")
    if "disk is full" in message or "disk I/O" in message:
        return StoreError(f"store {path}: {message}; what was written before is kept")
    if "not a database" in message or "malformed" in message:
        return StoreError(f"{path} is not a Rasd store (or it is damaged): {message}")
    if "unable to open" in message:
        return StoreError(f"cannot open store {path}: no such folder or no permission")
    return StoreError(f"store {path}: {message}")


def _day_bound(value: str | None, name: str, end: bool) -> str | None:
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


class Store:
    """A Rasd corpus store (see `rasd.store` for the contract)."""

    def __init__(self, path: str | Path, *, readonly: bool = False, timeout: float = 10.0):
        self.path = Path(path)
        self.readonly = readonly
        self._lock = threading.RLock()
        self._analyzer: SearchAnalyzer | None = None
        self._indexer: Indexer | None = None
        self._name_ids: dict[str, int] = {}
        self._reads: ReadPool | None = None
        try:
            self._db = self._connect(timeout)
            if not readonly:
                self._migrate()
        except sqlite3.Error as exc:
            raise _explain(exc, self.path) from None
        if readonly:  # many readers at once: each read borrows a connection of its own
            self._reads = ReadPool(lambda: self._connect(timeout))

    # --- opening -------------------------------------------------------------------

    @classmethod
    def open_readonly(cls, path: str | Path) -> Store:
        """For serving: never writes, safe to share between threads."""
        if not Path(path).is_file():
            raise StoreError(f"no store at {path} (build one with `rasd ingest` or `rasd demo`)")
        return cls(path, readonly=True)

    def _connect(self, timeout: float) -> sqlite3.Connection:
        if self.readonly:
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            try:
                db = sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            except sqlite3.OperationalError:
                # A WAL store in a read-only folder can only be read as immutable.
                db = sqlite3.connect(
                    uri + "&immutable=1", uri=True, timeout=timeout, check_same_thread=False
                )
            self._read_old_schema(db)
            db.execute("PRAGMA query_only=1")
        else:
            if self.path.parent and not self.path.parent.exists():
                raise StoreError(f"cannot create store {self.path}: no folder {self.path.parent}")
            db = sqlite3.connect(self.path, timeout=timeout, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
        # Readers come in a pool of several connections: a smaller page cache each.
        db.execute("PRAGMA cache_size=-16384" if self.readonly else "PRAGMA cache_size=-65536")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return db

    @staticmethod
    def _read_old_schema(db: sqlite3.Connection) -> None:
        """A store of schema 1 opened read-only (it is upgraded when next opened for
        writing) reads its events through a view with the newer columns empty."""
        columns = {row[1] for row in db.execute("PRAGMA table_info(events)")}
        if columns and "day" not in columns:
            db.execute(
                "CREATE TEMP VIEW events AS SELECT *, NULL AS day, NULL AS attrs FROM main.events"
            )

    def _migrate(self) -> None:
        with self._db:
            self._db.executescript(_SCHEMA)
            row = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            version = int(row[0]) if row else SCHEMA_VERSION
            if version > SCHEMA_VERSION:
                raise StoreError(
                    f"store {self.path} was written by a newer Rasd (schema {version}); upgrade Rasd"
                )
            if version < SCHEMA_VERSION:
                self._add_event_details()
            self._db.execute(
                "INSERT INTO meta(key, value) VALUES('schema', ?)"
                " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(SCHEMA_VERSION),),
            )
            self._fill_entity_counts()
            if not self._db.execute("SELECT 1 FROM meta WHERE key='names_fts'").fetchone():
                # Stores written before the index of names existed get it once.
                self._db.execute("INSERT INTO names_fts(names_fts) VALUES('rebuild')")
                self._db.execute("INSERT INTO meta(key, value) VALUES('names_fts', '1')")

    def _add_event_details(self) -> None:
        """Stores of older schemas get the events' days, attributes and details,
        read back from the documents they keep whole."""
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(events)")}
        for column in ("day", "attrs"):
            if column not in columns:
                self._db.execute(f"ALTER TABLE events ADD COLUMN {column} TEXT")
        last = 0
        while page := self._db.execute(
            "SELECT rowid, data FROM documents WHERE rowid > ?"
            " AND rowid IN (SELECT doc FROM events) ORDER BY rowid LIMIT 500",
            (last,),
        ).fetchall():  # a page at a time: a large store's documents do not fit in memory
            for rowid, blob in page:
                self._db.executemany(
                    "UPDATE events SET day = ?, attrs = ?"
                    " WHERE doc = ? AND start = ? AND end = ? AND type = ?",
                    [
                        (*event_details(ev), rowid, ev.start, ev.end, ev.type)
                        for ev in unpack_document(blob).events or ()
                    ],
                )
            last = page[-1][0]

    def _fill_entity_counts(self) -> None:
        """Stores written before the running totals existed get them once."""
        has_entities = self._db.execute("SELECT 1 FROM entities LIMIT 1").fetchone()
        has_counts = self._db.execute("SELECT 1 FROM entity_counts LIMIT 1").fetchone()
        if has_entities and not has_counts:
            self._db.execute(
                "INSERT INTO entity_counts SELECT name, label, count(*), count(DISTINCT doc)"
                " FROM entities GROUP BY name, label"
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()
        if self._reads is not None:
            self._reads.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def analyzer(self) -> SearchAnalyzer:
        if self._analyzer is None:
            self._analyzer = SearchAnalyzer()
        return self._analyzer

    def select(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read-only SQL query, for modules keeping their own tables here."""
        return self._query(sql, params)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """The connection inside one transaction, for modules keeping their own
        tables here (rasd.watch): all of what they write is committed, or none."""
        self._writable()
        with self._lock:
            try:
                with self._db:
                    yield self._db
            except sqlite3.Error as exc:
                raise _explain(exc, self.path) from None

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        if self._reads is not None:
            try:
                return self._reads.query(sql, params)
            except sqlite3.OperationalError as exc:
                raise _explain(exc, self.path) from None
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                raise _explain(exc, self.path) from None

    # --- writing -------------------------------------------------------------------

    def add_documents(self, docs: Iterable[Document], batch_size: int = 200) -> AddResult:
        """Store analysed documents (whatever layers they carry). Idempotent."""
        if self._indexer is None:
            self._indexer = Indexer(self.analyzer)
        total = AddResult()
        batch: list[Prepared] = []
        for doc in docs:
            if self.contains(doc):
                total += AddResult(present=1)
                continue
            batch.append(self._indexer(doc))
            if len(batch) >= batch_size:
                total += self.write(batch)
                batch = []
        if batch:
            total += self.write(batch)
        return total

    def contains(self, doc: Document) -> bool:
        """Whether the same text (or the same URL) is already stored."""
        from rasd.store.records import document_hash

        return self.contains_key(document_hash(doc), doc.url)

    def contains_key(self, hash_: str, url: str | None) -> bool:
        rows = self._query("SELECT 1 FROM documents WHERE hash = ? LIMIT 1", (hash_,))
        if not rows and url:
            rows = self._query("SELECT 1 FROM documents WHERE url = ? LIMIT 1", (url,))
        return bool(rows)

    def write(self, batch: Iterable[Prepared]) -> AddResult:
        """Write prepared documents in one transaction: all of the batch or none."""
        self._writable()
        added = present = failed = 0
        with self._lock:
            try:
                with self._db:
                    # Take the write lock before the first "is it stored?" check: another
                    # ingest into the same store may commit the same article meanwhile.
                    self._db.execute("BEGIN IMMEDIATE")
                    for p in batch:
                        outcome = self._insert(p)
                        added += outcome == "added"
                        present += outcome == "present"
                        failed += outcome == "failed"
            except sqlite3.Error as exc:
                self._name_ids.clear()  # ids from the rolled-back transaction are gone
                raise _explain(exc, self.path) from None
        return AddResult(added, present, failed)

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"store {self.path} was opened read-only")

    def _insert(self, p: Prepared) -> str:
        db = self._db
        if db.execute("SELECT 1 FROM documents WHERE hash = ?", (p.hash,)).fetchone():
            return "present"
        if p.url and db.execute("SELECT 1 FROM documents WHERE url = ?", (p.url,)).fetchone():
            return "present"
        if db.execute("SELECT 1 FROM documents WHERE id = ?", (p.id,)).fetchone():
            self._record_failure(
                p.url or p.id, f"duplicate id {p.id!r} with a different text (kept the first)"
            )
            return "failed"
        cur = db.execute(
            "INSERT INTO documents(id, hash, url, title, published, source, text, data, ingested)"
            " VALUES(?,?,?,?,?,?,?,?,?)",
            (p.id, p.hash, p.url, p.title, p.published, p.source, p.text, p.data, _now()),
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
        name = self._name_id
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

    def _name_id(self, ref: NameRef) -> int:
        cached = self._name_ids.get(ref.key)
        if cached is not None:
            return cached
        row = self._db.execute("SELECT id FROM names WHERE key = ?", (ref.key,)).fetchone()
        if row is None:
            display = ref.canonical or ref.text
            name_id = self._db.execute(
                "INSERT INTO names(key, display) VALUES(?, ?)", (ref.key, display)
            ).lastrowid
            self._db.execute("INSERT INTO names_fts(rowid, key) VALUES(?, ?)", (name_id, ref.key))
            row = (name_id,)  # fmt: skip
        self._name_ids[ref.key] = row[0]
        return row[0]

    def record_failure(self, source: str, reason: str, line: int | None = None) -> None:
        self._writable()
        with self._lock:
            try:
                with self._db:
                    self._record_failure(source, reason, line)
            except sqlite3.Error as exc:
                raise _explain(exc, self.path) from None

    def _record_failure(self, source: str, reason: str, line: int | None = None) -> None:
        self._db.execute(
            "INSERT INTO failures(source, line, reason, at) VALUES(?,?,?,?)",
            (source, line, reason, _now()),
        )

    # --- reading -------------------------------------------------------------------

    def failures(self, limit: int = 1000, offset: int = 0) -> list[FailureRecord]:
        rows = self._query(
            "SELECT source, line, reason, at FROM failures ORDER BY id LIMIT ? OFFSET ?",
            (limit, offset),
        )
        return [FailureRecord(*r) for r in rows]

    def __len__(self) -> int:
        return self._query("SELECT count(*) FROM documents")[0][0]

    def stats(self) -> dict[str, int]:
        counts = {}
        for table in ("documents", "entities", "quotes", "events", "failures"):
            counts[table] = self._query(f"SELECT count(*) FROM {table}")[0][0]
        return counts

    def sources(self) -> list[tuple[str, int]]:
        rows = self._query(
            "SELECT source, count(*) FROM documents WHERE source IS NOT NULL"
            " GROUP BY source ORDER BY count(*) DESC"
        )
        return [(s, n) for s, n in rows]

    def get(self, doc_id: str) -> Document | None:
        rows = self._query("SELECT data FROM documents WHERE id = ?", (doc_id,))
        return unpack_document(rows[0][0]) if rows else None

    def documents(
        self,
        limit: int = 50,
        offset: int = 0,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[DocumentInfo]:
        """Documents newest first, optionally of one source and within dates."""
        where, params = self._filters(source, since, until, None, None, None)
        rows = self._query(
            "SELECT id, title, published, source, url FROM documents d"
            f" WHERE {where} ORDER BY published DESC, rowid DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [DocumentInfo(*r) for r in rows]

    def iter_documents(self) -> Iterator[Document]:
        """Every stored document with all its layers, in insertion order (streaming)."""
        last = 0
        while True:
            rows = self._query(
                "SELECT rowid, data FROM documents WHERE rowid > ? ORDER BY rowid LIMIT 500",
                (last,),
            )
            if not rows:
                return
            for _rowid, blob in rows:
                yield unpack_document(blob)
            last = rows[-1][0]

    # --- search --------------------------------------------------------------------

    def _name_filter(self, column: str, name: str) -> tuple[str, list[Any]]:
        """Rows whose name (by key, any spelling) is `name` or contains it as whole
        words ("كيري" finds "جون كيري"), looked up in the index of names. A person is
        one person whichever way it is asked for: a surname that stands for a full
        name across the corpus (`_full_name`) asks for that full name, and a full
        name also takes the rows naming that person by the surname alone."""
        key = search_key(name).strip()
        if not key.split():
            raise QueryError("a name to filter by must have letters")
        key = self.person_key(key)
        words = [w.replace('"', '""') for w in key.split()]
        sql = f"{column} IN (SELECT rowid FROM names_fts WHERE names_fts MATCH ?)"
        params: list[Any] = ['"' + " ".join(words) + '"']
        surname = words[-1]
        if len(words) > 1 and self.person_key(surname) == key:
            sql = f"({sql} OR {column} IN (SELECT id FROM names WHERE key = ?))"
            params.append(surname)
        return sql, params

    def person_key(self, key: str) -> str:
        """The key of the full name a one-word person name stands for in the corpus
        ("لافروف" → "سيرغي لافروف"), else `key` itself."""
        if " " in key:
            return key
        full = self._full_name(EntityCount(key, key, "PER", 0, 0))
        return full.key if full is not None else key

    def _filters(
        self,
        source: str | None,
        since: str | None,
        until: str | None,
        entity: str | None,
        speaker: str | None,
        event_type: str | None,
        rowid: str = "d.rowid",
    ) -> tuple[str, list[Any]]:
        """SQL conditions on a document row id. Each filter is a set of row ids
        read from an index, so no document row (text and all) is touched to
        test it."""
        clauses: list[str] = ["1"]
        params: list[Any] = []
        on_documents: list[str] = []
        if source:
            on_documents.append("source = ?")
            params.append(source)
        start = _day_bound(since, "since", end=False)
        if start:
            on_documents.append("published >= ?")
            params.append(start)
        stop = _day_bound(until, "until", end=True)
        if stop:
            on_documents.append("published < ?")
            params.append(stop)
        if on_documents:
            clauses.append(
                f"{rowid} IN (SELECT rowid FROM documents WHERE {' AND '.join(on_documents)})"
            )
        if entity:
            sql, p = self._name_filter("name", entity)
            clauses.append(f"{rowid} IN (SELECT doc FROM entities WHERE {sql})")
            params += p
        if speaker:
            sql, p = self._name_filter("speaker", speaker)
            clauses.append(f"{rowid} IN (SELECT doc FROM quotes WHERE {sql})")
            params += p
        if event_type:
            clauses.append(f"{rowid} IN (SELECT doc FROM events WHERE type = ?)")
            params.append(event_type)
        return " AND ".join(clauses), params

    def search(
        self,
        query: str,
        *,
        source: str | None = None,
        since: str | None = None,
        until: str | None = None,
        entity: str | None = None,
        speaker: str | None = None,
        event_type: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> SearchPage:
        """Best matches first (BM25, titles weigh double). An empty query with
        filters lists the matching documents newest first. Raises QueryError with a
        message for the user when the query or a filter cannot be understood."""
        parsed = parse_query(query or "", self.analyzer)
        filters = (source, since, until, entity, speaker, event_type)
        where, params = self._filters(*filters)
        limit = max(0, min(int(limit), 1000))
        offset = max(0, int(offset))
        if parsed is None:
            if query and query.strip():
                raise QueryError("the query has no words to search for")
            # Walk the date index newest first, testing each row id against the
            # filters: document rows are read only for the page shown.
            scan = f"FROM documents d INDEXED BY documents_published WHERE {where}"
            total = self._query(f"SELECT count(*) {scan}", params)[0][0]
            ranked = self._query(
                f"SELECT d.rowid, 0.0 {scan} ORDER BY d.published DESC, d.rowid DESC"
                " LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
            wanted: set[str] = set()
        else:
            # The full-text hits first, materialised, then the filters on their row
            # ids: left to itself the planner may walk a filter's index and probe
            # the full-text index once per document, which is far slower.
            where, params = self._filters(*filters, rowid="r")
            rows = self._query(
                "WITH hits AS MATERIALIZED (SELECT rowid AS r, bm25(fts, 2.0, 1.0) AS score"
                " FROM fts WHERE fts MATCH ?)"
                f" SELECT r, -score, count(*) OVER () FROM hits WHERE {where}"
                " ORDER BY score LIMIT ? OFFSET ?",
                [parsed.match, *params, limit, offset],
            )
            ranked = [(r, score) for r, score, _ in rows]
            if rows:
                total = rows[0][2]
            else:
                total = self._query(
                    "WITH hits AS MATERIALIZED (SELECT rowid AS r FROM fts WHERE fts MATCH ?)"
                    f" SELECT count(*) FROM hits WHERE {where}",
                    [parsed.match, *params],
                )[0][0]
            wanted = parsed.terms
        scores = dict(ranked)
        marks = ",".join("?" * len(scores))
        fetched = {
            r[0]: r[1:]
            for r in self._query(
                "SELECT rowid, id, title, published, source, url, text FROM documents"
                f" WHERE rowid IN ({marks})",
                list(scores),
            )
        }
        rows = [(*fetched[rowid], score) for rowid, score in ranked]
        hits = []
        for doc_id, title, published, source_, url, text, score in rows:
            body = text[len(title) :].lstrip("\n") if title and text.startswith(title) else text
            snippet = snippet_html(self.analyzer, body, wanted)
            hits.append(Hit(doc_id, title, published, source_, snippet, float(score), url))
        return SearchPage(total, hits)

    # --- structured queries ----------------------------------------------------------

    def entities(
        self, label: str | None = None, query: str | None = None, top: int = 50
    ) -> list[EntityCount]:
        """The most mentioned names, spellings merged; `query` keeps names containing it."""
        clauses, params = ["1"], []
        if label:
            clauses.append("e.label = ?")
            params.append(label.upper())
        if query:
            sql, p = self._name_filter("e.name", query)
            clauses.append(sql)
            params += p
        rows = self._query(
            "SELECT n.display, n.key, e.label, e.mentions, e.documents"
            " FROM entity_counts e JOIN names n ON n.id = e.name"
            f" WHERE {' AND '.join(clauses)} ORDER BY e.mentions DESC, n.key LIMIT ?",
            [*params, top * 2],  # room for the rows that surnames fold into
        )
        found = {(r.key, r.label): r for r in (EntityCount(*r) for r in rows)}
        for row in list(found.values()):
            full = self._full_name(row)
            if full is not None:
                del found[row.key, row.label]
                kept = found.setdefault((full.key, full.label), full)
                found[full.key, full.label] = _fold(kept, row)
        ranked = sorted(found.values(), key=lambda e: (-e.mentions, e.key))
        return ranked[:top]

    def _full_name(self, row: EntityCount) -> EntityCount | None:
        """The full name a person's surname stands for across the corpus: "كيري"
        alone in some articles is "جون كيري" when that is how most articles name a
        كيري in full. Within an article the pipeline has already linked them, so
        the articles counted under each are different ones."""
        if row.label != "PER" or " " in row.key:
            return None
        found = self._query(
            "SELECT n.display, n.key, e.label, e.mentions, e.documents"
            " FROM entity_counts e JOIN names n ON n.id = e.name"
            " WHERE e.label = 'PER' AND e.name IN"
            " (SELECT rowid FROM names_fts WHERE names_fts MATCH ?)",
            ['"' + row.key.replace('"', '""') + '"'],
        )
        fuller = [EntityCount(*r) for r in found if _is_surname_of(row.key, r[1])]
        if not fuller:
            return None
        best = max(fuller, key=lambda e: (e.mentions, e.key))
        if best.mentions < SURNAME_SHARE * sum(e.mentions for e in fuller):
            return None  # "الأسد": more than one well-known holder of the name
        return best

    def mentions_by_week(self, name: str) -> list[tuple[str, int]]:
        """Articles naming `name` (any spelling, or a name containing it) per week
        (its Monday), in order; undated articles are left out."""
        sql, params = self._name_filter("e.name", name)
        rows = self._query(
            f"SELECT {WEEK} AS week,"
            " count(DISTINCT d.rowid) FROM entities e JOIN documents d ON d.rowid = e.doc"
            f" WHERE {sql} AND d.published IS NOT NULL GROUP BY week ORDER BY week",
            params,
        )
        return [(w, n) for w, n in rows if w]

    def co_mentioned(self, name: str, top: int = 15) -> list[tuple[str, int]]:
        """The names most often in the same articles as `name`, with how many articles."""
        sql, params = self._name_filter("name", name)
        own, own_params = self._name_filter("e.name", name)
        rows = self._query(
            "SELECT n.display, count(DISTINCT e.doc) AS docs FROM entities e"
            " JOIN names n ON n.id = e.name"
            f" WHERE e.doc IN (SELECT doc FROM entities WHERE {sql})"
            f" AND NOT {own} AND e.label IN ('PER', 'ORG', 'LOC')"
            " GROUP BY e.name ORDER BY docs DESC, n.key LIMIT ?",
            [*params, *own_params, top],
        )
        return [(display, n) for display, n in rows]

    def quotes(
        self,
        speaker: str | None = None,
        query: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[QuoteRow]:
        """Quotations newest first; `speaker` matches any spelling of the name (or a
        part of it, "كيري" finds "جون كيري"); `query` searches the quoted words."""
        where, params = self._filters(None, since, until, None, None, None)
        clauses = [where]
        if speaker:
            sql, p = self._name_filter("q.speaker", speaker)
            clauses.append(sql)
            params += p
        sql = (
            "SELECT d.id, d.title, d.published, q.text, q.kind, q.speaker_text, n.display, q.cue,"
            " q.start, q.end FROM quotes q JOIN documents d ON d.rowid = q.doc"
            " LEFT JOIN names n ON n.id = q.speaker"
        )
        order = " ORDER BY d.published DESC, d.rowid DESC, q.start"
        parsed = parse_query(query, self.analyzer) if query else None
        if parsed is None:
            if query and query.strip():
                raise QueryError("the query has no words to search for")
            rows = self._query(
                f"{sql} WHERE {' AND '.join(clauses)}{order} LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
            return self._by_person([QuoteRow(*r) for r in rows])
        # The index is per document: keep the quotes whose own words match.
        clauses.append("q.doc IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
        rows = self._query(f"{sql} WHERE {' AND '.join(clauses)}{order}", [*params, parsed.match])
        terms = self.analyzer.terms
        kept = [QuoteRow(*r) for r in rows if parsed.terms & set(terms(r[3]))]
        return self._by_person(kept[offset : offset + limit])

    def _by_person(self, rows: list[QuoteRow]) -> list[QuoteRow]:
        """`speaker_canonical` as the person across the corpus: a surname alone
        ("لافروف") gives the full name it stands for ("سيرغي لافروف")."""
        names = {r.speaker_canonical for r in rows if r.speaker_canonical}
        person = {name: self._person_display(name) for name in names}
        return [
            replace(r, speaker_canonical=person[r.speaker_canonical]) if r.speaker_canonical else r
            for r in rows
        ]

    def _event_filters(
        self,
        type: str | None,
        actor: str | None,
        since: str | None,
        until: str | None,
        min_relevance: float | None,
    ) -> tuple[str, list[Any]]:
        where, params = self._filters(None, since, until, None, None, None, rowid="ev.doc")
        clauses = [where]
        if type:
            clauses.append("ev.type = ?")
            params.append(type)
        if actor:
            sql_s, p_s = self._name_filter("ev.source", actor)
            sql_t, p_t = self._name_filter("ev.target", actor)
            clauses.append(f"({sql_s} OR {sql_t})")
            params += p_s + p_t
        if min_relevance is not None:
            clauses.append("json_extract(ev.attrs, '$.relevance') >= ?")
            params.append(float(min_relevance))
        return " AND ".join(clauses), params

    def events(
        self,
        type: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
        min_relevance: float | None = None,
        sort: str = "published",
    ) -> list[EventRow]:
        """Events newest first (`sort="relevance"`: most relevant first); `actor`
        matches the source or the target (any spelling); `min_relevance` keeps the
        events with a relevance score (ASSAULT, PROTEST) of at least that."""
        if sort not in EVENT_ORDER:
            raise QueryError(f"sort: {sort!r}; choose one of {', '.join(EVENT_ORDER)}")
        where, params = self._event_filters(type, actor, since, until, min_relevance)
        rows = self._query(
            "SELECT d.id, d.title, d.published, ev.type, ev.text, ev.source_text, ns.display,"
            " ev.target_text, nt.display, ev.where_text, ev.when_text, ev.start, ev.end,"
            " ev.day, d.source, d.url, ev.attrs FROM events ev JOIN documents d ON d.rowid = ev.doc"
            " LEFT JOIN names ns ON ns.id = ev.source LEFT JOIN names nt ON nt.id = ev.target"
            f" WHERE {where} ORDER BY {EVENT_ORDER[sort]} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [event_row(r) for r in rows]

    def event_counts(
        self,
        by: str,
        type: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_relevance: float | None = None,
    ) -> list[tuple[str, int]]:
        """How many events per day, week (its Monday), actor, country or type, over
        the same filters as `events`; days and weeks in order, the others most
        counted first. An event counts once for its source and once for its target."""
        if by not in COUNT_KEYS:
            raise QueryError(f"count by {by!r}; choose one of {', '.join(COUNT_KEYS)}")
        where, params = self._event_filters(type, actor, since, until, min_relevance)
        keys = COUNT_KEYS[by]
        picked = " UNION ALL ".join(
            f"SELECT {key} AS k, {code} AS c FROM events ev JOIN documents d ON d.rowid = ev.doc"
            f" WHERE {where}"
            for key, code in keys
        )
        order = "k" if by in ("day", "week") else "count(*) DESC, k"
        rows = self._query(
            f"SELECT k, c, count(*) FROM ({picked}) WHERE k IS NOT NULL GROUP BY k, c"
            f" ORDER BY {order}",
            params * len(keys),
        )
        if by != "actor":
            return [(k, n) for k, _, n in rows]
        # actors as in the network: one per actor, words that are no actor left out
        node_of = self._actor_nodes({(name_id, code) for name_id, code, _ in rows})
        counts: Counter[str] = Counter()
        shown: dict[str, Counter[str]] = {}
        for name_id, code, n in rows:
            found = node_of[name_id, code]
            if found is not None:
                counts[found[0]] += n
                shown.setdefault(found[0], Counter())[found[1]] += n
        named = [(shown[node].most_common(1)[0][0], n) for node, n in counts.items()]
        return sorted(named, key=lambda kv: (-kv[1], kv[0]))

    def _person_display(self, name: str) -> str:
        """The name of the person a name stands for ("لافروف" → "سيرغي لافروف")."""
        key = search_key(name).strip()
        full = self.person_key(key)
        if full == key:
            return name
        return self._query("SELECT display FROM names WHERE key = ?", (full,))[0][0]

    def actor_network(self, query: str | None = None, limit: int = 100) -> Network:
        """Who acts on whom: the `limit` heaviest source→target pairs of the events
        (only those involving `query`, when given) and the actors they connect.

        Nodes are actors, one per actor (`_actor_node`): named people, organisations
        and places (a surname or a title before a name joins the person), countries
        by their code whatever they are called, and unnamed actors that the coder
        gave a country ("الرئيس الأمريكي", USAGOV); words no actor code or name backs
        ("دولار", "السلطات" with no country) are left out."""
        clauses, params = ["ev.source IS NOT NULL AND ev.target IS NOT NULL"], []
        if query:
            sql_s, p_s = self._name_filter("ev.source", query)
            sql_t, p_t = self._name_filter("ev.target", query)
            clauses.append(f"({sql_s} OR {sql_t})")
            params += p_s + p_t
        # Count on name ids and codes alone; names are looked up for the actors kept only.
        rows = self._query(
            "SELECT ev.source, json_extract(ev.attrs, '$._details.source_code'), ev.target,"
            " json_extract(ev.attrs, '$._details.target_code'), ev.type, count(*) FROM events ev"
            f" WHERE {' AND '.join(clauses)} AND ev.source != ev.target"
            " GROUP BY 1, 2, 3, 4, 5",
            params,
        )
        node_of = self._actor_nodes({(r[i], r[i + 1]) for r in rows for i in (0, 2)})
        shown: dict[str, Counter[str]] = {}
        pairs: dict[tuple[str, str], dict[str, int]] = {}
        for source, source_code, target, target_code, etype, n in rows:
            ends = []
            for end in ((source, source_code), (target, target_code)):
                found = node_of[end]
                if found is not None:
                    shown.setdefault(found[0], Counter())[found[1]] += n
                ends.append(found[0] if found else None)
            a, b = ends
            if a is None or b is None or a == b:
                continue
            types = pairs.setdefault((a, b), {})
            types[etype] = types.get(etype, 0) + n
        ranked = sorted(pairs.items(), key=lambda kv: -sum(kv[1].values()))[:limit]
        name_of = {node: counts.most_common(1)[0][0] for node, counts in shown.items()}
        edges = [
            Edge(search_key(name_of[a]), search_key(name_of[b]), sum(t.values()), t)
            for (a, b), t in ranked
        ]
        weights: Counter[str] = Counter()
        for e in edges:
            weights[e.source] += e.weight
            weights[e.target] += e.weight
        display = {search_key(name): name for name in name_of.values()}
        nodes = [Node(k, display[k], w) for k, w in weights.most_common()]
        return Network(nodes, edges)

    def _actor_nodes(
        self, ends: set[tuple[int, str | None]]
    ) -> dict[tuple[int, str | None], tuple[str, str] | None]:
        """(name id, actor code) of event ends → (node, the name it gives the node)."""
        ids = sorted({name_id for name_id, _ in ends})
        names = {
            i: (key, display, label)
            for i, key, display, label in self._query(
                "SELECT n.id, n.key, n.display, (SELECT e.label FROM entity_counts e"
                " WHERE e.name = n.id ORDER BY e.mentions DESC LIMIT 1) FROM names n"
                f" WHERE n.id IN ({','.join('?' * len(ids))})",
                ids,
            )
        }
        return {(i, code): self._actor_node(*names[i], code) for i, code in ends}

    def _actor_node(
        self, key: str, display: str, label: str | None, code: str | None
    ) -> tuple[str, str] | None:
        """The node an actor mention belongs to and the name it gives the node; None
        when the mention is no actor."""
        country = code[:3] if code and len(code) >= 3 and code[:3].isalpha() else None
        if label not in NAMED or label == "PER":
            person = self._person_within(key)  # "الرئيس دونالد ترامب": دونالد ترامب
            if person is not None:
                key, display, label = person
        if label == "LOC" and country and code == country:
            return "country:" + country, display  # "الولايات المتحدة", "أميركا": one node
        if label == "PER":
            full = self._full_name(EntityCount(display, key, "PER", 0, 0))
            if full is not None:
                return "name:" + full.key, full.name
        if label in NAMED:
            return "name:" + key, display
        if country and code != country:
            # unnamed but coded with a country and a role ("الرئيس الأمريكي", USAGOV):
            # one node per name, as a code alone would merge whatever the coder confused
            return "actor:" + key, display
        return None

    def _person_within(self, key: str) -> tuple[str, str, str] | None:
        """The person a longer name ends with: a title or role before a name."""
        words = key.split()
        for size in range(len(words) - 1, 0, -1):
            found = self._query(
                "SELECT n.key, n.display FROM names n JOIN entity_counts e ON e.name = n.id"
                " WHERE n.key = ? AND e.label = 'PER'",
                (" ".join(words[-size:]),),
            )
            if found:
                return found[0][0], found[0][1], "PER"
        return None

    def stories(
        self,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
        window_days: float = 3.0,
    ) -> list[Story]:
        """Stories between the dates; with neither date, the last `RECENT_DAYS` days
        of the corpus (up to its newest article), which keeps the answer quick."""
        return self.stories_page(since, until, limit, window_days).stories

    def stories_page(
        self,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
        window_days: float = 3.0,
    ) -> StoriesPage:
        """`stories()` with the period they cover and the periods of the same length
        before and after it (for paging through time)."""
        if not window_days >= 0:  # also refuses NaN
            raise QueryError(f"window: {window_days} days; give 0 or more")
        _day_bound(since, "since", end=False)
        _day_bound(until, "until", end=True)
        oldest, newest = self._query(
            "SELECT min(published), max(published) FROM documents WHERE published IS NOT NULL"
        )[0]
        period = story_period(since, until, oldest, newest, RECENT_DAYS)
        if period is None:
            return StoriesPage(None)
        where, params = self._filters(None, period.since, period.until, None, None, None)
        rows = self._query(
            "SELECT d.id, d.title, d.published, d.source, s.dup, s.topic"
            f" FROM signatures s JOIN documents d ON d.rowid = s.doc WHERE {where}"
            " AND d.published IS NOT NULL",
            params,
        )
        earlier, later = neighbours(period, oldest, newest)
        return StoriesPage(period, find_stories(rows, limit, window_days), earlier, later)

    def export(self, layer: str, fmt: str, out: str | Path | BinaryIO) -> int:
        return export(self._query, layer, fmt, out)
