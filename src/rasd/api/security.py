"""What guards every request before any route sees it: security headers on every
answer (errors included), a trusted-host list, same-origin checks on writes and
form posts, and URLs free of NUL characters.

These are plain ASGI wrappers placed outside the whole FastAPI stack, so even the
413 of the body limit and the 500 of an unexpected error carry the headers.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Pages may load only what this server serves: no CDN, no inline script.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


def trusted_hosts(host: str, extra: Iterable[str] = ()) -> list[str]:
    """The Host names a server bound to `host` answers to. A loopback server answers
    only to loopback names: a page on evil.example whose name is made to resolve to
    127.0.0.1 (DNS rebinding) is refused. One listening on all addresses answers to
    any name unless `extra` (--trusted-host) names them."""
    names = list(extra)
    if host in ("0.0.0.0", "::"):
        return names or ["*"]
    return [*LOOPBACK_HOSTS, host, *names]


def host_key(name: str) -> str:
    """`name` (a Host header, or a name the server answers to) as one spelling: no
    port, lower case, no final dot, an IP address in its short form without
    brackets, so "[::1]:8000", "[0:0:0:0:0:0:0:1]" and "::1" are one host. "" for
    a header that names no host ("[::1", "host:port")."""
    name = name.strip().lower()
    if name.startswith("["):
        name, closed, port = name[1:].partition("]")
        if not closed or (port and not (port[0] == ":" and port[1:].isdigit())):
            return ""
    elif name.count(":") == 1:
        name, _, port = name.partition(":")
        if not port.isdigit():
            return ""
    name = name.rstrip(".")
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return name
    mapped = getattr(address, "ipv4_mapped", None)
    return str(mapped or address)


async def _answer(send: Send, status: int, message: str) -> None:
    body = orjson.dumps({"detail": message})
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return value.decode("latin-1")
    return None


def _cross_origin(scope: Scope) -> bool:
    """Whether a browser says this request comes from another site's page. Browsers
    send Sec-Fetch-Site (older ones only Origin) with a POST, so a form on another
    site cannot post here, while curl and scripts send neither. Sec-Fetch-Site is
    asked first: under this server's no-referrer policy a browser sends
    `Origin: null` even for its own forms."""
    site = _header(scope, b"sec-fetch-site")
    if site is not None:
        return site not in ("same-origin", "none")
    origin = _header(scope, b"origin")
    if origin is None:
        return False
    host = _header(scope, b"host") or ""
    return origin != f"{scope.get('scheme', 'http')}://{host}"


class RequestGuard:
    """Refuses, before routing: NUL characters in the URL (400, an input error
    rather than a store failure), writes or form posts from another site (403), and
    a body whose declared length is over `max_body` (413). Starlette's own limit
    answers that one in plain text, not the JSON the API documents; it still
    guards bodies sent without a length."""

    def __init__(self, app: ASGIApp, max_body: int | None = None) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            raw = scope.get("raw_path") or scope.get("path", "").encode()
            if b"%00" in scope.get("query_string", b"") or b"%00" in raw or "\x00" in scope["path"]:
                await _answer(send, 400, "NUL characters are not allowed in URLs")
                return
            if scope["method"] not in SAFE_METHODS and _cross_origin(scope):
                await _answer(send, 403, "requests from another site's page are refused")
                return
            if self._declared_too_large(scope):
                await _answer(send, 413, f"request bodies over {self.max_body:,} bytes are refused")
                return
        await self.app(scope, receive, send)

    def _declared_too_large(self, scope: Scope) -> bool:
        length = _header(scope, b"content-length")
        return (
            self.max_body is not None
            and length is not None
            and length.isdigit()
            and (int(length) > self.max_body)
        )


class HostGuard:
    """Answers only requests whose Host header names this server (400 otherwise);
    "*" names any host, "*.example.org" any name under example.org. Starlette's
    TrustedHostMiddleware compares spellings, and some of its versions cut
    "[::1]:8000" at its first colon; this compares `host_key`s."""

    def __init__(self, app: ASGIApp, hosts: Iterable[str]) -> None:
        self.app = app
        self.any = "*" in hosts
        self.names = {host_key(h) for h in hosts if not h.startswith("*")}
        self.suffixes = tuple(h[1:].lower() for h in hosts if h.startswith("*."))

    def answers_to(self, header: str | None) -> bool:
        if self.any:
            return True
        host = host_key(header or "")
        return bool(host) and (host in self.names or host.endswith(self.suffixes))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and not self.answers_to(_header(scope, b"host")):
            await _answer(send, 400, "Invalid host header")
            return
        await self.app(scope, receive, send)


class SecurityHeaders:
    """Adds the security headers to every HTTP answer, whatever produced it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", ())}
                extra = [(k, v) for k, v in HEADERS if k not in present]
                message["headers"] = [*message.get("headers", ()), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


def guarded(app: ASGIApp, hosts: list[str] | None, max_body: int | None = None) -> ASGIApp:
    """`app` inside the guards; `hosts` None means any Host (tests, embedding)."""
    inner: ASGIApp = RequestGuard(app, max_body)
    if hosts is not None:
        inner = HostGuard(inner, hosts)
    return SecurityHeaders(inner)
