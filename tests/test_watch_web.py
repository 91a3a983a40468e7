"""Delivery of alerts: the page and Atom feed per watch served by `rasd serve`, and
the CLI, each flagging a day far above the watch's usual count."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import feedparser
import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from rasd.api import create_app
from rasd.cli import app
from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.store import Store
from rasd.store.analyse import Analyzer
from rasd.store.ingest import ingest_documents
from rasd.watch import Watch
from rasd.watch.evaluate import Watcher
from rasd.watch.storage import WatchBook
from watch_site import records

FIRST = date(2018, 6, 1)
BUSY = FIRST + timedelta(days=9)


def _wire() -> list[Document]:
    """ANT sample articles as a wire: one a day for eight days, then four on one day."""
    texts = [r["text"] for r in records()]
    days = [FIRST + timedelta(days=i) for i in range(8)] + [BUSY] * 4
    return [
        Document(
            f"{texts[i % len(texts)]}\n(نشرة {i})",
            title=f"نشرة {i}",
            published=day.isoformat(),
            source="wire",
        )
        for i, day in enumerate(days)
    ]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("watch-web") / "rasd.db"
    with Store(path) as store:
        WatchBook(store).add(Watch("wire", source="wire"))
        WatchBook(store).add(Watch("spain", query="إسبانيا"))
        ingest_documents(store, _wire(), Analyzer(("text",)), Watcher(store))
    return path


@pytest.fixture(scope="module")
def client(store_path: Path) -> TestClient:
    return TestClient(create_app(store_path, pipeline=Pipeline(["text"])))


def test_the_page_of_a_watch_shows_its_alerts_counts_and_spike(client: TestClient) -> None:
    page = client.get("/watches/wire")
    assert page.status_code == 200 and '<html lang="ar" dir="rtl">' in page.text
    assert page.text.count('<tr id="alert-') == 12 and "12 تنبيهًا" in page.text
    assert f'<tr id="day-{BUSY}"><td class="date"><mark>⚠' in page.text
    assert f"ارتفاع غير معتاد: 4 تنبيهات يوم {BUSY}" in page.text
    assert page.text.count("<rect ") == 10  # every day from the first alert, quiet ones too
    assert all(s.startswith(("/", "#")) for s in re.findall(r'(?:src|href)="([^"]+)"', page.text))
    index = client.get("/watches").text
    assert 'href="/watches/wire"' in index and 'href="/watches/spain.atom"' in index


def test_the_atom_feed_of_a_watch(client: TestClient) -> None:
    assert client.head("/watches/spain.atom").status_code == 200
    answer = client.get("/watches/spain.atom")
    assert answer.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(answer.content)
    assert not feed.bozo and feed.feed.title == "رصد · spain"
    spain = [d for d in _wire() if "إسبانيا" in d.text]
    assert len(feed.entries) == len(spain) > 0
    assert {e.title for e in feed.entries} == {d.title for d in spain}
    assert all("إسبانيا" in e.summary for e in feed.entries)
    assert all(e.link.startswith("http://testserver/article/") for e in feed.entries)

    spiky = feedparser.parse(client.get("/watches/wire.atom").content)
    flagged = [e for e in spiky.entries if any(t.term == "spike" for t in e.tags)]
    assert flagged[0].title.startswith("ارتفاع غير معتاد: 4")
    assert len(flagged) == 5  # the spike's own entry and its four alerts


def test_unknown_watches_and_bad_names(client: TestClient) -> None:
    missing = client.get("/watches/nothing.atom")
    assert missing.status_code == 404 and "no watch named" in missing.text
    assert client.get("/watches/a%20b").status_code == 422


def test_the_cli_flags_the_spike(store_path: Path) -> None:
    result = CliRunner().invoke(app, ["watch", "alerts", "wire", "--store", str(store_path)])
    assert result.exit_code == 0
    assert f"⚠ wire: 4 alerts on {BUSY}" in result.output
    listed = CliRunner().invoke(app, ["watch", "list", "--json", "--store", str(store_path)])
    assert f'"spikes": ["{BUSY}"]' in listed.output
    since = CliRunner().invoke(
        app,
        [
            "watch",
            "alerts",
            "wire",
            "--since",
            str(BUSY),
            "-f",
            "jsonl",
            "--store",
            str(store_path),
        ],
    )
    days = [json.loads(line)["day"] for line in since.output.splitlines()]
    assert days == [str(BUSY)] * 4
    assert all(json.loads(line)["spike"] for line in since.output.splitlines())
    bad = CliRunner().invoke(
        app, ["watch", "alerts", "--since", "May 5", "--store", str(store_path)]
    )
    assert bad.exit_code == 2 and "YYYY-MM-DD" in bad.output


def test_watches_are_added_and_removed_from_the_cli(tmp_path: Path) -> None:
    store = str(tmp_path / "s.db")
    runner = CliRunner()
    added = runner.invoke(app, ["watch", "add", "idlib", "--event-type", "assault",
                                "--place", "إدلب", "--store", store])  # fmt: skip
    assert added.exit_code == 0 and "event_type=ASSAULT place=إدلب" in added.output
    again = runner.invoke(app, ["watch", "add", "idlib", "قصف", "--store", store])
    assert again.exit_code == 2 and "exists" in again.output
    listed = runner.invoke(app, ["watch", "list", "--json", "--store", store])
    assert json.loads(listed.output)["place"] == "إدلب"
    removed = runner.invoke(app, ["watch", "rm", "idlib", "--store", store])
    assert removed.exit_code == 0 and "removed" in removed.output
    gone = runner.invoke(app, ["watch", "rm", "idlib", "--store", store])
    assert gone.exit_code == 2 and "no watch named 'idlib'" in gone.output


def test_a_store_from_before_watches_serves_an_empty_list(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    Store(path).close()
    with sqlite3.connect(path) as db:
        for table in ("watches", "alerts", "follow", "follow_files"):
            db.execute(f"DROP TABLE {table}")
    page = TestClient(create_app(path, pipeline=Pipeline(["text"]))).get("/watches")
    assert page.status_code == 200 and "لا مراقبات بعد" in page.text
