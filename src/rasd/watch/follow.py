"""`rasd follow`: poll feeds, folders and JSONL files; ingest what is new.

Each source is polled in turn. What it yields goes through the resumable ingest
(`rasd.store.ingest.ingest_documents`), which checks every new document against
the watches as it is stored; only then is the source's new position (ETag and
Last-Modified, files read, bytes of a JSONL file read) saved. A run killed at any
moment therefore reads again at most what it was ingesting, and ingest skips
what the store already has. A source that fails is reported and tried again
after a delay that doubles with each failure, while the others go on.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeGuard

from rasd.document import Document
from rasd.store import Store
from rasd.store.analyse import Analyzer
from rasd.store.ingest import IngestReport, ingest_documents
from rasd.store.records import document_hash
from rasd.store.sources import (
    expand,
    is_url,
    read_feed,
    read_html,
    read_source,
)
from rasd.text.readers import Failure, Fields, jsonl_records, read_records
from rasd.watch.evaluate import Watcher
from rasd.watch.fetch import Fetcher, FetchError, is_local_url
from rasd.watch.storage import WatchBook

Item = Document | Failure
FULL_TEXT_WORDS = 80  # a feed entry shorter than this is a summary: fetch its page
FIRST_RETRY = 30.0  # seconds after a first failure; doubled with each failure after
MAX_RETRY = 3600.0


class SourceError(RuntimeError):
    """A source that cannot be polled this time; the message is for the user."""


@dataclass(slots=True)
class Polled:
    items: list[Item]
    state: dict[str, Any]
    files: list[str] = field(default_factory=list)  # a folder's files now read


class Source(Protocol):
    name: str

    def poll(self, store: Store, state: dict[str, Any]) -> Polled: ...


def source_for(spec: str, fetcher: Fetcher, fields: Fields | None = None) -> Source:
    """The kind of source `spec` names; `SourceError` when it is none of them."""
    if is_url(spec):
        return FeedSource(spec, fetcher)
    path = Path(spec)
    if path.is_dir():
        return FolderSource(spec, fields)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return JsonlSource(spec, fields)
    raise SourceError(
        f"{spec}: follow reads RSS/Atom feed URLs (http/https), folders "
        "and .jsonl files (new lines); for one file use rasd ingest"
    )


@dataclass
class FeedSource:
    """An RSS/Atom feed over HTTP, asked with ETag / Last-Modified so an unchanged
    feed costs one short answer.

    The article pages its entries link to are fetched from public addresses only,
    unless the feed itself is served from this machine or its network: a feed on
    the internet must not make Rasd request 127.0.0.1, the intranet or the cloud's
    metadata address (169.254.169.254) on its behalf."""

    name: str
    fetcher: Fetcher

    def poll(self, store: Store, state: dict[str, Any]) -> Polled:
        try:
            got = self.fetcher.get(self.name, state.get("etag"), state.get("modified"))
        except FetchError as exc:
            raise SourceError(str(exc)) from None
        if got.status == 304:
            return Polled([], state)
        entries = list(read_feed(got.body, self.name))
        if not any(isinstance(e, Document) for e in entries):
            reason = next((e.reason for e in entries if isinstance(e, Failure)), "no entries")
            raise SourceError(reason)
        new = [e for e in entries if not _stored(e, store)]
        public_only = any(_summary_only(e) for e in new) and not is_local_url(self.name)
        items = [self._full(e, public_only) if _summary_only(e) else e for e in new]
        return Polled(items, {"etag": got.etag, "modified": got.modified})

    def _full(self, item: Document, public_only: bool) -> Item:
        """The entry's article from its page; the feed's summary when the page
        cannot be had."""
        url = item.url or ""
        try:
            page = self.fetcher.get(url, public_only=public_only).body
        except FetchError:
            return item
        found = next(read_html(page, url), None)
        if not isinstance(found, Document):
            return item
        # The page's title opens its text and stays; the feed knows the rest better.
        found.url = item.url
        found.published = item.published or found.published
        found.source = item.source or found.source
        return found


def _summary_only(item: Item) -> TypeGuard[Document]:
    """Whether the entry is a summary whose article page is worth fetching."""
    return (
        isinstance(item, Document)
        and is_url(item.url or "")
        and len(item.text.split()) < FULL_TEXT_WORDS
    )


def _stored(item: Item, store: Store) -> bool:
    return isinstance(item, Document) and store.contains_key(document_hash(item), item.url)


@dataclass
class FolderSource:
    """A folder: every file Rasd reads that was not there before."""

    name: str
    fields: Fields | None = None

    def poll(self, store: Store, state: dict[str, Any]) -> Polled:
        seen = WatchBook(store).seen_files(self.name)
        new = [f for f in expand([self.name]) if isinstance(f, str) and f not in seen]
        items = [item for f in new for item in read_source(f, self.fields)]
        return Polled(items, state, new)


@dataclass
class JsonlSource:
    """A JSON Lines file that grows: the complete lines after the last one read."""

    name: str
    fields: Fields | None = None

    def poll(self, store: Store, state: dict[str, Any]) -> Polled:
        offset = int(state.get("offset", 0))
        try:
            with open(self.name, "rb") as stream:
                size = stream.seek(0, 2)
                if size < offset:  # the file was replaced: read it again from the start
                    offset = 0
                stream.seek(offset)
                data = stream.read(size - offset)
        except OSError as exc:
            raise SourceError(exc.strerror or str(exc)) from None
        complete = data[: data.rfind(b"\n") + 1]  # a line still being written waits
        # the line parser of `rasd ingest`, so both read a line alike
        lines = complete.decode("utf-8", errors="replace").splitlines(keepends=True)
        fields = self.fields or Fields()
        items = list(read_records(jsonl_records(lines, self.name), self.name, fields))
        return Polled(items, {**state, "offset": offset + len(complete)})


@dataclass
class Outcome:
    source: str
    report: IngestReport | None = None
    error: str | None = None
    retry_in: float = 0.0


@dataclass
class _Schedule:
    due: float = 0.0
    failures: int = 0


class Follower:
    """Polls its sources, ingests what is new and says what happened."""

    def __init__(
        self,
        store: Store,
        sources: list[Source],
        analyzer: Analyzer,
        on_outcome: Callable[[Outcome], None] = lambda _: None,
    ) -> None:
        self.store = store
        self.sources = sources
        self.analyzer = analyzer
        self.on_outcome = on_outcome
        self.book = WatchBook(store)
        self.watcher = Watcher(store, analyzer.indexer.analyzer)
        self._schedule = {s.name: _Schedule() for s in sources}

    def poll(self, every: float, only_due: bool = True) -> list[Outcome]:
        """Poll each source (each due one, with `only_due`) once."""
        self.watcher.check()  # documents a killed run stored but did not check
        now = time.monotonic()
        outcomes = []
        for source in self.sources:
            plan = self._schedule[source.name]
            if only_due and plan.due > now:
                continue
            outcome = self._poll(source, plan, every)
            outcomes.append(outcome)
            self.on_outcome(outcome)
        return outcomes

    def _poll(self, source: Source, plan: _Schedule, every: float) -> Outcome:
        state = self.book.follow_state(source.name)
        try:
            polled = source.poll(self.store, state)
        except SourceError as exc:
            plan.failures += 1
            delay = min(MAX_RETRY, FIRST_RETRY * 2 ** (plan.failures - 1))
            plan.due = time.monotonic() + delay
            return Outcome(source.name, error=str(exc), retry_in=delay)
        report = ingest_documents(self.store, polled.items, self.analyzer, self.watcher)
        self.book.save_follow_state(source.name, polled.state, polled.files)
        plan.failures = 0
        plan.due = time.monotonic() + every
        return Outcome(source.name, report=report)

    def next_due(self) -> float:
        """Seconds until the next source is due."""
        return max(0.0, min(p.due for p in self._schedule.values()) - time.monotonic())
