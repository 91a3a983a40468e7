"""Full-text search: documents ranked by BM25 with highlighted snippets, and the
quotations whose own words match a query."""

from __future__ import annotations

from dataclasses import replace

from rasd.store.connections import Query
from rasd.store.filters import document_filters, name_filter
from rasd.store.names import person_display
from rasd.store.query import QueryError, parse_query
from rasd.store.results import Hit, QuoteRow, SearchPage
from rasd.text.search import SearchAnalyzer, snippet_html


def search_documents(
    read: Query,
    analyzer: SearchAnalyzer,
    query: str,
    *,
    source: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    speaker: str | None = None,
    event_type: str | None = None,
    limit: int = 20,
    offset: int = 0,
) -> SearchPage:
    """Best matches first (BM25, titles weigh double). An empty query with
    filters lists the matching documents newest first. Raises QueryError with a
    message for the user when the query or a filter cannot be understood."""
    parsed = parse_query(query or "", analyzer)
    filters = (source, since, until, entity, speaker, event_type)
    where, params = document_filters(read, *filters)
    limit = max(0, min(int(limit), 1000))
    offset = max(0, int(offset))
    if parsed is None:
        if query and query.strip():
            raise QueryError("the query has no words to search for")
        # Walk the date index newest first, testing each row id against the
        # filters: document rows are read only for the page shown.
        scan = f"FROM documents d INDEXED BY documents_published WHERE {where}"
        total = read(f"SELECT count(*) {scan}", params)[0][0]
        ranked = read(
            f"SELECT d.rowid, 0.0 {scan} ORDER BY d.published DESC, d.rowid DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        wanted: set[str] = set()
    else:
        # The full-text hits first, materialised, then the filters on their row
        # ids: left to itself the planner may walk a filter's index and probe
        # the full-text index once per document, which is far slower.
        where, params = document_filters(read, *filters, rowid="r")
        rows = read(
            "WITH hits AS MATERIALIZED (SELECT rowid AS r, bm25(fts, 2.0, 1.0) AS score"
            " FROM fts WHERE fts MATCH ?)"
            f" SELECT r, -score, count(*) OVER () FROM hits WHERE {where}"
            " ORDER BY score LIMIT ? OFFSET ?",
            [parsed.match, *params, limit, offset],
        )
        ranked = [(r, score) for r, score, _ in rows]
        if rows:
            total = rows[0][2]
        else:
            total = read(
                "WITH hits AS MATERIALIZED (SELECT rowid AS r FROM fts WHERE fts MATCH ?)"
                f" SELECT count(*) FROM hits WHERE {where}",
                [parsed.match, *params],
            )[0][0]
        wanted = parsed.terms
    scores = dict(ranked)
    marks = ",".join("?" * len(scores))
    fetched = {
        r[0]: r[1:]
        for r in read(
            "SELECT rowid, id, title, published, source, url, text FROM documents"
            f" WHERE rowid IN ({marks})",
            list(scores),
        )
    }
    rows = [(*fetched[rowid], score) for rowid, score in ranked]
    hits = []
    for doc_id, title, published, source_, url, text, score in rows:
        body = text[len(title) :].lstrip("\n") if title and text.startswith(title) else text
        snippet = snippet_html(analyzer, body, wanted)
        hits.append(Hit(doc_id, title, published, source_, snippet, float(score), url))
    return SearchPage(total, hits)


def find_quotes(
    read: Query,
    analyzer: SearchAnalyzer,
    speaker: str | None = None,
    query: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[QuoteRow]:
    """Quotations newest first; `speaker` matches any spelling of the name (or a
    part of it, "كيري" finds "جون كيري"); `query` searches the quoted words."""
    where, params = document_filters(read, None, since, until, None, None, None)
    clauses = [where]
    if speaker:
        sql, p = name_filter(read, "q.speaker", speaker)
        clauses.append(sql)
        params += p
    sql = (
        "SELECT d.id, d.title, d.published, q.text, q.kind, q.speaker_text, n.display, q.cue,"
        " q.start, q.end FROM quotes q JOIN documents d ON d.rowid = q.doc"
        " LEFT JOIN names n ON n.id = q.speaker"
    )
    order = " ORDER BY d.published DESC, d.rowid DESC, q.start"
    parsed = parse_query(query, analyzer) if query else None
    if parsed is None:
        if query and query.strip():
            raise QueryError("the query has no words to search for")
        rows = read(
            f"{sql} WHERE {' AND '.join(clauses)}{order} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return _by_person(read, [QuoteRow(*r) for r in rows])
    # The index is per document: keep the quotes whose own words match.
    clauses.append("q.doc IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
    rows = read(f"{sql} WHERE {' AND '.join(clauses)}{order}", [*params, parsed.match])
    terms = analyzer.terms
    kept = [QuoteRow(*r) for r in rows if parsed.terms & set(terms(r[3]))]
    return _by_person(read, kept[offset : offset + limit])


def _by_person(read: Query, rows: list[QuoteRow]) -> list[QuoteRow]:
    """`speaker_canonical` as the person across the corpus: a surname alone
    ("لافروف") gives the full name it stands for ("سيرغي لافروف")."""
    names = {r.speaker_canonical for r in rows if r.speaker_canonical}
    person = {name: person_display(read, name) for name in names}
    return [
        replace(r, speaker_canonical=person[r.speaker_canonical]) if r.speaker_canonical else r
        for r in rows
    ]
