"""What guards every request before any route sees it: security headers on every
answer (errors included), a trusted-host list, same-origin checks on writes and
form posts, and URLs free of NUL characters.

These are plain ASGI wrappers placed outside the whole FastAPI stack, so even the
413 of the body limit and the 500 of an unexpected error carry the headers.
"""

from __future__ import annotations

from collections.abc import Iterable

import orjson
from starlette.middleware.trustedhost import TrustedHostMiddleware
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
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def trusted_hosts(host: str, extra: Iterable[str] = ()) -> list[str]:
    """The Host names a server bound to `host` answers to. A loopback server answers
    only to loopback names: a page on evil.example whose name is made to resolve to
    127.0.0.1 (DNS rebinding) is refused. One listening on all addresses answers to
    any name unless `extra` (--trusted-host) names them."""
    names = list(extra)
    if host in ("0.0.0.0", "::"):
        return names or ["*"]
    return [*LOOPBACK_HOSTS, host, *names]


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
    rather than a store failure) and writes or form posts from another site (403)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            raw = scope.get("raw_path") or scope.get("path", "").encode()
            if b"%00" in scope.get("query_string", b"") or b"%00" in raw or "\x00" in scope["path"]:
                await _answer(send, 400, "NUL characters are not allowed in URLs")
                return
            if scope["method"] not in SAFE_METHODS and _cross_origin(scope):
                await _answer(send, 403, "requests from another site's page are refused")
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


def guarded(app: ASGIApp, hosts: list[str] | None) -> ASGIApp:
    """`app` inside the guards; `hosts` None means any Host (tests, embedding)."""
    inner: ASGIApp = RequestGuard(app)
    if hosts is not None:
        inner = TrustedHostMiddleware(inner, allowed_hosts=hosts, www_redirect=False)
    return SecurityHeaders(inner)
