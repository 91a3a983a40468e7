"""`rasd follow` against a local HTTP server: feeds that change between polls,
conditional requests, sources that fail, stall or return garbage (reported,
retried with backoff, never stopping the others), summary-only entries, folders,
growing JSONL files and webhooks. No network is used."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.document import Document
from rasd.store import Store
from rasd.store.analyse import Analyzer
from rasd.store.sources import read_sources
from rasd.text.limits import MAX_FETCH_BYTES
from rasd.text.readers import Failure
from rasd.watch import Watch
from rasd.watch import follow as follow_module
from rasd.watch.fetch import Fetcher, FetchError, is_local_url
from rasd.watch.follow import FIRST_RETRY, Follower, Outcome, source_for
from rasd.watch.storage import WatchBook
from rasd.watch.webhook import deliver
from watch_site import FIXTURES, Site, answer, records, rss, serving, stalled, status, versioned

MODIFIED = "Fri, 01 Jun 2018 10:00:00 GMT"


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(("text",))


@pytest.fixture()
def site() -> Iterator[Site]:
    with serving() as s:
        yield s


def _follower(store: Store, specs: list[str], analyzer: Analyzer, **fetch: float) -> Follower:
    fetcher = Fetcher(**fetch)  # type: ignore[arg-type]
    return Follower(store, [source_for(s, fetcher) for s in specs], analyzer)


def _by_source(outcomes: list[Outcome]) -> dict[str, Outcome]:
    return {o.source.rsplit("/", 1)[-1]: o for o in outcomes}


def test_a_feed_that_changes_between_polls(tmp_path: Path, site: Site, analyzer: Analyzer) -> None:
    entries = records()
    site.routes["/feed.rss"] = versioned(rss(entries[:2]), '"v1"', MODIFIED)
    with Store(tmp_path / "s.db") as store:
        WatchBook(store).add(Watch("spain", query="إسبانيا"))
        follower = _follower(store, [site.url("/feed.rss")], analyzer)
        first = follower.poll(60, only_due=False)[0].report
        assert first is not None and (first.added, first.failed) == (2, 0)
        unchanged = follower.poll(60, only_due=False)[0].report
        assert unchanged is not None and (unchanged.added, unchanged.present) == (0, 0)
        asked = site.seen("/feed.rss")[-1]
        assert asked["If-None-Match"] == '"v1"' and asked["If-Modified-Since"] == MODIFIED
        site.routes["/feed.rss"] = versioned(rss(entries[:4]), '"v2"', MODIFIED)
        changed = follower.poll(60, only_due=False)[0].report
        assert changed is not None and changed.added == 2
        assert len(store) == 4
        spain = {h.id for h in store.search("إسبانيا").hits}
        assert {a.doc_id for a in WatchBook(store).alerts("spain")} == spain


def test_bad_sources_are_reported_and_retried_while_the_others_go_on(
    tmp_path: Path, site: Site, analyzer: Analyzer
) -> None:
    site.routes.update(
        {
            "/good.rss": answer(rss(records()[:3])),
            "/flaky.rss": status(500),
            "/stalled.rss": stalled(2.0),
            "/garbage.rss": answer(b"<html><body>not a feed</body"),
            "/huge.rss": answer(b"<rss>" + b" " * 300_000 + b"</rss>"),
            "/endless.rss": answer(b"<rss>" + b" " * 300_000 + b"</rss>", sized=False),
        }
    )
    names = ["/missing.rss", "/flaky.rss", "/stalled.rss", "/garbage.rss", "/huge.rss",
             "/endless.rss", "/good.rss"]  # fmt: skip
    with Store(tmp_path / "s.db") as store:
        follower = _follower(
            store, [site.url(n) for n in names], analyzer, timeout=0.5, max_bytes=200_000
        )
        outcomes = _by_source(follower.poll(60))
        assert outcomes["good.rss"].report is not None
        assert outcomes["good.rss"].report.added == 3
        reasons = {name: o.error for name, o in outcomes.items() if o.error}
        assert "404" in reasons["missing.rss"] and "500" in reasons["flaky.rss"]
        assert "timed out" in reasons["stalled.rss"]
        assert "not a readable RSS/Atom feed" in reasons["garbage.rss"]
        assert "over the limit of 200,000 bytes" in reasons["huge.rss"]
        assert "over the limit of 200,000 bytes" in reasons["endless.rss"]
        assert {o.retry_in for o in outcomes.values() if o.error} == {FIRST_RETRY}

        # Not due yet: a failed source waits while the others keep their own period.
        assert follower.poll(60) == []
        assert 0 < follower.next_due() <= FIRST_RETRY
        again = _by_source(follower.poll(60, only_due=False))
        assert again["flaky.rss"].retry_in == 2 * FIRST_RETRY  # the delay doubles
        site.routes["/flaky.rss"] = answer(rss(records()[3:]))
        recovered = _by_source(follower.poll(60, only_due=False))["flaky.rss"]
        assert recovered.error is None and recovered.report.added == 2
        assert len(store) == 5


def test_an_entry_with_only_a_summary_gets_its_page(
    tmp_path: Path, site: Site, analyzer: Analyzer
) -> None:
    page = (FIXTURES / "store" / "article.html").read_bytes()
    site.routes["/page.html"] = answer(page, kind="text/html; charset=utf-8")
    summary = {
        "title": "راخوي أمام البرلمان",
        "url": site.url("/page.html"),
        "time": MODIFIED,
        "text": "رئيس الحكومة يعترف بفشله.",
    }
    site.routes["/feed.rss"] = answer(rss([summary]))
    with Store(tmp_path / "s.db") as store:
        follower = _follower(store, [site.url("/feed.rss")], analyzer)
        assert follower.poll(60)[0].report.added == 1
        hit = store.search('"يعترف بفشله أمام البرلمان"').hits[0]
        doc = store.get(hit.id)
        assert doc.url == site.url("/page.html") and doc.title.startswith("رئيس حكومة إسبانيا")
        assert doc.published.startswith("2018-06-01")  # the feed's date
        assert len(doc.text.split()) > 80  # the article, not the summary
        # Next poll: the entry is known by its URL, the page is not fetched again.
        follower.poll(60, only_due=False)
        assert len(site.seen("/page.html")) == 1


def test_a_feed_on_the_internet_cannot_make_rasd_fetch_local_pages(
    tmp_path: Path, site: Site, analyzer: Analyzer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The local test server stands for a feed on the internet whose entries link to
    this machine (the admin page of a router, 127.0.0.1, 169.254.169.254)."""
    page = (FIXTURES / "store" / "article.html").read_bytes()
    site.routes["/page.html"] = answer(page, kind="text/html; charset=utf-8")
    site.routes["/moved"] = answer(b"", status=302, Location=site.url("/page.html"))
    entries = [
        {"title": f"خبر {n}", "url": site.url(path), "time": MODIFIED, "text": "ملخص قصير."}
        for n, path in enumerate(("/page.html", "/moved"))
    ]
    site.routes["/feed.rss"] = answer(rss(entries))
    monkeypatch.setattr(follow_module, "is_local_url", lambda url: False)
    with Store(tmp_path / "s.db") as store:
        report = _follower(store, [site.url("/feed.rss")], analyzer).poll(60)[0].report
        assert report is not None and report.added == 2  # the feed's summaries
        assert site.seen("/page.html") == [] and site.seen("/moved") == []
        assert all(len(store.get(h.id).text.split()) < 10 for h in store.search("ملخص").hits)


