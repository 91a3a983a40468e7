"""The corpus store: Rasd's embedded, searchable archive of analysed articles.

One SQLite file (WAL mode, so readers never block the writer and a killed ingest
leaves no damage) holds the documents with all their layers, a full-text index of
Arabic-aware search terms (FTS5, BM25), and tables of entities, quotations and
events whose names are merged across documents by their normalised key.

Contract (stable; additions only):

    from rasd.store import Store, StoreError, QueryError

    with Store("rasd.db") as store:            # creates or migrates the schema
        result = store.add_documents(docs)     # analysed Documents -> AddResult(added, present, failed)
        store.record_failure(source, reason, line=None)
        store.failures(limit=1000, offset=0)   # -> [FailureRecord(source, line, reason, at)]

    store = Store.open_readonly("rasd.db")     # for serving: never writes, thread-safe
    len(store); store.stats(); store.sources() # counts; [(source, n)] for filter menus
    store.get(doc_id)                          # -> Document (rasd.document/1, all layers) | None
    store.documents(limit=50, offset=0, source=None, since=None, until=None)
                                               # -> [DocumentInfo(id, title, published, source, url)]
    store.search(query, *, source=None, since=None, until=None, entity=None, speaker=None,
                 event_type=None, limit=20, offset=0)
        # -> SearchPage(total, hits=[Hit(id, title, published, source, snippet_html, score, url)])
        # snippet_html is HTML-escaped original text with matches in <mark>…</mark>.
        # Query syntax: words (all must match), "a phrase", a OR b, -left_out.
        # An empty query with filters lists matching documents newest first.
    store.entities(label=None, query=None, top=50)
                                               # -> [EntityCount(name, key, label, mentions, documents)]
    store.quotes(speaker=None, query=None, since=None, until=None, limit=50, offset=0)
        # -> [QuoteRow(doc_id, title, published, text, kind, speaker, speaker_canonical, cue, start, end)]
    store.events(type=None, actor=None, since=None, until=None, limit=50, offset=0,
                 min_relevance=None, sort="published")        # sort: published | relevance
        # -> [EventRow(doc_id, title, published, type, text, source, source_canonical,
        #              target, target_canonical, where, when, start, end, day, attrs,
        #              news_source, url, source_code, source_country, target_code,
        #              target_country, place_country, lat, lon, quad_class, relevance)]
    store.event_counts(by, type=None, actor=None, since=None, until=None, min_relevance=None)
        # by day|week|actor|country|type -> [(key, events)]
    store.mentions_by_week(name) -> [(monday, articles)]; store.co_mentioned(name, top=15)
    store.person_key(key)                       # "لافروف" -> "سيرغي لافروف" when the corpus says so
    store.actor_network(query=None, limit=100)
        # -> Network(nodes=[Node(id, name, weight)], edges=[Edge(source, target, weight, types)])
    store.stories(since=None, until=None, limit=20, window_days=3.0)
        # -> [Story(id, title, size, first, last, sources, documents=[StoryDocument(id, title,
        #          published, source, duplicate_of)])]
    store.stories_page(since=None, until=None, limit=20, window_days=3.0)
        # -> StoriesPage(period=Period(since, until), stories, earlier, later): the days
        #    covered and the periods of the same length around them (None past the corpus)
    store.export(layer, fmt, out)  # layer documents|entities|quotes|events, fmt jsonl|csv|parquet;
                                   # out a path, "-" or a binary stream; returns the row count
    build_demo_store(path) -> Store            # the bundled demo corpus, analysed and stored
    store.select(sql, params)                  # rows, for modules with tables here (rasd.watch)
    with store.transaction() as db: ...        # their writes, all or none

`stories()` with neither date covers the 30 days up to the newest article;
`stories_page()` says which days it covered.
Dates (`since`, `until`) are ISO dates (YYYY-MM-DD, `until` inclusive) or datetimes.
Names (`entity`, `speaker`, `actor`, `query` of entities) match any spelling that
normalises to the same key, or a name containing it as whole words ("كيري" finds
"جون كيري"). Errors for users: `StoreError` (cannot open/write the store: locked,
read-only, full disk, not a store) and `QueryError` (a query or filter that cannot
be understood); both carry a one-line message. All result records are frozen
dataclasses (`dataclasses.asdict` gives JSON-ready dicts).

Ingest (`rasd.store.ingest`) runs `Pipeline()` and `Indexer()` — both pure
per-document functions — in worker processes, and writes batches here.
"""

from rasd.store.core import Store
from rasd.store.demo import build_demo_store
from rasd.store.errors import StoreError
from rasd.store.query import QueryError
from rasd.store.results import (
    AddResult,
    DocumentInfo,
    Edge,
    EntityCount,
    EventRow,
    FailureRecord,
    Hit,
    Network,
    Node,
    Period,
    QuoteRow,
    SearchPage,
    StoriesPage,
    Story,
    StoryDocument,
)

__all__ = [
    "AddResult",
    "DocumentInfo",
    "Edge",
    "EntityCount",
    "EventRow",
    "FailureRecord",
    "Hit",
    "Network",
    "Node",
    "Period",
    "QueryError",
    "QuoteRow",
    "SearchPage",
    "Store",
    "StoreError",
    "StoriesPage",
    "Story",
    "StoryDocument",
    "build_demo_store",
]
