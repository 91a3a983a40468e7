"""Watches over real analysed articles: the alerts of a watch are the documents the
store's own filters find for the same question, with evidence pointing into the
text; a watch sees only what is stored after it; a check is never lost or repeated."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.store import Store
from rasd.store.ingest import ingest_documents
from rasd.store.records import Indexer
from rasd.store.sources import read_sources
from rasd.watch import Watch, WatchError
from rasd.watch.evaluate import Watcher
from rasd.watch.spikes import daily
from rasd.watch.storage import WatchBook

ANT = Path(__file__).resolve().parent / "fixtures" / "ant_sample.jsonl"


@pytest.fixture(scope="module")
def analysed(nlp: Pipeline) -> list[Document]:
    return [nlp(doc) for doc in read_sources([str(ANT)]) if isinstance(doc, Document)]


def _ingest(store: Store, docs: list[Document]) -> None:
    ingest_documents(store, docs, Indexer(store.analyzer), Watcher(store))


def _alerted(book: WatchBook, name: str) -> set[str]:
    return {a.doc_id for a in book.alerts(name, limit=1000)}


QUESTIONS = [
    Watch("hts", query='"جبهة تحرير الشام"'),
    Watch("either", query="راخوي OR الخوذ -كتالونيا"),
    Watch("rajoy", speaker="راخوي"),
    Watch("russia-disapproves", event_type="DISAPPROVE", actor="روسيا"),
    Watch("assault-reported", event_type="ASSAULT", min_relevance=0.5),
    Watch("douma-attacked", event_type="ASSAULT", place="دوما"),
    Watch("skynews", source="skynews"),
]


def _store_answer(store: Store, watch: Watch) -> set[str]:
    """The same question asked of the whole store with its own filters."""
    if watch.query:
        return {h.id for h in store.search(watch.query, limit=100).hits}
    if watch.speaker:
        return {q.doc_id for q in store.quotes(speaker=watch.speaker, limit=1000)}
    if watch.source:
        return {d.id for d in store.documents(source=watch.source)}
    rows = store.events(type=watch.event_type, actor=watch.actor, limit=1000)
    if watch.place:  # the event's place, or its target when that is a place
        places = {e.name for e in store.entities(label="LOC", query=watch.place, top=1000)}
        rows = [e for e in rows if watch.place in (e.where or "")
                or (e.target_canonical or e.target) in places]  # fmt: skip
    floor = watch.min_relevance or 0.0
    return {e.doc_id for e in rows if (e.attrs.get("relevance") or 1.0) >= floor}


def test_alerts_are_what_the_store_finds_for_the_same_question(
    tmp_path: Path, analysed: list[Document]
) -> None:
    with Store(tmp_path / "s.db") as store:
        book = WatchBook(store)
        for watch in QUESTIONS:
            book.add(watch)
        _ingest(store, analysed)
        for watch in QUESTIONS:
            expected = _store_answer(store, watch)
            assert expected, f"{watch.name} should match something in the sample"
            assert _alerted(book, watch.name) == expected, watch.name
        assert len(expected) < len(analysed)  # the filters do leave documents out


def test_evidence_points_into_the_document_text(tmp_path: Path, analysed: list[Document]) -> None:
    with Store(tmp_path / "s.db") as store:
        book = WatchBook(store)
        for watch in QUESTIONS:
            book.add(watch)
        _ingest(store, analysed)
        alerts = book.alerts(limit=1000)
        kinds = {a.kind for a in alerts}
        assert {"event", "quote", "words"} <= kinds
        for alert in alerts:
            doc = store.get(alert.doc_id)
            assert doc is not None and alert.start is not None and alert.end is not None
            span = " ".join(doc.text[alert.start : alert.end].split())
            if alert.kind == "words":
                assert span in alert.evidence
            else:
                assert span == alert.evidence
        words = next(a for a in alerts if a.watch == "hts")
        assert "تحرير الشام" in words.evidence


def test_a_watch_sees_only_what_is_stored_after_it(
    tmp_path: Path, analysed: list[Document]
) -> None:
    later = [d for d in analysed if "سوريا" in d.text][-1]
    with Store(tmp_path / "s.db") as store:
        book = WatchBook(store)
        _ingest(store, [d for d in analysed if d is not later])
        book.add(Watch("syria", query="سوريا"))
        _ingest(store, analysed)  # only `later` is new
        assert len(store.search("سوريا").hits) > 1
        assert _alerted(book, "syria") == {later.id}


def test_documents_stored_without_a_check_are_caught_up_once(
    tmp_path: Path, analysed: list[Document]
) -> None:
    """What a run killed between its two commits (or the API) stored: the next
    check raises its alerts, and checking again raises none."""
    with Store(tmp_path / "s.db") as store:
        book = WatchBook(store)
        book.add(Watch("rajoy", speaker="راخوي"))
        store.add_documents(analysed)  # no watcher
        assert book.alerts(limit=100) == []
        watcher = Watcher(store)
        watcher.check()
        first = book.alerts(limit=100)
        assert {a.doc_id for a in first} == _store_answer(store, Watch("r", speaker="راخوي"))
        watcher.check()
        Watcher(store).check()
        assert book.alerts(limit=100) == first


def test_a_query_with_nothing_to_look_for_is_refused(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        for query, message in (("؟!", "no words to search for"), ("-سوريا", "not only")):
            with pytest.raises(WatchError, match=message):
                WatchBook(store).add(Watch("w", query=query))
        assert WatchBook(store).all() == []


def test_removing_a_watch_removes_its_alerts(tmp_path: Path, analysed: list[Document]) -> None:
    with Store(tmp_path / "s.db") as store:
        book = WatchBook(store)
        book.add(Watch("rajoy", speaker="راخوي"))
        _ingest(store, analysed)
        assert book.remove("rajoy") == len(_store_answer(store, Watch("r", speaker="راخوي")))
        assert book.all() == [] and book.alerts(limit=100) == []
        with pytest.raises(WatchError, match="no watch named 'rajoy'"):
            book.remove("rajoy")


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "a b", "query": "x"}, "watch name"),
        ({"name": "w"}, "needs something to look for"),
        ({"name": "w", "event_type": "BOMB"}, "unknown event type"),
        ({"name": "w", "country": "Syria"}, "alpha-3"),
        ({"name": "w", "query": "x", "min_relevance": 2.0}, "between 0 and 1"),
        ({"name": "w", "query": "x", "webhook": "ftp://x"}, "http"),
    ],
)
def test_bad_watches_are_refused_with_a_reason(fields: dict, message: str) -> None:
    with pytest.raises(WatchError, match=message):
        Watch(**fields)


def test_a_day_far_above_the_last_thirty_is_a_spike() -> None:
    quiet = [(f"2024-05-{d:02d}", 1 + d % 2) for d in range(1, 31)]
    days = daily([*quiet, ("2024-05-31", 9), ("2024-06-02", 2)])
    flagged = [d.day for d in days if d.spike]
    assert flagged == ["2024-05-31"]
    june_first = next(d for d in days if d.day == "2024-06-01")
    assert june_first.count == 0  # quiet days count as zero
    # no history yet: a first busy day is news, not a spike
    assert not any(d.spike for d in daily([("2024-05-01", 9)]))
