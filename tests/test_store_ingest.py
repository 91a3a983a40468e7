"""Ingest: formats, idempotence, bad input, a killed run resumed, store errors."""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.store import Store, StoreError
from rasd.store.ingest import estimate_total, ingest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ANT = FIXTURES / "ant_sample.jsonl"
STORE_FIXTURES = FIXTURES / "store"
TEXT = ("text",)


def _records() -> list[dict]:
    return [json.loads(line) for line in ANT.read_text(encoding="utf-8").splitlines()]


def test_jsonl_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        first = ingest(store, [str(ANT)], workers=1, stages=TEXT)
        second = ingest(store, [str(ANT)], workers=1, stages=TEXT)
        assert (first.added, first.failed) == (5, 0)
        assert (second.added, second.present, second.failed) == (0, 5, 0)
        assert len(store) == 5


def test_same_url_counts_as_present(tmp_path: Path) -> None:
    records = _records()
    changed = dict(records[0], text=records[0]["text"] + " تحديث")
    path = tmp_path / "updated.jsonl"
    path.write_text(json.dumps(changed, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(tmp_path / "s.db") as store:
        ingest(store, [str(ANT)], workers=1, stages=TEXT)
        report = ingest(store, [str(path)], workers=1, stages=TEXT)
    assert (report.added, report.present) == (0, 1)


def test_html_feed_and_folder(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        report = ingest(store, [str(STORE_FIXTURES)], workers=1, stages=TEXT)
        assert report.added == 4  # the article page and three feed entries
        reasons = {Path(f.source).name: f.reason for f in store.failures()}
        assert "no article found" in reasons["no_article.html"]
        assert "not a readable RSS/Atom feed" in reasons["broken.rss"]
        page = store.search('"يعترف بفشله أمام البرلمان"').hits[0]
        doc = store.get(page.id)
        assert doc.title.startswith("رئيس حكومة إسبانيا")
        assert doc.published.startswith("2018-06-01")
        assert doc.meta["author"] == "مراسل الموقع"
        feed_doc = store.search("الخوذ البيضاء").hits[0]
        assert feed_doc.url == "https://news.example/1"


def test_bad_inputs_are_recorded_and_the_rest_is_kept(tmp_path: Path) -> None:
    corrupt = tmp_path / "corrupt.jsonl.gz"
    corrupt.write_bytes(gzip.compress(ANT.read_bytes())[:-300])
    truncated = tmp_path / "truncated.jsonl"
    lines = ANT.read_text(encoding="utf-8").splitlines()
    truncated.write_text(lines[0] + "\n" + lines[1][: len(lines[1]) // 2], encoding="utf-8")
    record = _records()[4]  # not among the lines read before the gzip damage
    duplicate = tmp_path / "dup.jsonl"
    duplicate.write_text(
        "\n".join(
            json.dumps(dict(record, id="same-id", url=None, text=text), ensure_ascii=False)
            for text in (record["text"], record["text"] + " نص آخر")
        ),
        encoding="utf-8",
    )
    with Store(tmp_path / "s.db") as store:
        report = ingest(
            store,
            [str(corrupt), str(truncated), str(duplicate), str(tmp_path / "missing.jsonl")],
            workers=1,
            stages=TEXT,
        )
        reasons = [f.reason for f in store.failures()]
        assert report.failed == len(reasons) == 4
        assert any("corrupt gzip" in r for r in reasons)
        assert any("malformed JSON" in r for r in reasons)
        assert any("duplicate id 'same-id' with a different text" in r for r in reasons)
        assert any("no such file" in r for r in reasons)
        # What could be read is in: the lines before the damage, the first duplicate.
        assert report.added >= 2 and store.get("same-id") is not None


def test_glob_patterns_and_estimates(tmp_path: Path) -> None:
    for i, record in enumerate(_records()[:3]):
        (tmp_path / f"a{i}.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n")
    pattern = str(tmp_path / "*.jsonl")
    assert estimate_total([pattern]) == 3
    with Store(tmp_path / "s.db") as store:
        assert ingest(store, [pattern], workers=1, stages=TEXT).added == 3
        report = ingest(store, [str(tmp_path / "nothing-*.csv")], workers=1, stages=TEXT)
        assert report.failed == 1 and "no file matches" in store.failures()[-1].reason


def test_parallel_workers_give_the_same_store(tmp_path: Path) -> None:
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        ingest(one, [str(ANT)], workers=1, stages=TEXT)
        ingest(two, [str(ANT)], workers=2, stages=TEXT)
        ids = {d.id for d in one.documents(limit=100)}
        assert ids == {d.id for d in two.documents(limit=100)}
        some = next(iter(ids))
        assert one.get(some).to_dict() == two.get(some).to_dict()


_SLOW_INGEST = """
import sys, time
from rasd.store import Store
from rasd.store import ingest as module

module.BATCH = 3
original = Store.write
def slow_write(self, batch):
    result = original(self, batch)
    print("committed", flush=True)
    time.sleep(0.3)
    return result
Store.write = slow_write
with Store(sys.argv[1]) as store:
    module.ingest(store, [sys.argv[2]], workers=1, stages=("text",))
"""


def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    records = _records()
    # 20 distinct articles: each fixture article with a numbered last sentence.
    corpus.write_text(
        "\n".join(
            json.dumps(dict(r, id=f"{r['id']}-{i}", url=f"{r['url']}?v={i}",
                            text=f"{r['text']}\nالنسخة {i}"), ensure_ascii=False)
            for i in range(4)
            for r in records
        ),
        encoding="utf-8",
    )  # fmt: skip
    db = tmp_path / "s.db"
    script = tmp_path / "slow.py"
    script.write_text(_SLOW_INGEST)
    proc = subprocess.Popen(
        [sys.executable, str(script), str(db), str(corpus)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert proc.stdout is not None
    for _ in range(2):  # let two batches commit, then kill in the middle of the run
        assert proc.stdout.readline().strip() == "committed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = raw.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 6 <= partial < 20
    with Store(db) as store:
        report = ingest(store, [str(corpus)], workers=1, stages=TEXT)
        assert report.present == partial and report.added == 20 - partial
        assert len(store) == 20
        indexed = store._query("SELECT count(*) FROM fts")
        assert indexed[0][0] == 20


def test_read_only_store_gets_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest(store, [str(ANT)], workers=1, stages=TEXT)
    db.chmod(0o444)
    try:
        if os.access(db, os.W_OK):
            pytest.skip("running as a user who can write read-only files (root)")
        with pytest.raises(StoreError, match="read-only"):
            Store(db).record_failure("x", "y")
    finally:
        db.chmod(0o644)


def test_a_store_opened_for_reading_refuses_writes(tmp_path: Path) -> None:
    Store(tmp_path / "s.db").close()
    with Store.open_readonly(tmp_path / "s.db") as store, pytest.raises(StoreError, match="read"):
        store.record_failure("x", "y")


def test_locked_store_gets_a_clear_message(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    Store(db).close()
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        start = time.monotonic()
        with (
            pytest.raises(StoreError, match="locked by another process"),
            Store(db, timeout=0.2) as store,
        ):
            store.record_failure("x", "y")
        assert time.monotonic() - start < 10
    finally:
        holder.rollback()
        holder.close()


def test_full_disk_keeps_what_was_committed(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest(store, [str(ANT)], workers=1, stages=TEXT)
        before = len(store)
        pages = store._db.execute("PRAGMA page_count").fetchone()[0]
        store._db.execute(f"PRAGMA max_page_count = {pages}")
        more = tmp_path / "more.jsonl"
        more.write_text(
            "\n".join(
                json.dumps(
                    dict(r, id=f"big-{i}", url=None, text=r["text"] * 30 + str(i)),
                    ensure_ascii=False,
                )
                for i, r in enumerate(_records())
            ),
            encoding="utf-8",
        )
        with pytest.raises(StoreError, match="full"):
            ingest(store, [str(more)], workers=1, stages=TEXT)
    with Store.open_readonly(db) as store:
        assert len(store) == before


def test_cli_ingest_summary_and_failures(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "cli.db")
    result = runner.invoke(app, ["ingest", str(ANT), str(tmp_path / "nope.txt"), "--store", db,
                                 "--workers", "1", "--stages", "text", "-q"])  # fmt: skip
    assert result.exit_code == 1
    assert "5 ingested, 0 already present, 1 failed" in result.output
    again = runner.invoke(app, ["ingest", str(ANT), "-q"], env={"RASD_STORE": db})
    assert "0 ingested, 5 already present" in again.output and again.exit_code == 0
    failures = runner.invoke(app, ["failures", "--store", db])
    assert "nope.txt: no such file" in failures.output
    found = runner.invoke(app, ["search", "إسبانيا", "--store", db, "--json"])
    assert found.exit_code == 0 and json.loads(found.output.splitlines()[0])["id"]
    missing = runner.invoke(app, ["search", "x", "--store", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "no store at" in missing.output