def test_only_loopback_private_and_link_local_addresses_are_local(site: Site) -> None:
    site.routes["/page.html"] = answer(b"<html></html>", kind="text/html")
    local = ["http://127.0.0.1/", "http://localhost:8000/feed", "http://[::1]/",
             "http://10.0.0.7/", "http://192.168.1.1/", "http://169.254.169.254/latest"]  # fmt: skip
    assert all(is_local_url(url) for url in local)
    assert not any(is_local_url(u) for u in ("http://8.8.8.8/rss", "https://[2606:4700::1]/"))
    fetcher = Fetcher(timeout=2)
    assert fetcher.get(site.url("/page.html")).status == 200
    with pytest.raises(FetchError, match=r"non-public address 127\.0\.0\.1"):
        fetcher.get(site.url("/page.html"), public_only=True)


def test_ingest_of_a_feed_url_is_streamed_under_the_size_limit(tmp_path: Path, site: Site) -> None:
    over = b"<rss>" + b" " * MAX_FETCH_BYTES + b"</rss>"
    named_file = tmp_path / "local.rss"
    named_file.write_bytes(rss(records()[:1]))
    site.routes.update(
        {
            "/good.rss": answer(rss(records()[:2])),
            "/huge.rss": answer(over),
            "/endless.rss": answer(over, sized=False),
            # feedparser opens bytes that name a file: the answer must stay an answer
            "/names-a-file.rss": answer(str(named_file).encode()),
        }
    )
    names = ["/good.rss", "/huge.rss", "/endless.rss", "/names-a-file.rss", "/missing.rss"]
    items = list(read_sources([site.url(n) for n in names]))
    assert sum(isinstance(i, Document) for i in items) == 2
    reasons = {i.source.rsplit("/", 1)[-1]: i.reason for i in items if isinstance(i, Failure)}
    limit = f"over the limit of {MAX_FETCH_BYTES:,} bytes"
    assert limit in reasons["huge.rss"] and limit in reasons["endless.rss"]
    assert "not a readable RSS/Atom feed" in reasons["names-a-file.rss"]
    assert reasons["missing.rss"] == "cannot fetch the feed: HTTP 404 Not Found"


