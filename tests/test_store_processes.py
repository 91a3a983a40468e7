"""Ingest as processes: two at once into one store, and a killed ingest's workers."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd.store import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PROC = Path("/proc")


def _corpus(path: Path, copies: int) -> int:
    """The fixture articles `copies` times, each copy a distinct article."""
    records = [
        json.loads(line) for line in (FIXTURES / "ant_sample.jsonl").read_text("utf-8").splitlines()
    ]
    lines = [
        json.dumps(
            dict(r, id=f"{r['id']}-{i}", url=f"{r['url']}?v={i}", text=f"{r['text']}\nالنسخة {i}"),
            ensure_ascii=False,
        )
        for i in range(copies)
        for r in records
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    return len(lines)


def _ingest(corpus: Path, store: Path, workers: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "rasd.cli", "ingest", str(corpus), "--store", str(store),
         "--stages", "text", "--workers", str(workers), "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def test_two_ingests_into_one_store_both_finish(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    total = _corpus(corpus, 20)
    store = tmp_path / "rasd.db"
    runs = [_ingest(corpus, store, workers=1) for _ in range(2)]
    outputs = [run.communicate(timeout=600) for run in runs]
    for run, (_, err) in zip(runs, outputs, strict=True):
        assert run.returncode == 0, err
        assert "UNIQUE" not in err and "Traceback" not in err
    with Store(store) as done:
        assert len(done) == total  # every article once: none lost, none twice


def _alive_children(parent: int) -> set[int]:
    found = set()
    for stat in PROC.glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == parent and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not PROC.is_dir(), reason="reads processes from /proc (Linux)")
def test_workers_exit_when_ingest_is_killed(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, 400)
    run = _ingest(corpus, tmp_path / "rasd.db", workers=2)
    deadline = time.monotonic() + 120
    children: set[int] = set()
    while len(children) < 2 and time.monotonic() < deadline:
        children = _alive_children(run.pid)
        time.sleep(0.2)
    assert len(children) >= 2, "the ingest did not start its workers"
    time.sleep(2)  # the workers are analysing now
    os.kill(run.pid, signal.SIGKILL)
    run.wait(30)
    deadline = time.monotonic() + 15
    while any(_alive(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [pid for pid in children if _alive(pid)], "orphaned workers live on"
