"""Exactly once: `rasd follow` killed with SIGKILL mid-run and started again loses
no alert and repeats none."""

from __future__ import annotations

import gzip
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rasd.store import Store
from rasd.watch import Watch
from rasd.watch.storage import WatchBook

DEMO = Path(__file__).resolve().parents[1] / "src" / "rasd" / "samples" / "demo.jsonl.gz"


def _follow(store: Path, wire: Path, *extra: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "rasd.cli", "follow", str(wire), "--stages", "text",
               "--store", str(store), *extra]  # fmt: skip
    # A test run started in the background of a script inherits SIGINT ignored, and
    # Python then installs no Ctrl+C handler in the child: give it the terminal's default.
    return subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def _count(store: Path, table: str) -> int:
    db = sqlite3.connect(f"{store.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        db.close()


def _kill_once_stored(proc: subprocess.Popen[bytes], store: Path, deadline: float) -> int:
    """SIGKILL as soon as a first batch of documents is committed; how many were."""
    while time.monotonic() < deadline and proc.poll() is None:
        stored = _count(store, "documents")
        if stored:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            return stored
        time.sleep(0.05)
    raise AssertionError(f"follow stored nothing in time: {proc.stderr.read().decode()}")


def test_killed_follow_resumes_without_losing_or_repeating_alerts(tmp_path: Path) -> None:
    wire = tmp_path / "wire.jsonl"
    wire.write_bytes(gzip.decompress(DEMO.read_bytes()))
    articles = wire.read_bytes().count(b"\n")
    store = tmp_path / "s.db"
    with Store(store) as s:
        WatchBook(s).add(Watch("syria", query="سوريا"))
        WatchBook(s).add(Watch("lavrov", query="لافروف"))

    stored = _kill_once_stored(_follow(store, wire, "--every", "1h"), store, time.monotonic() + 240)
    assert 0 < stored < articles - 1  # killed in the middle of the run
    # A second kill, at whatever point the restarted run has reached.
    second = _follow(store, wire, "--every", "1h")
    time.sleep(3)
    os.kill(second.pid, signal.SIGKILL)
    second.wait()

    last = _follow(store, wire, "--once")
    assert last.wait(timeout=300) == 0, last.stderr.read().decode()
    with Store.open_readonly(store) as s:
        assert len(s) == articles - 1  # the demo corpus repeats one article
        book = WatchBook(s)
        for name, query in (("syria", "سوريا"), ("lavrov", "لافروف")):
            alerts = book.alerts(name, limit=10_000)
            expected = {h.id for h in s.search(query, limit=1000).hits}
            assert len(alerts) == len({a.doc_id for a in alerts})  # none repeated
            assert {a.doc_id for a in alerts} == expected  # none lost
            assert len(expected) > 5


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_stops_cleanly_and_says_how_to_resume(tmp_path: Path, stop: int) -> None:
    wire = tmp_path / "wire.jsonl"
    wire.write_bytes((Path(__file__).parent / "fixtures" / "ant_sample.jsonl").read_bytes())
    store = tmp_path / "s.db"
    proc = _follow(store, wire, "--every", "1h")
    deadline = time.monotonic() + 120
    while _count_or_zero(store) < 5 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)  # waiting for the next poll
    proc.send_signal(stop)
    assert proc.wait(timeout=30) == 130
    assert "run the same command again to resume" in proc.stderr.read().decode()
    with Store.open_readonly(store) as s:
        assert len(s) == 5
        assert s.select("SELECT state FROM follow")  # where it stopped is kept


def _count_or_zero(store: Path) -> int:
    try:
        return _count(store, "documents")
    except sqlite3.Error:  # not created yet
        return 0
