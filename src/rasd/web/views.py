"""The pages: search, article, speaker, events, actor network, stories, paste-an-article."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, BeforeValidator, Field
from starlette.concurrency import run_in_threadpool

from rasd.api.context import Rasd, context
from rasd.api.models import MAX_TEXT_CHARS
from rasd.api.params import DocId, Offset, Since, Until, blank_is_none, check_range, day
from rasd.store import EventRow
from rasd.text.readers import Article, to_document
from rasd.web import charts
from rasd.web.article import article_view
from rasd.web.entity import canonical_entity, entity_page

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

Ctx = Annotated[Rasd, Depends(context)]
PAGE = 20
EVENT_PAGE = 50
TIMELINE_MAX = 5_000
NETWORK_EDGES = 60


def render(request: Request, template: str, nav: str, /, **values: Any) -> Response:
    templates = context(request).templates
    return templates.TemplateResponse(request, template, {"nav": nav, **values})


def page_link(path: str, params: dict[str, Any]) -> Callable[[int], str]:
    """A function offset → URL that keeps the page's other filters."""
    kept = {k: v for k, v in params.items() if v not in (None, "", 0) and k != "offset"}

    def link(offset: int) -> str:
        query = {**kept, "offset": offset} if offset else kept
        return f"{path}?{urlencode(query)}" if query else path

    return link


class SearchForm(BaseModel):
    q: str | None = Field(None, max_length=500)
    source: str | None = Field(None, max_length=200)
    since: Annotated[date | None, BeforeValidator(blank_is_none)] = None
    until: Annotated[date | None, BeforeValidator(blank_is_none)] = None
    entity: str | None = Field(None, max_length=200)
    speaker: str | None = Field(None, max_length=200)
    event_type: str | None = Field(None, max_length=200)
    offset: int = Field(0, ge=0, le=100_000)
    limit: int = Field(PAGE, ge=1, le=100)

    @property
    def filtered(self) -> bool:
        return any(
            (self.source, self.since, self.until, self.entity, self.speaker, self.event_type)
        )


@router.get("/")
@router.get("/search")
def search_page(request: Request, ctx: Ctx, form: Annotated[SearchForm, Query()]) -> Response:
    check_range(form.since, form.until)
    # empty form fields arrive as "": treat them as absent
    for name in ("q", "source", "entity", "speaker", "event_type"):
        if not (getattr(form, name) or "").strip():
            setattr(form, name, None)
    store = ctx.reader()
    shown = {"form": form, "sources": store.sources()}
    if not form.q and not form.filtered:
        people = store.entities(label="PER", top=12)
        return render(
            request,
            "search.html",
            "search",
            **shown,
            results=None,
            corpus=len(store),
            people=people,
        )
    results = store.search(
        form.q or "",
        source=form.source,
        since=day(form.since),
        until=day(form.until),
        entity=form.entity,
        speaker=form.speaker,
        event_type=form.event_type,
        limit=form.limit,
        offset=form.offset,
    )
    params = form.model_dump()
    return render(
        request,
        "search.html",
        "search",
        **shown,
        results=results,
        page_url=page_link("/search", params),
    )


