"""The JSON API: analyse, ingest, and read the corpus store with filters and pages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from rasd.api.context import Rasd, context, raise_unauthorized
from rasd.api.models import ArticleIn, DocumentIn, ErrorOut, IngestIn, IngestOut
from rasd.api.params import (
    Actor,
    DocId,
    Entity,
    EventType,
    Limit,
    Offset,
    Since,
    Source,
    Speaker,
    Text,
    Until,
    check_range,
    day,
)
from rasd.document import Document, SchemaError
from rasd.text.limits import JSONError, parse_json, strip_bidi
from rasd.text.readers import Article, to_document

# Every answer that is not a success has the same shape: ErrorOut.
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": text}
    for code, text in (
        (400, "Malformed request (bad JSON, NUL in the URL)"),
        (403, "Refused: writing closed, or a request from another site's page"),
        (422, "Invalid parameters or body"),
        (503, "Busy, or no corpus store: try again later"),
    )
}
router = APIRouter(prefix="/api", responses=ERRORS)

Ctx = Annotated[Rasd, Depends(context)]


def article_document(article: ArticleIn) -> Document:
    fields = article.model_dump()
    return to_document(Article(**fields))


def _body_json(raw: bytes) -> Any:
    try:
        return parse_json(raw)
    except JSONError as exc:
        raise HTTPException(400, f"the body is not valid JSON: {exc}") from None


def _validation_message(exc: ValidationError, prefix: str = "") -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in (prefix, *error["loc"]) if p != "")
        parts.append(f"{where or 'body'}: {error['msg']}")
    return "; ".join(parts)


ANALYZE_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": ArticleIn.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}, "example": "وقال الوزير إن ..."},
        },
    }
}
INGEST_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": IngestIn.model_json_schema()}},
    }
}
TOO_LARGE = {"model": ErrorOut, "description": "Body too large, or too long to analyse"}


@router.post(
    "/analyze",
    summary="Analyse one article",
    description=(
        "Send the article as JSON (`text`, optional `title`, `published`, `source`, `url`) "
        "or as plain text (`Content-Type: text/plain`). The answer is a `rasd.document/1` "
        "document with every layer the server's pipeline provides; nothing is stored."
    ),
    openapi_extra=ANALYZE_BODY,
    tags=["analysis"],
    responses={413: TOO_LARGE, 415: {"model": ErrorOut, "description": "Unsupported body type"}},
)
async def analyze(request: Request, ctx: Ctx) -> dict[str, Any]:
    raw = await request.body()
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind == "text/plain":
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise HTTPException(400, "plain text must be UTF-8") from None
        payload: Any = {"text": text}
    elif kind in ("application/json", ""):
        payload = _body_json(raw)
    else:
        raise HTTPException(415, "send application/json or text/plain")
    try:
        article = ArticleIn.model_validate(payload)
    except ValidationError as exc:
        raise HTTPException(422, _validation_message(exc)) from None
    doc = article_document(article)
    if not doc.text.strip():
        raise HTTPException(422, "text: no text left after cleaning")
    analysed = await run_in_threadpool(ctx.analyse, doc)
    return analysed.to_dict()


def _stored_form(item: dict[str, Any], i: int) -> Document:
    """A posted rasd.document/1, checked in full: types first, then the offsets."""
    try:
        checked = DocumentIn.model_validate(item)
        return Document.from_dict(checked.model_dump(by_alias=True, exclude_none=True))
    except ValidationError as exc:
        raise HTTPException(422, _validation_message(exc, f"documents.{i}")) from None
    except SchemaError as exc:
        raise HTTPException(422, f"documents.{i}: {exc}") from None


def _ingested(ctx: Rasd, items: list[dict[str, Any]]) -> list[Document]:
    """Every item checked before any is analysed or stored: one bad item and
    nothing of the request is kept."""
    stored = {i: _stored_form(item, i) for i, item in enumerate(items) if item.get("schema")}
    articles = {}
    for i, item in enumerate(items):
        if i in stored:
            continue
        try:
            article = ArticleIn.model_validate(item)
        except ValidationError as exc:
            raise HTTPException(422, _validation_message(exc, f"documents.{i}")) from None
        doc = article_document(article)
        if not doc.text.strip():
            raise HTTPException(422, f"documents.{i}.text: no text left after cleaning")
        articles[i] = doc
    analysed = {i: ctx.analyse(doc) for i, doc in articles.items()}
    return [stored[i] if i in stored else analysed[i] for i in range(len(items))]


@router.post(
    "/documents",
    status_code=201,
    summary="Add documents to the store",
    description=(
        "Articles are analysed by the server's pipeline before they are stored; "
        "`rasd.document/1` objects are stored as given. At most 100 per request. "
        "Needs the API token when the server has one."
    ),
    tags=["corpus"],
    openapi_extra=INGEST_BODY,
    responses={
        401: {"model": ErrorOut, "description": "Missing or wrong API token"},
        413: TOO_LARGE,
        415: {"model": ErrorOut, "description": "Not a JSON body"},
    },
)
async def add_documents(request: Request, ctx: Ctx) -> IngestOut:
    if not ctx.token_ok(request):
        raise_unauthorized(request)
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
        raise HTTPException(415, "send the documents as application/json")
    try:
        body = IngestIn.model_validate(_body_json(await request.body()))
    except ValidationError as exc:
        raise HTTPException(422, _validation_message(exc)) from None
    docs = await run_in_threadpool(_ingested, ctx, body.documents)
    result = await run_in_threadpool(ctx.add, docs)
    return IngestOut(
        added=result.added, present=result.present, failed=result.failed, ids=[d.id for d in docs]
    )


@router.get("/documents", summary="List stored documents", tags=["corpus"])
def list_documents(
    ctx: Ctx,
    source: Source = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Any:
    check_range(since, until)
    store = ctx.reader()
    found = store.documents(
        limit=limit, offset=offset, source=source, since=day(since), until=day(until)
    )
    return jsonable_encoder(found)


@router.get(
    "/documents/{doc_id}",
    summary="One document with all its layers (rasd.document/1)",
    tags=["corpus"],
    responses={404: {"description": "No document with this id"}},
)
def get_document(doc_id: DocId, ctx: Ctx) -> dict[str, Any]:
    store = ctx.reader()
    doc = store.get(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document with id {strip_bidi(doc_id)}")
    return doc.to_dict()


@router.get(
    "/search",
    summary="Full-text search with filters",
    description="Hits carry `snippet_html`: the matching passage, escaped, with `<mark>` around the words found.",
    tags=["corpus"],
)
def search(
    ctx: Ctx,
    q: Text = None,
    source: Source = None,
    since: Since = None,
    until: Until = None,
    entity: Entity = None,
    speaker: Speaker = None,
    event_type: EventType = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Any:
    check_range(since, until)
    store = ctx.reader()
    page = store.search(
        q or "",
        source=source,
        since=day(since),
        until=day(until),
        entity=entity,
        speaker=speaker,
        event_type=event_type,
        limit=limit,
        offset=offset,
    )
    return jsonable_encoder(page)


@router.get("/entities", summary="The most mentioned entities", tags=["corpus"])
def entities(
    ctx: Ctx,
    label: Annotated[
        str | None, Query(pattern=r"^(PER|ORG|LOC|MISC)$", description="PER, ORG, LOC or MISC.")
    ] = None,
    q: Text = None,
    top: Annotated[int, Query(ge=1, le=500, description="How many (1-500).")] = 50,
) -> Any:
    store = ctx.reader()
    return jsonable_encoder(store.entities(label=label, query=q, top=top))


@router.get("/quotes", summary="Quotations, by speaker and words", tags=["corpus"])
def quotes(
    ctx: Ctx,
    speaker: Speaker = None,
    q: Text = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 20,
    offset: Offset = 0,
) -> Any:
    check_range(since, until)
    store = ctx.reader()
    found = store.quotes(
        speaker=speaker,
        query=q,
        since=day(since),
        until=day(until),
        limit=limit,
        offset=offset,
    )
    return jsonable_encoder(found)


MinRelevance = Annotated[
    float | None,
    Query(
        ge=0,
        le=1,
        description="Only events with a relevance score (ASSAULT, PROTEST) of at least this.",
    ),
]


@router.get(
    "/events",
    summary="PLOVER events, by type and actor",
    description=(
        "Each event carries the article's `published` date, `news_source` and `url`, the "
        "actors' codes and countries (`source_code`, `source_country`, `target_code`, "
        "`target_country`), the place's country and coordinates (`lat`, `lon`) where the "
        "gazetteer has them, the PLOVER `quad_class` (1 verbal cooperation, 2 material "
        "cooperation, 3 verbal conflict, 4 material conflict) and the `relevance` score."
    ),
    tags=["corpus"],
)
def events(
    ctx: Ctx,
    type: EventType = None,
    actor: Actor = None,
    since: Since = None,
    until: Until = None,
    min_relevance: MinRelevance = None,
    sort: Annotated[
        str, Query(pattern="^(published|relevance)$", description="published or relevance.")
    ] = "published",
    limit: Limit = 20,
    offset: Offset = 0,
) -> Any:
    check_range(since, until)
    store = ctx.reader()
    found = store.events(
        type=type,
        actor=actor,
        since=day(since),
        until=day(until),
        min_relevance=min_relevance,
        sort=sort,
        limit=limit,
        offset=offset,
    )
    return jsonable_encoder(found)


@router.get(
    "/events/counts",
    summary="How many events per day, week, actor, country or type",
    description="Rows of `key` and `events`; days and weeks (their Monday) in order.",
    tags=["corpus"],
)
def event_counts(
    ctx: Ctx,
    by: Annotated[str, Query(pattern="^(day|week|actor|country|type)$")] = "week",
    type: EventType = None,
    actor: Actor = None,
    since: Since = None,
    until: Until = None,
    min_relevance: MinRelevance = None,
) -> Any:
    check_range(since, until)
    counts = ctx.reader().event_counts(
        by, type=type, actor=actor, since=day(since), until=day(until), min_relevance=min_relevance
    )
    return [{"key": key, "events": n} for key, n in counts]


@router.get("/network", summary="Who acted on whom, for a query", tags=["corpus"])
def actor_network(
    ctx: Ctx,
    q: Text = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> Any:
    store = ctx.reader()
    return jsonable_encoder(store.actor_network(q or "", limit=limit))


@router.get(
    "/stories",
    summary="Clusters of articles on the same story",
    description=(
        "`period` is the days covered (with no dates: the 30 days up to the newest "
        "article); `earlier` and `later` are the periods of the same length around it "
        "that hold articles (null at either end of the corpus)."
    ),
    tags=["corpus"],
)
def stories(
    ctx: Ctx,
    since: Since = None,
    until: Until = None,
    limit: Limit = 20,
) -> Any:
    check_range(since, until)
    store = ctx.reader()
    return jsonable_encoder(store.stories_page(since=day(since), until=day(until), limit=limit))
