"""Connections to a store's SQLite file: the writer's, the read-only ones, and
the pool that serves many requests reading at once.

One shared connection serialises every read behind a lock, so one expensive
search stalls every page. Here each read borrows a connection of its own from a
small pool (SQLite readers in WAL mode do not block each other) and runs under a
time budget: past it, SQLite interrupts the query and the caller gets a
`QueryError` to show the user rather than a stalled server.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from rasd.store.errors import StoreError
from rasd.store.query import QueryError
from rasd.store.schema import read_old_schema

# The store's read function: SQL and parameters → rows
Query = Callable[[str, Sequence[Any]], list[tuple[Any, ...]]]

POOL_SIZE = 8  # connections; more readers than this wait for one to come back
QUERY_BUDGET_S = 2.0  # a search that needs longer is refused, not run to the end
_CHECK_EVERY = 20_000  # SQLite virtual-machine steps between two looks at the clock


def connect(path: Path, readonly: bool, timeout: float) -> sqlite3.Connection:
    """A connection to the store at `path`: the writer's (WAL) or a read-only one."""
    if readonly:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        try:
            db = sqlite3.connect(uri, uri=True, timeout=timeout, check_same_thread=False)
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError:
            # A WAL store in a read-only folder can only be read as immutable.
            db = sqlite3.connect(
                uri + "&immutable=1", uri=True, timeout=timeout, check_same_thread=False
            )
        read_old_schema(db)
        db.execute("PRAGMA query_only=1")
    else:
        if path.parent and not path.parent.exists():
            raise StoreError(f"cannot create store {path}: no folder {path.parent}")
        db = sqlite3.connect(path, timeout=timeout, check_same_thread=False)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
    # Readers come in a pool of several connections: a smaller page cache each.
    db.execute("PRAGMA cache_size=-16384" if readonly else "PRAGMA cache_size=-65536")
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return db


class QueryTooCostly(QueryError):
    """A read ran past the query budget and was interrupted."""


class ReadPool:
    def __init__(
        self,
        connect: Callable[[], sqlite3.Connection],
        size: int = POOL_SIZE,
        budget_s: float = QUERY_BUDGET_S,
    ) -> None:
        self._connect = connect
        self._idle: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue()
        self._slots = threading.BoundedSemaphore(size)
        self._all: list[sqlite3.Connection] = []
        self._guard = threading.Lock()
        self.budget_s = budget_s

    @contextmanager
    def _borrowed(self, wait_s: float) -> Iterator[sqlite3.Connection]:
        if not self._slots.acquire(timeout=wait_s):
            raise sqlite3.OperationalError("database is busy: every read connection is in use")
        try:
            try:
                db = self._idle.get_nowait()
            except queue.Empty:
                db = self._connect()
                with self._guard:
                    self._all.append(db)
            try:
                yield db
            finally:
                with self._guard:
                    if db in self._all:  # not closed by `close` meanwhile
                        self._idle.put(db)
        finally:
            self._slots.release()

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """All rows of one read; `QueryTooCostly` past the budget. SQLite errors
        other than the interruption are the caller's to explain."""
        with self._borrowed(self.budget_s * 5) as db:
            deadline = time.monotonic() + self.budget_s
            db.set_progress_handler(lambda: time.monotonic() > deadline, _CHECK_EVERY)
            try:
                return db.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:
                if "interrupted" in str(exc):
                    raise QueryTooCostly(
                        f"this search needs more than {self.budget_s:g} s; "
                        "narrow it with fewer common words or with filters"
                    ) from None
                raise
            finally:
                db.set_progress_handler(None, 0)

    def close(self) -> None:
        """Closes every connection; a read after this opens a fresh one (an app's
        lifespan may end and start again around the same store)."""
        with self._guard:
            while not self._idle.empty():
                self._idle.get_nowait()
            for db in self._all:
                db.close()
            self._all.clear()
