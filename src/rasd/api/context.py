"""What every request shares (`Rasd`, built once by `create_app`) and how routes
and pages reach it: a module of its own, so the app, the API routes and the pages
all import it and none imports another."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import HTTPException, Request
from fastapi.templating import Jinja2Templates

from rasd.api.analysis import InProcess, WorkerPool
from rasd.document import Document
from rasd.store import AddResult, Store


class NoStoreError(RuntimeError):
    """The server was started without a corpus store."""


@dataclass
class Rasd:
    """What every request shares: built once in `create_app`."""

    store_path: Path | None
    store: Store | None  # read-only, shared by all requests (the store allows it)
    analyser: InProcess | WorkerPool
    token: str | None
    templates: Jinja2Templates
    static: dict[str, tuple[bytes, str]]
    allow_writes: bool = False
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    _writer: Store | None = None

    def analyse(self, doc: Document) -> Document:
        """The analysed document; `Busy`, `OverBudget` or `AnalysisFailed` otherwise."""
        return self.analyser(doc)

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
        self.analyser.close()
        for store in (self.store, self._writer):
            if store is not None:
                store.close()

    def token_ok(self, request: Request) -> bool:
        """Whether this request may write: with the right token when the server has
        one; without a token only when writes were opened (`--allow-writes`)."""
        if not self.token:
            return self.allow_writes
        given = request.headers.get("x-rasd-token", "")
        scheme, _, credentials = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            given = credentials.strip()
        return secrets.compare_digest(given.encode(), self.token.encode())


def context(request: Request) -> Rasd:
    return request.app.state.rasd


def raise_unauthorized(request: Request) -> None:
    if not context(request).token:
        raise HTTPException(
            403,
            "writing is closed on this server: start it with RASD_API_TOKEN set "
            "(then send the token) or with --allow-writes",
        )
    raise HTTPException(
        401, "this endpoint needs the API token", headers={"WWW-Authenticate": "Bearer"}
    )
