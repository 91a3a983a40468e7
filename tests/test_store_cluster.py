"""Ingest with the analysis on a Dask cluster gives the store the embedded default gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.store import Store
from rasd.store.ingest import ingest

distributed = pytest.importorskip("distributed", reason="Dask is an optional extra")

ANT = Path(__file__).resolve().parent / "fixtures" / "ant_sample.jsonl"
STAGES = ("text", "ner", "quotes", "events")


@pytest.fixture(scope="module")
def scheduler() -> str:
    # Threads in this process: the cluster starts in a second, and the workers
    # still get the documents through Dask's serialisation.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def _layers(store: Store) -> dict[str, dict]:
    docs = (store.get(info.id) for info in store.documents(limit=100))
    return {doc.id: doc.to_dict() for doc in docs}


def test_cluster_ingest_equals_the_embedded_one(tmp_path: Path, scheduler: str) -> None:
    with Store(tmp_path / "local.db") as local, Store(tmp_path / "dask.db") as remote:
        ingest(local, [str(ANT)], workers=1, stages=STAGES)
        report = ingest(remote, [str(ANT)], stages=STAGES, cluster=scheduler)
        assert (report.added, report.failed) == (5, 0)
        assert _layers(remote) == _layers(local)
        assert any(doc["entities"] for doc in _layers(remote).values())
        assert remote.entities(top=5) == local.entities(top=5)


def test_cluster_ingest_resumes_like_the_embedded_one(tmp_path: Path, scheduler: str) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(ANT)], workers=1, stages=("text",))
        again = ingest(store, [str(ANT)], stages=("text",), cluster=scheduler)
    assert (again.added, again.present) == (0, 5)
