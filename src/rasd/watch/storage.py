"""The watch tables of a store: watches, their alerts, and `rasd follow`'s place
in each source. Documents are never read whole here except to show an alert."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson

from rasd.store import QueryError, Store
from rasd.store.query import parse_query
from rasd.watch.match import Evidence
from rasd.watch.spec import Watch, WatchError

CURSOR = "watch_cursor"  # meta key: the last document row every watch has been checked on


@dataclass(frozen=True, slots=True)
class SavedWatch:
    id: int
    watch: Watch
    after: int  # the newest document row when the watch was saved: it sees later ones
    created: str
    alerts: int


@dataclass(frozen=True, slots=True)
class NewAlert:
    watch: int
    doc: int
    evidence: Evidence
    day: str


@dataclass(frozen=True, slots=True)
class Alert:
    id: int
    watch: str
    doc_id: str
    title: str
    published: str | None
    source: str | None
    url: str | None
    kind: str
    start: int | None
    end: int | None
    evidence: str
    day: str
    created: str


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class WatchBook:
    """Reads and writes the watch tables of `store` (read-only stores: reads only)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def exists(self) -> bool:
        """Stores opened read-only that were written before watches existed lack the tables."""
        return bool(self.store.select("SELECT 1 FROM sqlite_master WHERE name = 'alerts' LIMIT 1"))

    # --- watches -------------------------------------------------------------------

    def add(self, watch: Watch) -> SavedWatch:
        self._check_query(watch)
        with self.store.transaction() as db:
            after = db.execute("SELECT coalesce(max(rowid), 0) FROM documents").fetchone()[0]
            try:
                cur = db.execute(
                    "INSERT INTO watches(name, spec, after, created) VALUES(?,?,?,?)",
                    (watch.name, orjson.dumps(watch.to_dict()).decode(), after, now()),
                )
            except sqlite3.IntegrityError:
                raise WatchError(
                    f"a watch named {watch.name!r} exists; remove it first (rasd watch rm)"
                ) from None
        return SavedWatch(cur.lastrowid or 0, watch, after, now(), 0)

    def _check_query(self, watch: Watch) -> None:
        """A query with nothing to search for would match every article."""
        if not watch.query:
            return
        try:
            parsed = parse_query(watch.query, self.store.analyzer)
        except QueryError as exc:
            raise WatchError(str(exc)) from None
        if parsed is None:
            raise WatchError(f"the query {watch.query!r} has no words to search for")

    def remove(self, name: str) -> int:
        """Remove the watch and its alerts; how many alerts went with it."""
        saved = self.get(name)
        with self.store.transaction() as db:
            removed = db.execute("DELETE FROM alerts WHERE watch = ?", (saved.id,)).rowcount
            db.execute("DELETE FROM watches WHERE id = ?", (saved.id,))
        return removed

    def all(self, counts: bool = True) -> list[SavedWatch]:
        """Every watch by name; with `counts`, each with its number of alerts (which
        costs a count over the alerts: checking documents asks without)."""
        if not self.exists():
            return []
        count = "(SELECT count(*) FROM alerts a WHERE a.watch = w.id)" if counts else "0"
        rows = self.store.select(
            f"SELECT w.id, w.name, w.spec, w.after, w.created, {count} FROM watches w ORDER BY w.name"
        )
        return [
            SavedWatch(i, Watch.from_dict(name, orjson.loads(spec)), after, created, n)
            for i, name, spec, after, created, n in rows
        ]

    def get(self, name: str) -> SavedWatch:
        for saved in self.all(counts=False):
            if saved.watch.name == name:
                return saved
        known = (
            ", ".join(s.watch.name for s in self.all(counts=False)) or "none yet (rasd watch add)"
        )
        raise WatchError(f"no watch named {name!r}; watches: {known}")

    # --- alerts --------------------------------------------------------------------

    def cursor(self) -> int:
        row = self.store.select("SELECT value FROM meta WHERE key = ?", (CURSOR,))
        return int(row[0][0]) if row else 0

    def record(self, alerts: Iterable[NewAlert], cursor: int) -> None:
        """Keep the alerts and move the cursor past the documents they were found
        in, in one transaction: a kill leaves either both or neither."""
        with self.store.transaction() as db:
            db.executemany(
                "INSERT OR IGNORE INTO alerts(watch, doc, kind, start, end, evidence, day, created)"
                " VALUES(?,?,?,?,?,?,?,?)",
                [
                    (a.watch, a.doc, a.evidence.kind, a.evidence.start, a.evidence.end,
                     a.evidence.text, a.day, now())
                    for a in alerts
                ],
            )  # fmt: skip
            db.execute(
                "INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key)"
                " DO UPDATE SET value = max(CAST(value AS INTEGER), excluded.value)",
                (CURSOR, str(cursor)),
            )

    def alerts(
        self,
        watch: str | None = None,
        since: str | None = None,
        limit: int = 100,
        offset: int = 0,
        undelivered: bool = False,
        after: int = 0,
    ) -> list[Alert]:
        """Newest first; `after`: only alerts raised after the alert of that id."""
        clauses, params = ["1"], []
        if watch is not None:
            clauses.append("a.watch = ?")
            params.append(self.get(watch).id)
        if since:
            clauses.append("a.day >= ?")
            params.append(since)
        if undelivered:
            clauses.append("a.delivered IS NULL")
        if after:
            clauses.append("a.id > ?")
            params.append(after)
        if not self.exists():
            return []
        rows = self.store.select(
            "SELECT a.id, w.name, d.id, d.title, d.published, d.source, d.url, a.kind, a.start,"
            " a.end, a.evidence, a.day, a.created FROM alerts a"
            " JOIN watches w ON w.id = a.watch JOIN documents d ON d.rowid = a.doc"
            f" WHERE {' AND '.join(clauses)} ORDER BY a.day DESC, a.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [Alert(*r) for r in rows]

    def daily_counts(self, watch: str) -> list[tuple[str, int]]:
        rows = self.store.select(
            "SELECT day, count(*) FROM alerts WHERE watch = ? GROUP BY day ORDER BY day",
            (self.get(watch).id,),
        )
        return [(d, n) for d, n in rows]

    def last_alert(self) -> int:
        """The id of the newest alert (0: none yet)."""
        if not self.exists():
            return 0
        return self.store.select("SELECT coalesce(max(id), 0) FROM alerts")[0][0]

    def delivered(self, alert_id: int, ok: bool) -> None:
        """A webhook POST of the alert succeeded (or failed once more)."""
        with self.store.transaction() as db:
            if ok:
                db.execute("UPDATE alerts SET delivered = ? WHERE id = ?", (now(), alert_id))
            else:
                db.execute("UPDATE alerts SET attempts = attempts + 1 WHERE id = ?", (alert_id,))

    # --- follow --------------------------------------------------------------------

    def follow_state(self, source: str) -> dict[str, Any]:
        rows = self.store.select("SELECT state FROM follow WHERE source = ?", (source,))
        return orjson.loads(rows[0][0]) if rows else {}

    def save_follow_state(
        self, source: str, state: dict[str, Any], files: Iterable[str] = ()
    ) -> None:
        with self.store.transaction() as db:
            db.execute(
                "INSERT INTO follow(source, state) VALUES(?, ?)"
                " ON CONFLICT(source) DO UPDATE SET state = excluded.state",
                (source, orjson.dumps(state).decode()),
            )
            db.executemany(
                "INSERT OR IGNORE INTO follow_files(source, path) VALUES(?, ?)",
                [(source, f) for f in files],
            )

    def seen_files(self, source: str) -> set[str]:
        rows = self.store.select("SELECT path FROM follow_files WHERE source = ?", (source,))
        return {r[0] for r in rows}
