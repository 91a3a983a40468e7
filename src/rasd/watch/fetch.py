"""HTTP for `rasd follow` and `rasd ingest URL`: conditional GETs of feeds and
pages, webhook POSTs.

urllib3 (already a dependency of trafilatura) with every limit explicit: a
timeout per request, a cap on the body (`rasd.text.limits`), no retries here (the
follow loop retries a failing source with backoff instead of blocking the others).
A request may be kept to public addresses: the check is made on the address each
connection reaches, so neither a redirect nor a name that resolves to 127.0.0.1
gets past it.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson
import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import NewConnectionError

from rasd import __version__
from rasd.text.limits import MAX_FETCH_BYTES, InputTooLarge, join_limited

TIMEOUT = 20.0  # seconds, to connect and between bytes of the answer
USER_AGENT = f"Rasd/{__version__} (+https://github.com/rasd; news monitor)"


class FetchError(RuntimeError):
    """A source or webhook that could not be reached; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Fetched:
    status: int  # 200, or 304 (not modified: body empty)
    body: bytes
    etag: str | None
    modified: str | None


def is_public(address: str) -> bool:
    """Whether `address` is on the internet: not loopback, private, link-local
    (169.254.169.254, cloud metadata), shared or reserved."""
    ip = ipaddress.ip_address(address.partition("%")[0])  # fe80::1%eth0
    mapped = getattr(ip, "ipv4_mapped", None)
    return (mapped or ip).is_global


def is_local_url(url: str) -> bool:
    """Whether `url`'s host resolves to an address that is not public (this
    machine, its network). An unknown host is not local; fetching it fails anyway."""
    host = urllib3.util.parse_url(url).host or ""
    try:
        found = socket.getaddrinfo(host.strip("[]"), None, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return False
    return any(not is_public(str(info[4][0])) for info in found)


class NotPublic(NewConnectionError):
    """A connection that reached a loopback, private or link-local address."""


class _PublicOnly(HTTPConnection):
    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()
        address = str(sock.getpeername()[0])
        if not is_public(address):
            sock.close()
            raise NotPublic(self, f"refused to fetch from the non-public address {address}")
        return sock


class _PublicOnlyTLS(_PublicOnly, HTTPSConnection):
    pass


class _PublicPool(HTTPConnectionPool):
    ConnectionCls = _PublicOnly


class _PublicTLSPool(HTTPSConnectionPool):
    ConnectionCls = _PublicOnlyTLS


class Fetcher:
    def __init__(self, timeout: float = TIMEOUT, max_bytes: int = MAX_FETCH_BYTES) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        options: dict[str, Any] = {
            "retries": urllib3.Retry(total=None, connect=0, read=0, status=0, other=0, redirect=5),
            "timeout": urllib3.Timeout(connect=timeout, read=timeout),
        }
        self._pool = urllib3.PoolManager(**options)
        self._public_pool = urllib3.PoolManager(**options)
        self._public_pool.pool_classes_by_scheme = {"http": _PublicPool, "https": _PublicTLSPool}

    def get(
        self,
        url: str,
        etag: str | None = None,
        modified: str | None = None,
        public_only: bool = False,
    ) -> Fetched:
        """The body of `url`; 304 when it has not changed since `etag`/`modified`.
        `public_only`: refuse (`FetchError`) to connect to a non-public address,
        redirects included."""
        headers = {"User-Agent": USER_AGENT}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        pool = self._public_pool if public_only else self._pool
        response = self._request("GET", url, pool, headers=headers)
        try:
            if response.status == 304:
                return Fetched(304, b"", etag, modified)
            if response.status != 200:
                raise FetchError(f"HTTP {response.status} {response.reason or ''}".strip())
            body = self._read(response)
        finally:
            response.release_conn()
        return Fetched(
            200, body, response.headers.get("ETag"), response.headers.get("Last-Modified")
        )

    def post_json(self, url: str, payload: dict[str, Any]) -> None:
        response = self._request(
            "POST",
            url,
            self._pool,
            body=orjson.dumps(payload),
            headers={"Content-Type": "application/json", "User-Agent": USER_AGENT},
        )
        response.release_conn()
        if not 200 <= response.status < 300:
            raise FetchError(f"HTTP {response.status} {response.reason or ''}".strip())

    def _request(
        self, method: str, url: str, pool: urllib3.PoolManager, **kwargs: Any
    ) -> urllib3.BaseHTTPResponse:
        try:
            return pool.request(method, url, preload_content=False, **kwargs)
        except urllib3.exceptions.MaxRetryError as exc:
            raise FetchError(_reason(exc.reason)) from None
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(_reason(exc)) from None

    def _read(self, response: urllib3.BaseHTTPResponse) -> bytes:
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > self.max_bytes:
            raise FetchError(
                f"answer of {int(length):,} bytes is over the limit of {self.max_bytes:,} bytes"
            )
        try:
            return join_limited(self._chunks(response), self.max_bytes)
        except InputTooLarge as exc:
            raise FetchError(f"answer is {exc}") from None
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(_reason(exc)) from None

    def _chunks(self, response: urllib3.BaseHTTPResponse) -> Iterator[bytes]:
        # The read timeout is per read: a server trickling bytes is stopped by this.
        deadline = time.monotonic() + 3 * self.timeout
        for chunk in response.stream(1 << 16):
            if time.monotonic() > deadline:
                raise FetchError(f"answer took over {3 * self.timeout:g} s")
            yield chunk


def _reason(exc: BaseException | None) -> str:
    if isinstance(exc, NotPublic):
        return str(exc).partition(": ")[2] or str(exc)
    if isinstance(exc, urllib3.exceptions.TimeoutError | TimeoutError):
        return "timed out"
    if isinstance(exc, urllib3.exceptions.NameResolutionError):
        return "unknown host"
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        return "cannot connect"
    return f"{type(exc).__name__}: {exc}" if exc else "request failed"
