"""The Store class: one SQLite file (WAL) opened for writing or for serving, its
transactions, the writing of analysed documents, and the reads it answers, each
from the module of its concern (`search`, `entities`, `events`, `stories`,
`export`; the tables in `schema`, the rows in `write`)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

from rasd.document import Document
from rasd.store.connections import ReadPool, connect
from rasd.store.entities import co_mentioned, mentions_by_week, top_entities
from rasd.store.errors import StoreError, explain
from rasd.store.events import actor_network, count_events, find_events
from rasd.store.export import export
from rasd.store.filters import document_filters
from rasd.store.names import person_key
from rasd.store.records import Indexer, Prepared, document_hash, unpack_document
from rasd.store.results import (
    AddResult,
    DocumentInfo,
    EntityCount,
    EventRow,
    FailureRecord,
    Network,
    QuoteRow,
    SearchPage,
    StoriesPage,
    Story,
)
from rasd.store.schema import migrate
from rasd.store.search import find_quotes, search_documents
from rasd.store.stories import stories_page
from rasd.store.write import insert, record_failure
from rasd.text.search import SearchAnalyzer

# Seconds a connection waits for another process's lock before the store reports
# itself locked. Two ingests into one store take turns batch by batch, and on a busy
# machine one batch's transaction can outlast a few seconds: a writer waits long
# enough for that, a reader (a page of the web UI) not.
WRITE_WAIT_S = 60.0
READ_WAIT_S = 10.0


class Store:
    """A Rasd corpus store (see `rasd.store` for the contract)."""

    def __init__(self, path: str | Path, *, readonly: bool = False, timeout: float | None = None):
        self.path = Path(path)
        if timeout is None:
            timeout = READ_WAIT_S if readonly else WRITE_WAIT_S
        self.readonly = readonly
        self._lock = threading.RLock()
        self._analyzer: SearchAnalyzer | None = None
        self._indexer: Indexer | None = None
        self._name_ids: dict[str, int] = {}
        self._reads: ReadPool | None = None
        try:
            self._db = connect(self.path, readonly, timeout)
            if not readonly:
                migrate(self._db, self.path)
        except sqlite3.Error as exc:
            raise explain(exc, self.path) from None
        if readonly:  # many readers at once: each read borrows a connection of its own
            self._reads = ReadPool(lambda: connect(self.path, True, timeout))

    # --- opening -------------------------------------------------------------------

    @classmethod
    def open_readonly(cls, path: str | Path) -> Store:
        """For serving: never writes, safe to share between threads."""
        if not Path(path).is_file():
            raise StoreError(f"no store at {path} (build one with `rasd ingest` or `rasd demo`)")
        return cls(path, readonly=True)

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
                raise explain(exc, self.path) from None

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        if self._reads is not None:
            try:
                return self._reads.query(sql, params)
            except sqlite3.OperationalError as exc:
                raise explain(exc, self.path) from None
        with self._lock:
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                raise explain(exc, self.path) from None

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
                        outcome = insert(self._db, p, self._name_ids)
                        added += outcome == "added"
                        present += outcome == "present"
                        failed += outcome == "failed"
            except sqlite3.Error as exc:
                self._name_ids.clear()  # ids from the rolled-back transaction are gone
                raise explain(exc, self.path) from None
        return AddResult(added, present, failed)

    def _writable(self) -> None:
        if self.readonly:
            raise StoreError(f"store {self.path} was opened read-only")

    def record_failure(self, source: str, reason: str, line: int | None = None) -> None:
        self._writable()
        with self._lock:
            try:
                with self._db:
                    record_failure(self._db, source, reason, line)
            except sqlite3.Error as exc:
                raise explain(exc, self.path) from None

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
        where, params = document_filters(self._query, source, since, until, None, None, None)
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

    # --- search and structured queries (see their modules) ----------------------------

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
        return search_documents(
            self._query,
            self.analyzer,
            query,
            source=source,
            since=since,
            until=until,
            entity=entity,
            speaker=speaker,
            event_type=event_type,
            limit=limit,
            offset=offset,
        )

    def person_key(self, key: str) -> str:
        return person_key(self._query, key)

    def entities(
        self, label: str | None = None, query: str | None = None, top: int = 50
    ) -> list[EntityCount]:
        return top_entities(self._query, label, query, top)

    def mentions_by_week(self, name: str) -> list[tuple[str, int]]:
        return mentions_by_week(self._query, name)

    def co_mentioned(self, name: str, top: int = 15) -> list[tuple[str, int]]:
        return co_mentioned(self._query, name, top)

    def quotes(
        self,
        speaker: str | None = None,
        query: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> list[QuoteRow]:
        return find_quotes(self._query, self.analyzer, speaker, query, since, until, limit, offset)

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
        return find_events(
            self._query, type, actor, since, until, limit, offset, min_relevance, sort
        )

    def event_counts(
        self,
        by: str,
        type: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        min_relevance: float | None = None,
    ) -> list[tuple[str, int]]:
        return count_events(self._query, by, type, actor, since, until, min_relevance)

    def actor_network(self, query: str | None = None, limit: int = 100) -> Network:
        return actor_network(self._query, query, limit)

    def stories(
        self,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
        window_days: float = 3.0,
    ) -> list[Story]:
        return self.stories_page(since, until, limit, window_days).stories

    def stories_page(
        self,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
        window_days: float = 3.0,
    ) -> StoriesPage:
        return stories_page(self._query, since, until, limit, window_days)

    def export(self, layer: str, fmt: str, out: str | Path | BinaryIO) -> int:
        return export(self._query, layer, fmt, out)
