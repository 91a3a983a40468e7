"""The Rasd web application: a JSON API under /api and server-rendered pages for people.

`create_app` builds everything once (the analysis pipeline, the templates, the
static assets read into memory) and keeps it on `app.state.rasd`; requests only
open the corpus store, read-only unless they write.
"""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from rasd import __version__
from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.store import AddResult, QueryError, Store, StoreError

MAX_BODY_BYTES = 5_000_000
TOKEN_ENV = "RASD_API_TOKEN"

# Pages may load only what this server serves: no CDN, no inline script.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

STATIC_TYPES = {
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}


class NoStoreError(RuntimeError):
    """The server was started without a corpus store."""


@dataclass
class Rasd:
    """What every request shares: built once in `create_app`."""

    store_path: Path | None
    store: Store | None  # read-only, shared by all requests (the store allows it)
    pipeline: Pipeline
    token: str | None
    templates: Jinja2Templates
    static: dict[str, tuple[bytes, str]]
    # pipeline components are not promised to be thread-safe; requests run in a pool
    analyse_lock: threading.Lock = field(default_factory=threading.Lock)
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    _writer: Store | None = None

    def analyse(self, doc: Document) -> Document:
        with self.analyse_lock:
            return self.pipeline(doc)

    def reader(self) -> Store:
        if self.store is None:
            raise NoStoreError
        return self.store

    def add(self, docs: list[Document]) -> AddResult:
        """Write through one writable connection, opened on the first write."""
        if self.store_path is None:
            raise NoStoreError
        with self.write_lock:
            if self._writer is None:
                self._writer = Store(self.store_path)
            return self._writer.add_documents(docs)

    def close(self) -> None:
        for store in (self.store, self._writer):
            if store is not None:
                store.close()

    def token_ok(self, request: Request) -> bool:
        if not self.token:
            return True
        given = request.headers.get("x-rasd-token", "")
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            given = credentials.strip()
        return secrets.compare_digest(given.encode(), self.token.encode())


def context(request: Request) -> Rasd:
    return request.app.state.rasd


def _security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        return response


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
        return answer(request, 503, str(exc))

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
    from rasd.web import filters

    folder = resources.files("rasd.web") / "templates"
    templates = Jinja2Templates(directory=str(folder))
    filters.install(templates.env)
    return templates


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
) -> FastAPI:
    """The Rasd app over the corpus store at `store_path` (None: analysis only).

    Raises `StoreError` (a message for the user) when there is no store there.

    `token` defaults to the RASD_API_TOKEN environment variable; when set, writing
    endpoints require it as `Authorization: Bearer TOKEN` (or `X-Rasd-Token`).
    """
    from rasd.api import routes
    from rasd.watch import web as watch_web
    from rasd.web import views

    app = FastAPI(
        title="Rasd API",
        version=__version__,
        description=(
            "Arabic news as structured, searchable knowledge: entities, quotations with "
            "speakers and PLOVER events. Every document is a `rasd.document/1` object "
            "(see docs/schema.md). Writing endpoints need the server's API token when "
            f"{TOKEN_ENV} is set. Bad input gets a 4xx answer whose `detail` is one line; "
            f"request bodies over {max_body_bytes:,} bytes get 413."
        ),
        docs_url=None,  # the Swagger and ReDoc pages load their assets from a CDN
        redoc_url=None,
        openapi_url="/api/openapi.json",
        max_body_size=max_body_bytes,
        lifespan=_lifespan,
    )
    path = Path(store_path) if store_path is not None else None
    app.state.rasd = Rasd(
        store_path=path,
        store=Store.open_readonly(path) if path is not None else None,
        pipeline=pipeline if pipeline is not None else Pipeline(),
        token=token if token is not None else os.environ.get(TOKEN_ENV) or None,
        templates=_templates(),
        static=_static_assets(),
    )
    _error_handlers(app)
    _security_headers(app)
    app.include_router(routes.router)
    app.include_router(views.router)
    app.include_router(watch_web.router)
    return app


def raise_unauthorized() -> None:
    raise HTTPException(
        401, "this endpoint needs the API token", headers={"WWW-Authenticate": "Bearer"}
    )
