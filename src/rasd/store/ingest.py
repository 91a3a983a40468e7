"""Ingest: inputs → pipeline → store, in parallel, resumable, with flat memory.

The main process reads the inputs as a stream, skips what the store already has,
and hands chunks of documents to worker processes. Each worker builds its own
`Pipeline` and `Indexer` once and applies them to each document — a pure
per-document function, so the same step can run on any batch engine. The main
process writes the results in batches, one transaction each: a kill at any
moment loses at most the batch being written, and a rerun skips every document
already committed (by content hash or URL). At most a few chunks are in flight,
so memory does not grow with the input.
"""

from __future__ import annotations

import gzip
import multiprocessing
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from rasd.document import Document
from rasd.pipeline import DEFAULT_STAGES
from rasd.store.analyse import CHUNK, Analyzer, Outcome, chunks
from rasd.store.core import Store
from rasd.store.records import Prepared, document_hash
from rasd.store.results import AddResult
from rasd.store.sources import expand, is_url, read_sources
from rasd.text.readers import Failure, Fields
from rasd.watch.evaluate import Watcher

BATCH = 256  # documents per transaction
RECYCLE = 250  # chunks (4,000 documents) a worker process analyses before it is replaced


@dataclass(slots=True)
class IngestReport:
    added: int = 0
    present: int = 0
    failed: int = 0
    failures: list[Failure] = field(default_factory=list)  # the first few, for the summary

    def count(self, result: AddResult) -> None:
        self.added += result.added
        self.present += result.present
        self.failed += result.failed

    @property
    def seen(self) -> int:
        return self.added + self.present + self.failed


# Each worker process keeps one Analyzer, built by the pool's initializer: the
# process-wide slot is how multiprocessing hands state to its tasks.
_worker: Analyzer | None = None


def exit_with_parent(parent: int) -> None:
    """End this worker process when `parent` is gone, even killed with SIGKILL
    (which no handler sees): else workers of hundreds of MB each live on as
    orphans, blocked on a queue nobody will feed."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _init_worker(stages: tuple[str, ...], parent: int) -> None:
    global _worker
    exit_with_parent(parent)
    _worker = Analyzer(stages)


def _run_chunk(docs: list[Document]) -> list[Outcome]:
    assert _worker is not None, "worker used before its initializer ran"
    return [_worker(doc) for doc in docs]


def estimate_total(specs: Iterable[str]) -> int | None:
    """About how many documents the inputs hold (lines of JSONL/CSV, one per other
    file) for the progress bar; None when a URL makes it unknowable."""
    total = 0
    for item in expand(specs):
        if isinstance(item, Failure):
            continue
        if is_url(item):
            return None
        total += _count_records(Path(item))
    return total


def _count_records(path: Path) -> int:
    suffixes = [s.lower() for s in path.suffixes]
    if not any(s in (".jsonl", ".ndjson", ".csv") for s in suffixes):
        return 1
    opener = gzip.open if suffixes[-1] == ".gz" else open
    lines = 0
    try:
        with opener(path, "rb") as stream:
            while block := stream.read(1 << 20):
                lines += block.count(b"\n")
    except (OSError, EOFError):
        return 1
    return max(1, lines - (".csv" in suffixes))


def ingest(
    store: Store,
    specs: Iterable[str],
    *,
    workers: int | None = None,
    stages: Iterable[str] = DEFAULT_STAGES,
    fields: Fields | None = None,
    progress: Callable[[IngestReport], None] | None = None,
    cluster: str | None = None,
) -> IngestReport:
    """Ingest every input named in `specs` into `store`. Failures are recorded in
    the store and counted; a `StoreError` (locked, read-only, disk full) stops
    the run with everything committed before it kept.

    With `cluster` (a Dask scheduler address, or "local" for a new cluster of
    `workers` processes) the analysis runs on Dask workers; the store is written
    here either way. A `ClusterError` says why the cluster cannot be used."""
    report = IngestReport()
    stages = tuple(stages)
    workers = workers or os.cpu_count() or 1
    docs = _new_documents(store, read_sources(specs, fields), report, progress)
    watcher = Watcher(store)
    if cluster is None:
        return _write(store, _analyse(docs, stages, workers), report, progress, watcher)
    from rasd.store.cluster import analyse_on_cluster, connect

    with connect(cluster, workers) as client:
        outcomes = analyse_on_cluster(docs, stages, client)
        return _write(store, outcomes, report, progress, watcher)


def ingest_documents(
    store: Store,
    items: Iterable[Document | Failure],
    analyzer: Callable[[Document], Outcome],
    watcher: Watcher,
    progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Ingest documents already read (what `rasd follow` fetches), analysed here
    by `analyzer` (an `Analyzer`, built once by the caller), as `ingest` does."""
    report = IngestReport()
    docs = _new_documents(store, items, report, progress)
    return _write(store, map(analyzer, docs), report, progress, watcher)


def _write(
    store: Store,
    outcomes: Iterator[Outcome],
    report: IngestReport,
    progress: Callable[[IngestReport], None] | None,
    watcher: Watcher,
) -> IngestReport:
    batch: list[Prepared] = []
    for outcome in outcomes:
        if isinstance(outcome, Failure):
            _fail(store, report, outcome)
        else:
            batch.append(outcome)
            if len(batch) >= BATCH:
                _commit(store, batch, report, watcher)
                batch = []
        if progress:
            progress(report)
    if batch:
        _commit(store, batch, report, watcher)
    if progress:
        progress(report)
    return report


def _commit(store: Store, batch: list[Prepared], report: IngestReport, watcher: Watcher) -> None:
    report.count(store.write(batch))
    watcher.check(batch)  # each new document against the saved watches (rasd.watch)


def _fail(store: Store, report: IngestReport, failure: Failure) -> None:
    store.record_failure(failure.source, failure.reason, failure.line)
    report.failed += 1
    if len(report.failures) < 20:
        report.failures.append(failure)


def _new_documents(
    store: Store,
    items: Iterable[Document | Failure],
    report: IngestReport,
    progress: Callable[[IngestReport], None] | None,
) -> Iterator[Document]:
    """The documents of the inputs that the store does not have yet."""
    for item in items:
        if isinstance(item, Failure):
            _fail(store, report, item)
        elif store.contains_key(document_hash(item), item.url):
            report.present += 1
            if progress and report.present % 500 == 0:
                progress(report)
        else:
            yield item


def _analyse(docs: Iterator[Document], stages: tuple[str, ...], workers: int) -> Iterator[Outcome]:
    if workers <= 1:
        analyzer = Analyzer(stages)
        yield from (analyzer(doc) for doc in docs)
        return
    # Workers are replaced after RECYCLE chunks: the stages cache per word form,
    # and over a large corpus those caches, not the articles, fill the memory.
    # Replacing a worker (spawned fresh, pipeline rebuilt) costs a few seconds.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(stages, os.getpid()),
        max_tasks_per_child=RECYCLE,
    ) as pool:
        pending: set[Future[list[Outcome]]] = set()
        limit = workers * 3  # enough queued work to keep every worker busy, no more
        for chunk in chunks(docs, CHUNK):
            pending.add(pool.submit(_run_chunk, chunk))
            if len(pending) >= limit:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        for future in pending:
            yield from future.result()
