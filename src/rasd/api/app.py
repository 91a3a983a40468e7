"""The Rasd web application: a JSON API under /api and server-rendered pages for people.

`create_app` builds everything once (the analysis pipeline, the templates, the
static assets read into memory) and keeps it on `app.state.rasd`; requests only
open the corpus store, read-only unless they write.
"""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp

from rasd import __version__
from rasd.api import routes
from rasd.api.analysis import (
    DEFAULT_BUDGET_S,
    AnalysisFailed,
    Busy,
    InProcess,
    OverBudget,
    WorkerPool,
)
from rasd.api.context import NoStoreError, Rasd, context
from rasd.api.security import guarded
from rasd.pipeline import DEFAULT_STAGES, Pipeline
from rasd.store import QueryError, Store, StoreError
from rasd.watch import web as watch_web
from rasd.web import filters, views

MAX_BODY_BYTES = 5_000_000
TOKEN_ENV = "RASD_API_TOKEN"
log = logging.getLogger("rasd.api")

STATIC_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}


def _one_line(errors: list[dict[str, Any]]) -> str:
    """FastAPI's validation errors as one readable sentence."""
    parts = []
    for error in errors[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "request"
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api")


def _error_handlers(app: FastAPI) -> None:
    def answer(request: Request, status: int, message: str, extra: Any = None) -> Response:
        if _wants_html(request):
            templates = context(request).templates
            return templates.TemplateResponse(
                request, "error.html", {"status": status, "message": message}, status_code=status
            )
        body: dict[str, Any] = {"detail": message}
        if extra is not None:
            body["errors"] = jsonable_encoder(extra)
        return JSONResponse(body, status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = [{k: v for k, v in e.items() if k != "ctx"} for e in exc.errors()]
        return answer(request, 422, _one_line(errors), errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        response = answer(request, exc.status_code, str(exc.detail))
        for key, value in (exc.headers or {}).items():
            response.headers[key] = value
        return response

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return answer(request, 422, str(exc))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        log.error("%s", exc)  # the file name and cause are for the log, not the client
        return answer(request, 503, "the corpus store cannot be read right now; try again later")

    @app.exception_handler(Busy)
    async def busy(request: Request, exc: Busy) -> Response:
        response = answer(request, 503, "the server is busy analysing; try again shortly")
        response.headers["Retry-After"] = "5"
        return response

    @app.exception_handler(OverBudget)
    async def over_budget(request: Request, exc: OverBudget) -> Response:
        budget = context(request).analyser.budget_s
        return answer(
            request,
            413,
            f"the article takes longer than {budget:g} s to analyse; send it in shorter parts",
        )

    @app.exception_handler(AnalysisFailed)
    async def failed(request: Request, exc: AnalysisFailed) -> Response:
        log.error("analysis failed: %s", exc)
        return answer(request, 500, "the analysis failed on this article")

    @app.exception_handler(NoStoreError)
    async def no_store(request: Request, exc: NoStoreError) -> Response:
        return answer(request, 503, "this server has no corpus store; start it with --store PATH")


def _static_assets() -> dict[str, tuple[bytes, str]]:
    folder = resources.files("rasd.web") / "static"
    return {
        item.name: (item.read_bytes(), STATIC_TYPES[Path(item.name).suffix])
        for item in folder.iterdir()
        if Path(item.name).suffix in STATIC_TYPES
    }


def _templates() -> Jinja2Templates:
    folder = resources.files("rasd.web") / "templates"
    templates = Jinja2Templates(directory=str(folder))
    filters.install(templates.env)
    return templates


class RasdApp(FastAPI):
    """FastAPI with the guards of `rasd.api.security` around its whole stack."""

    trusted_hosts: list[str] | None = None

    def build_middleware_stack(self) -> ASGIApp:
        return guarded(super().build_middleware_stack(), self.trusted_hosts, self.max_body_size)


@asynccontextmanager
async def _lifespan(app: FastAPI) -> AsyncIterator[None]:
    yield
    app.state.rasd.close()


def create_app(
    store_path: Path | str | None,
    *,
    pipeline: Pipeline | None = None,
    token: str | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    allow_writes: bool = False,
    trusted_hosts: list[str] | None = None,
    analysis_workers: int = 0,
    budget_s: float | None = None,
) -> FastAPI:
    """The Rasd app over the corpus store at `store_path` (None: analysis only).

    Raises `StoreError` (a message for the user) when there is no store there.

    `token` defaults to the RASD_API_TOKEN environment variable; when set, writing
    endpoints require it as `Authorization: Bearer TOKEN` (or `X-Rasd-Token`).
    Without a token, writing is refused unless `allow_writes` is set.

    `trusted_hosts`: the Host names answered (None: any). `analysis_workers`: 0
    analyses in this process (with `pipeline`), N in N worker processes, each
    request within `budget_s` seconds (see `rasd.api.analysis`).
    """
    app = RasdApp(
        title="Rasd API",
        version=__version__,
        description=(
            "Arabic news as structured, searchable knowledge: entities, quotations with "
            "speakers and PLOVER events. Every document is a `rasd.document/1` object "
            "(see docs/schema.md). Writing endpoints need the server's API token "
            f"({TOKEN_ENV}) or a server started with --allow-writes. Bad input gets a 4xx "
            f"answer whose `detail` is one line; request bodies over {max_body_bytes:,} "
            "bytes get 413, as does an article that takes longer than the server's time "
            "budget to analyse; 503 means busy or no store: try again later."
        ),
        docs_url=None,  # the Swagger and ReDoc pages load their assets from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
        max_body_size=max_body_bytes,
        lifespan=_lifespan,
    )
    app.trusted_hosts = trusted_hosts
    path = Path(store_path) if store_path is not None else None
    store = Store.open_readonly(path) if path is not None else None
    budget = budget_s if budget_s is not None else DEFAULT_BUDGET_S
    analyser: InProcess | WorkerPool
    if analysis_workers > 0:
        stages = pipeline.names if pipeline is not None else DEFAULT_STAGES
        analyser = WorkerPool(stages, analysis_workers, budget)
    else:
        analyser = InProcess(pipeline if pipeline is not None else Pipeline(), budget)
    app.state.rasd = Rasd(
        store_path=path,
        store=store,
        analyser=analyser,
        token=token if token is not None else os.environ.get(TOKEN_ENV) or None,
        templates=_templates(),
        static=_static_assets(),
        allow_writes=allow_writes,
    )
    _error_handlers(app)
    app.include_router(routes.router)
    app.include_router(views.router)
    app.include_router(watch_web.router)
    return app
