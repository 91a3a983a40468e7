"""A scheduler that cannot be reached is a clear error, from the API and the CLI.

Kept apart from tests/test_store_cluster.py, whose module-scoped cluster runs Dask's
event loop and system monitor in this process: with them alive, the failed connection's
CLI run once ended in CI with `OSError: Bad file descriptor` (raised in the monitor's
psutil read as well) instead of the message.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.store import Store
from rasd.store.analyse import ClusterError
from rasd.store.ingest import ingest

pytest.importorskip("distributed", reason="Dask is an optional extra")

ANT = Path(__file__).resolve().parent / "fixtures" / "ant_sample.jsonl"


def test_unreachable_scheduler_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("rasd.store.cluster.CONNECT_TIMEOUT", "1s")
    with Store(tmp_path / "s.db") as store, pytest.raises(ClusterError, match="cannot reach"):
        ingest(store, [str(ANT)], stages=("text",), cluster="tcp://127.0.0.1:9")
    result = CliRunner().invoke(app, ["ingest", str(ANT), "--store", str(tmp_path / "c.db"),
                                      "--dask", "tcp://127.0.0.1:9", "-q"])  # fmt: skip
    assert result.exit_code != 0
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output
