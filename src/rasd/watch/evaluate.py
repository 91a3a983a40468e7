"""Each document the store adds, checked against every saved watch.

Ingest calls `Watcher.check(batch)` after writing each batch: the documents added
since the cursor (the last row checked) are matched in memory, from the rows
ingest prepared for them, and their alerts are kept together with the new cursor
in one transaction. A run killed between the two transactions leaves documents
past the cursor; the next check (of any ingest or `rasd follow`) reads them back
and finishes, so no alert is lost, and (one alert per watch and document) none is
repeated.
"""

from __future__ import annotations

from collections.abc import Sequence

from rasd.store import Store
from rasd.store.records import Indexer, Prepared, unpack_document
from rasd.text.search import SearchAnalyzer
from rasd.watch.match import CompiledWatch, Features
from rasd.watch.storage import NewAlert, WatchBook, now

PAGE = 500  # document rows read at a time when catching up


class Watcher:
    """Turns new documents into alerts; one per ingest or follow run."""

    def __init__(self, store: Store, analyzer: SearchAnalyzer | None = None) -> None:
        """`analyzer`: the search analysis of the ingest pipeline when it runs in
        this process (its caches are warm with the words of the new documents);
        by default the store's own, loaded once."""
        self.store = store
        self.analyzer = analyzer
        self.book = WatchBook(store)
        self._compiled: dict[tuple[int, str], CompiledWatch] = {}
        self._indexer: Indexer | None = None

    def _watches(self) -> list[CompiledWatch]:
        """The saved watches, re-read each check so that one added while a follow
        runs is used from then on; each is compiled once."""
        live = []
        for saved in self.book.all(counts=False):
            key = (saved.id, saved.watch.name)
            if key not in self._compiled:
                analyzer = self.analyzer or self.store.analyzer
                self._compiled[key] = CompiledWatch(saved.watch, saved.id, saved.after, analyzer)
            live.append(self._compiled[key])
        return live

    def check(self, batch: Sequence[Prepared] = ()) -> int:
        """Match the documents stored since the last check; the number of alerts."""
        watches = self._watches()
        cursor = self.book.cursor()
        if watches:
            cursor = max(cursor, min(w.after for w in watches))
        prepared = {p.hash: p for p in batch}
        raised = 0
        while rows := self.store.select(
            "SELECT rowid, hash, published FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (cursor, PAGE),
        ):
            alerts = []
            for rowid, hash_, published in rows:
                live = [w for w in watches if rowid > w.after]
                if not live:
                    continue
                doc = Features.of(prepared.get(hash_) or self._prepare(rowid))
                day = (published or now())[:10]
                for watch in live:
                    evidence = watch.match(doc)
                    if evidence is not None:
                        alerts.append(NewAlert(watch.id, rowid, evidence, day))
            cursor = rows[-1][0]
            self.book.record(alerts, cursor)
            raised += len(alerts)
        return raised

    def _prepare(self, rowid: int) -> Prepared:
        """A document stored by a run that did not check it: its rows again."""
        if self._indexer is None:
            self._indexer = Indexer(self.analyzer or self.store.analyzer)
        blob = self.store.select("SELECT data FROM documents WHERE rowid = ?", (rowid,))[0][0]
        return self._indexer(unpack_document(blob))
