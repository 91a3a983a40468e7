"""The watch pages (`/watches`, `/watches/NAME`) and Atom feeds (`/watches/NAME.atom`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, Response

from rasd.api.context import Rasd, context
from rasd.watch.atom import spike_title, watch_feed
from rasd.watch.spec import WatchError
from rasd.watch.spikes import Day, daily
from rasd.watch.storage import SavedWatch, WatchBook

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

Ctx = Annotated[Rasd, Depends(context)]
Name = Annotated[str, Path(max_length=64, pattern=r"^[\w-]+$")]
LATEST = 50  # alerts on a page and in a feed
CHART_DAYS = 60
TABLE_DAYS = 60  # the latest days with alerts, in the table under the chart
CHART_WIDTH, CHART_HEIGHT = 900, 160


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    day: Day


def _saved(book: WatchBook, name: str) -> SavedWatch:
    try:
        return book.get(name)
    except WatchError as exc:
        raise HTTPException(404, str(exc)) from None


def bars(days: list[Day]) -> list[Bar]:
    """The last CHART_DAYS days as bars, time running right to left as Arabic reads."""
    shown = days[-CHART_DAYS:]
    if not shown:
        return []
    top = max(d.count for d in shown) or 1
    step = CHART_WIDTH / CHART_DAYS
    out = []
    for i, day in enumerate(reversed(shown)):
        height = (CHART_HEIGHT - 20) * day.count / top
        out.append(Bar(i * step + 1, CHART_HEIGHT - height, step - 2, height, day))
    return out


@router.get("/watches")
def watches_page(request: Request, ctx: Ctx) -> Response:
    book = WatchBook(ctx.reader())
    rows = [(s, [d for d in daily(book.daily_counts(s.watch.name)) if d.spike]) for s in book.all()]
    templates = ctx.templates
    return templates.TemplateResponse(request, "watches.html", {"nav": "watches", "rows": rows})


@router.api_route("/watches/{name}.atom", methods=["GET", "HEAD"])  # feed readers ask HEAD
def watch_atom(request: Request, name: Name, ctx: Ctx) -> Response:
    book = WatchBook(ctx.reader())
    saved = _saved(book, name)
    body = watch_feed(
        saved,
        book.alerts(name, limit=LATEST),
        daily(book.daily_counts(name)),
        str(request.base_url).rstrip("/"),
    )
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/watches/{name}")
def watch_page(request: Request, name: Name, ctx: Ctx) -> Response:
    book = WatchBook(ctx.reader())
    saved = _saved(book, name)
    days = daily(book.daily_counts(name))
    values = {
        "nav": "watches",
        "saved": saved,
        "alerts": book.alerts(name, limit=LATEST),
        "total": sum(d.count for d in days),
        "days": [d for d in reversed(days) if d.count][:TABLE_DAYS],
        "spikes": {d.day: spike_title(d) for d in days if d.spike},
        "bars": bars(days),
        "chart": {"width": CHART_WIDTH, "height": CHART_HEIGHT},
    }
    return ctx.templates.TemplateResponse(request, "watch.html", values)
