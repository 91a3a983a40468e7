"""Analysis for the server: bounded, timed, and off the event loop.

One article can take seconds to analyse, and a hostile one minutes. The server
therefore never analyses more than a few articles at once (`Busy`, answered 503,
when more wait), and gives each request a time budget (`OverBudget`, answered
413, when it runs out). With worker processes (`rasd serve`), an article runs in
a process of its own: it holds neither the event loop nor the interpreter lock
of the process answering searches, and one that overruns its budget is killed
and its worker replaced. In process (tests, embedding) the number waiting is
bounded the same way, but a running analysis cannot be stopped.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Iterable
from multiprocessing.connection import Connection
from typing import Any

from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.store.ingest import exit_with_parent

DEFAULT_BUDGET_S = 8.0  # a 500K-character article is refused well within 10 s
WAITING_PER_WORKER = 2  # requests allowed to queue for each worker before Busy


class Busy(RuntimeError):
    """Every analysis slot is taken and the queue is full; retry shortly."""


class OverBudget(RuntimeError):
    """The analysis did not finish within the time budget."""


class AnalysisFailed(RuntimeError):
    """The pipeline raised on this input (a bug, reported without the trace)."""


class InProcess:
    """Analysis in this process, one article at a time (pipeline components are
    not promised to be thread-safe): at most `WAITING_PER_WORKER` more wait, each
    no longer than the budget. A running analysis cannot be stopped here, so its
    result is returned however long it took."""

    def __init__(self, pipeline: Pipeline, budget_s: float = DEFAULT_BUDGET_S) -> None:
        self.pipeline = pipeline
        self.budget_s = budget_s
        self._lock = threading.Lock()
        self._slots = threading.BoundedSemaphore(1 + WAITING_PER_WORKER)

    def __call__(self, doc: Document) -> Document:
        if not self._slots.acquire(blocking=False):
            raise Busy
        try:
            if not self._lock.acquire(timeout=self.budget_s):
                raise Busy
            try:
                return self.pipeline(doc)
            finally:
                self._lock.release()
        finally:
            self._slots.release()

    def close(self) -> None:
        """Nothing to stop: the pipeline lives in this process."""


def _worker_main(conn: Connection, stages: tuple[str, ...], parent: int) -> None:
    exit_with_parent(parent)
    pipeline = Pipeline(stages)
    conn.send("ready")
    while True:
        try:
            doc = conn.recv()
        except EOFError:  # the server closed its end: stop
            return
        try:
            conn.send(pipeline(doc))
        except Exception as exc:  # one article must not end the worker
            conn.send(AnalysisFailed(f"{type(exc).__name__}: {exc}"))


class _Worker:
    def __init__(self, stages: tuple[str, ...]) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=_worker_main, args=(child, stages, os.getpid()), daemon=True
        )
        self.process.start()
        child.close()  # so that the worker sees EOF when this end is closed

    def ready(self, timeout: float) -> bool:
        try:
            return self.conn.poll(timeout) and self.conn.recv() == "ready"
        except (EOFError, OSError):  # it died while loading, or the pool closed meanwhile
            return False

    def stop(self) -> None:
        self.conn.close()
        self.process.kill()
        self.process.join(5)


class WorkerPool:
    """`workers` processes, each with its own pipeline, started in the background.
    A request takes a free worker (waiting within its budget), sends the document
    and waits for the result until the budget is spent; then the worker is
    killed and a fresh one started in its place."""

    def __init__(
        self,
        stages: Iterable[str],
        workers: int = 2,
        budget_s: float = DEFAULT_BUDGET_S,
        start_timeout_s: float = 300.0,
    ) -> None:
        self.stages = tuple(stages)
        self.budget_s = budget_s
        self.start_timeout_s = start_timeout_s
        self._free: queue.Queue[_Worker] = queue.Queue()
        self._slots = threading.BoundedSemaphore(workers * (1 + WAITING_PER_WORKER))
        self._all: set[_Worker] = set()
        self._guard = threading.Lock()
        self._closed = False
        for _ in range(workers):
            self._start()

    def _start(self) -> None:
        """A new worker, handed out once its pipeline is loaded."""
        worker = _Worker(self.stages)
        with self._guard:
            self._all.add(worker)

        def when_ready() -> None:
            if worker.ready(self.start_timeout_s) and not self._closed:
                self._free.put(worker)
            else:
                self._retire(worker)

        threading.Thread(target=when_ready, name="analysis-worker-start", daemon=True).start()

    def _retire(self, worker: _Worker) -> None:
        with self._guard:
            self._all.discard(worker)
        worker.stop()

    def __call__(self, doc: Document) -> Document:
        if not self._slots.acquire(blocking=False):
            raise Busy
        try:
            deadline = time.monotonic() + self.budget_s
            try:
                worker = self._free.get(timeout=self.budget_s)
            except queue.Empty:
                raise Busy from None
            return self._run(worker, doc, deadline)
        finally:
            self._slots.release()

    def _run(self, worker: _Worker, doc: Document, deadline: float) -> Document:
        try:
            worker.conn.send(doc)
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                result: Any = worker.conn.recv()
                self._free.put(worker)
                if isinstance(result, AnalysisFailed):
                    raise result
                return result
        except (EOFError, OSError):
            self._replace(worker)
            raise AnalysisFailed("the analysis worker stopped") from None
        self._replace(worker)
        raise OverBudget

    def _replace(self, worker: _Worker) -> None:
        self._retire(worker)
        if not self._closed:
            self._start()

    def close(self) -> None:
        self._closed = True
        with self._guard:
            workers = list(self._all)
        for worker in workers:
            self._retire(worker)