@router.get("/article/{doc_id}")
def article_page(
    request: Request,
    doc_id: DocId,
    ctx: Ctx,
    q: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    store = ctx.reader()
    doc = store.get(doc_id)
    if doc is None:
        raise HTTPException(404, f"لا مقال بالمعرّف {doc_id} في المدونة")
    back = f"/search?{urlencode({'q': q})}" if q else None
    return render(request, "article.html", "search", view=article_view(doc), back=back)


def next_link(link: Callable[[int], str], rows: list[Any], limit: int, offset: int) -> str | None:
    """Lists without a total: there may be more when this page is full."""
    return link(offset + limit) if len(rows) == limit else None


@router.get("/speaker")
def speaker_page(
    request: Request,
    ctx: Ctx,
    name: Annotated[str, Query(min_length=1, max_length=200)],
    q: Annotated[str | None, Query(max_length=500)] = None,
    offset: Offset = 0,
) -> Response:
    store = ctx.reader()
    found = store.quotes(speaker=name, query=q or None, limit=PAGE, offset=offset)
    link = page_link("/speaker", {"name": name, "q": q})
    person = canonical_entity(store, name)
    spellings = Counter(row.speaker_canonical or row.speaker for row in found if row.speaker)
    shown = person.name if person else spellings.most_common(1)[0][0] if spellings else name
    return render(
        request,
        "speaker.html",
        "search",
        name=name,
        shown=shown,
        q=q or "",
        quotes=found,
        prev_url=link(max(offset - PAGE, 0)) if offset else None,
        next_url=next_link(link, found, PAGE, offset),
    )


def event_day(row: EventRow) -> str | None:
    """The day the article reported the event; the event's own date (when the pipeline
    resolved one) only for undated articles, since a few resolved dates years back
    would squeeze the whole corpus into a corner of the chart."""
    return row.published if charts.parse_day(row.published) else row.when


COUNT_BY = {"week": "أسبوع", "day": "يوم", "type": "نوع", "actor": "فاعل", "country": "بلد"}
COUNT_ROWS = 40


@router.get("/events")
def events_page(
    request: Request,
    ctx: Ctx,
    type: Annotated[str | None, Query(max_length=200)] = None,
    actor: Annotated[str | None, Query(max_length=200)] = None,
    since: Since = None,
    until: Until = None,
    by: Annotated[str, Query(pattern="^(day|week|actor|country|type)$")] = "week",
    offset: Offset = 0,
) -> Response:
    check_range(since, until)
    filters = {
        "type": type or None,
        "actor": actor or None,
        "since": day(since),
        "until": day(until),
    }
    store = ctx.reader()
    rows = store.events(**filters, limit=EVENT_PAGE, offset=offset)
    # the timeline shows every matching event, not only this page of the table
    everything = store.events(**filters, limit=TIMELINE_MAX, offset=0)
    dated = [(row.type, event_day(row)) for row in everything]
    counts = store.event_counts(by, **filters)
    link = page_link("/events", {**filters, "by": by if by != "week" else None})
    return render(
        request,
        "events.html",
        "events",
        filters=filters,
        rows=rows,
        chart=charts.timeline(dated),
        phone_chart=charts.timeline(dated, charts.NARROW),
        capped=len(everything) == TIMELINE_MAX,
        by=by,
        count_by=COUNT_BY,
        counts=counts[:COUNT_ROWS] if by not in ("day", "week") else counts,
        most=max((n for _, n in counts), default=0),
        offset=offset,
        prev_url=link(max(offset - EVENT_PAGE, 0)) if offset else None,
        next_url=next_link(link, rows, EVENT_PAGE, offset),
    )


@router.get("/network")
def network_page(
    request: Request,
    ctx: Ctx,
    q: Annotated[str | None, Query(max_length=500)] = None,
) -> Response:
    found = ctx.reader().actor_network(q or None, limit=NETWORK_EDGES)
    names = {node.id: node.name for node in found.nodes}
    graph = charts.network((names[e.source], names[e.target], e.weight) for e in found.edges)
    relations = [(names[e.source], names[e.target], e.weight, e.types) for e in found.edges]
    return render(request, "network.html", "network", q=q or "", graph=graph, relations=relations)


@router.get("/stories")
def stories_page(
    request: Request,
    ctx: Ctx,
    since: Since = None,
    until: Until = None,
) -> Response:
    check_range(since, until)
    found = ctx.reader().stories_page(since=day(since), until=day(until), limit=30)
    return render(
        request,
        "stories.html",
        "stories",
        page=found,
        since=day(since) or "",
        until=day(until) or "",
    )


@router.get("/entity")
def entity(
    request: Request,
    ctx: Ctx,
    name: Annotated[str, Query(min_length=1, max_length=200)],
) -> Response:
    page = entity_page(ctx.reader(), name)
    return render(request, "entity.html", "search", page=page)


@router.get("/analyze")
def analyze_form(request: Request) -> Response:
    return render(
        request,
        "analyze.html",
        "analyze",
        form={"title": "", "text": ""},
        view=None,
        max_chars=MAX_TEXT_CHARS,
    )


@router.post("/analyze")
async def analyze_page(
    request: Request,
    ctx: Ctx,
    text: Annotated[str, Form(min_length=1, max_length=MAX_TEXT_CHARS)],
    title: Annotated[str, Form(max_length=2_000)] = "",
) -> Response:
    doc = to_document(Article(text=text, title=title))
    if not doc.text.strip():
        raise HTTPException(422, "النص فارغ بعد التنظيف")
    analysed = await run_in_threadpool(ctx.analyse, doc)
    return render(
        request,
        "analyze.html",
        "analyze",
        form={"title": title, "text": text},
        view=article_view(analysed),
        max_chars=MAX_TEXT_CHARS,
    )


@router.get("/api/docs")
def api_docs(request: Request) -> Response:
    schema = request.app.openapi()
    return render(request, "api_docs.html", "api", schema=schema)


@router.get("/static/{name}")
def static_asset(name: str, ctx: Ctx) -> Response:
    # assets were read into memory at start-up: a request never names a file
    asset = ctx.static.get(name)
    if asset is None:
        raise HTTPException(404, "لا ملف بهذا الاسم")
    body, media_type = asset
    return Response(body, media_type=media_type, headers={"Cache-Control": "max-age=3600"})