def _jsonl(path: Path, rows: list[dict], mode: str = "a", end: str = "\n") -> None:
    with path.open(mode, encoding="utf-8") as out:
        out.write("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + end)


def test_new_files_of_a_folder_and_new_lines_of_a_jsonl_file(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    rows = records()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    wire = tmp_path / "wire.jsonl"
    _jsonl(inbox / "a.jsonl", rows[:2])
    _jsonl(wire, rows[:1])
    with wire.open("a", encoding="utf-8") as out:  # a line still being written
        out.write(json.dumps(rows[1], ensure_ascii=False)[:50])
    with Store(tmp_path / "s.db") as store:
        follower = _follower(store, [str(inbox), str(wire)], analyzer)
        folder, lines = follower.poll(60)
        assert (folder.report.added, lines.report.added, lines.report.failed) == (2, 0, 0)
        assert lines.report.present == 1  # the same article came through the folder

        _jsonl(inbox / "b.jsonl", rows[2:3])
        with wire.open("a", encoding="utf-8") as out:
            out.write(json.dumps(rows[1], ensure_ascii=False)[50:] + "\n")
        _jsonl(wire, rows[3:])
        folder, lines = follower.poll(60, only_due=False)
        assert (folder.report.added, folder.report.present) == (1, 0)  # a.jsonl not reread
        assert (lines.report.added, lines.report.present, lines.report.failed) == (2, 1, 0)
        assert len(store) == 5 and store.failures() == []


def test_webhooks_are_posted_and_retried(tmp_path: Path, site: Site, analyzer: Analyzer) -> None:
    site.routes["/feed.rss"] = answer(rss(records()))
    site.routes["/hook"] = status(503)
    with Store(tmp_path / "s.db") as store:
        book = WatchBook(store)
        book.add(Watch("rajoy", query="راخوي", webhook=site.url("/hook")))
        _follower(store, [site.url("/feed.rss")], analyzer).poll(60)
        expected = {h.id for h in store.search("راخوي").hits}
        fetcher = Fetcher()

        failed = deliver(book, fetcher, lambda _: set(), pause=0.01)
        assert failed["rajoy"][0] == 0 and "503" in (failed["rajoy"][1] or "")
        assert len(site.seen("/hook")) == 3  # tried three times, then left for later

        site.routes["/hook"] = answer(b"{}", kind="application/json")
        sent = deliver(book, fetcher, lambda _: set(), pause=0.01)
        assert sent["rajoy"] == (len(expected), None)
        posted = [json.loads(body) for m, p, _, body in site.requests if p == "/hook"][3:]
        assert {p["document"]["id"] for p in posted} == expected
        assert {p["watch"] for p in posted} == {"rajoy"}
        assert all(p["evidence"]["kind"] == "words" for p in posted)
        assert deliver(book, fetcher, lambda _: set()) == {}  # nothing sent twice


def test_cli_follow_once_reports_each_source(tmp_path: Path, site: Site) -> None:
    site.routes["/feed.rss"] = answer(rss(records()[:2]))
    store = str(tmp_path / "s.db")
    runner = CliRunner()
    added = runner.invoke(app, ["watch", "add", "spain", "إسبانيا", "--store", store])
    assert added.exit_code == 0, added.output
    result = runner.invoke(
        app,
        ["follow", site.url("/feed.rss"), site.url("/gone.rss"), "--once",
         "--stages", "text", "--store", store],
    )  # fmt: skip
    assert result.exit_code == 1  # a source failed
    assert "✓" in result.output and "2 new" in result.output
    assert "gone.rss: HTTP 404" in result.output
    assert "🔔 spain" in result.output
    alerts = runner.invoke(app, ["watch", "alerts", "spain", "--store", store, "-f", "jsonl"])
    assert alerts.exit_code == 0
    rows = [json.loads(line) for line in alerts.output.splitlines()]
    assert rows and {r["watch"] for r in rows} == {"spain"}
    bad = runner.invoke(app, ["follow", str(tmp_path / "notes.txt"), "--store", store])
    assert bad.exit_code == 2 and "follow reads RSS/Atom feed URLs" in bad.output
