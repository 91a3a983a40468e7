"""Ingest's per-document step on a Dask cluster (the optional `rasd[dask]` extra).

Only the analysis moves: each Dask worker builds one `Analyzer` (pipeline and
index rows) when it joins, the client sends it chunks of documents and gets
`Prepared` rows back, and the client alone writes the store — so the embedded
store, its resumability and its duplicate checks are the same as without Dask.
As on the local pool, only a few chunks per worker thread are in flight, so the
client's memory does not grow with the corpus.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rasd.document import Document
from rasd.store.analyse import CHUNK, Analyzer, ClusterError, Outcome, chunks

try:
    from distributed import Client, LocalCluster, as_completed, get_worker
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:
    raise ClusterError("Dask is not installed: pip install 'rasd[dask]' (or drop --dask)") from None

PLUGIN = "rasd-analyzer"
LOCAL = "local"  # the address that starts a cluster on this machine
CONNECT_TIMEOUT = "20s"


class AnalyzerPlugin(WorkerPlugin):
    """Builds a worker's Analyzer once, when the worker joins."""

    def __init__(self, stages: tuple[str, ...]) -> None:
        self.stages = stages
        self.analyzer: Analyzer | None = None

    def setup(self, worker: object) -> None:
        self.analyzer = Analyzer(self.stages)


def _run_chunk(docs: list[Document]) -> list[Outcome]:
    analyzer = get_worker().plugins[PLUGIN].analyzer
    return [analyzer(doc) for doc in docs]


@contextmanager
def connect(address: str, workers: int) -> Iterator[Client]:
    """A client of the scheduler at `address`, or of a new cluster of `workers`
    single-threaded processes on this machine when `address` is "local"."""
    cluster = None
    try:
        if address == LOCAL:
            # One thread per process: the stages are pure Python, threads would
            # only take turns on the GIL.
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=None)
            client = Client(cluster)
        else:
            client = Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def analyse_on_cluster(
    docs: Iterator[Document], stages: tuple[str, ...], client: Client
) -> Iterator[Outcome]:
    """Analyse `docs` on the cluster's workers; outcomes come back as chunks finish."""
    client.register_plugin(AnalyzerPlugin(stages), name=PLUGIN)
    threads = sum(client.nthreads().values())
    if not threads:
        raise ClusterError("the Dask cluster has no workers")
    in_flight = as_completed()
    limit = threads * 3  # enough queued work to keep every worker busy, no more
    for chunk in chunks(docs, CHUNK):
        in_flight.add(client.submit(_run_chunk, chunk, pure=False))
        if in_flight.count() >= limit:
            yield from next(in_flight).result()
    for future in in_flight:
        yield from future.result()
