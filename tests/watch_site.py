"""A local HTTP server for the follow tests: feeds that change, fail, stall or
return garbage, article pages and a webhook receiver. No network is used."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"

Route = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Site:
    """Routes by path, replaced by the tests between polls; every request is kept."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, str, dict[str, str], bytes]] = field(default_factory=list)
    base: str = ""

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def seen(self, path: str) -> list[dict[str, str]]:
        return [headers for _, p, headers, _ in self.requests if p == path]


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            site.requests.append((method, self.path, dict(self.headers), body))
            route = site.routes.get(self.path)
            if route is None:
                self.send_error(404, "Not Found")
            else:
                route(self)

        def do_GET(self) -> None:
            self._serve("GET")

        def do_POST(self) -> None:
            self._serve("POST")

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serving() -> Iterator[Site]:
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def answer(
    body: bytes, status: int = 200, kind: str = "text/xml", sized: bool = True, **headers: str
) -> Route:
    """`sized=False`: no Content-Length, the body ends when the connection closes."""

    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", kind)
        if sized:
            h.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            h.send_header(key.replace("_", "-"), value)
        h.end_headers()
        with suppress(ConnectionError):  # a client that gave up
            h.wfile.write(body)

    return route


def versioned(body: bytes, etag: str, modified: str) -> Route:
    """A feed that answers 304 to a client that has this version."""
    full = answer(body, ETag=etag, Last_Modified=modified)

    def route(h: BaseHTTPRequestHandler) -> None:
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.end_headers()
        else:
            full(h)

    return route


def status(code: int) -> Route:
    def route(h: BaseHTTPRequestHandler) -> None:
        h.send_error(code)

    return route


def stalled(seconds: float) -> Route:
    def route(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        answer(b"<rss/>")(h)

    return route


def records() -> list[dict]:
    lines = (FIXTURES / "ant_sample.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def rss(entries: list[dict], title: str = "أخبار المثال") -> bytes:
    """An RSS 2.0 feed of ANT sample records (their whole text as description)."""
    items = "".join(
        f"<item><title>{escape(r['title'])}</title><link>{escape(r['url'])}</link>"
        f"<pubDate>{escape(r['time'])}</pubDate>"
        f"<description>{escape(r['text'])}</description></item>"
        for r in entries
    )
    head = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}'
    return f"{head}</title>{items}</channel></rss>".encode()
