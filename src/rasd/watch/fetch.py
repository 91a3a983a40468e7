"""HTTP for `rasd follow`: conditional GETs of feeds and pages, webhook POSTs.

urllib3 (already a dependency of trafilatura) with every limit explicit: a
timeout per request, a cap on the body, no retries here (the follow loop retries
a failing source with backoff instead of blocking the others).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import orjson
import urllib3

from rasd import __version__

TIMEOUT = 20.0  # seconds, to connect and between bytes of the answer
MAX_BYTES = 10_000_000
USER_AGENT = f"Rasd/{__version__} (+https://github.com/rasd; news monitor)"


class FetchError(RuntimeError):
    """A source or webhook that could not be reached; the message is for the user."""


@dataclass(frozen=True, slots=True)
class Fetched:
    status: int  # 200, or 304 (not modified: body empty)
    body: bytes
    etag: str | None
    modified: str | None


class Fetcher:
    def __init__(self, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        retries = urllib3.Retry(total=None, connect=0, read=0, status=0, other=0, redirect=5)
        self._pool = urllib3.PoolManager(
            retries=retries, timeout=urllib3.Timeout(connect=timeout, read=timeout)
        )

    def get(self, url: str, etag: str | None = None, modified: str | None = None) -> Fetched:
        """The body of `url`; 304 when it has not changed since `etag`/`modified`."""
        headers = {"User-Agent": USER_AGENT}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        response = self._request("GET", url, headers=headers)
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
            body=orjson.dumps(payload),
            headers={"Content-Type": "application/json", "User-Agent": USER_AGENT},
        )
        response.release_conn()
        if not 200 <= response.status < 300:
            raise FetchError(f"HTTP {response.status} {response.reason or ''}".strip())

    def _request(self, method: str, url: str, **kwargs: Any) -> urllib3.BaseHTTPResponse:
        try:
            return self._pool.request(method, url, preload_content=False, **kwargs)
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
        # The read timeout is per read: a server trickling bytes is stopped by this.
        deadline = time.monotonic() + 3 * self.timeout
        chunks, size = [], 0
        try:
            for chunk in response.stream(1 << 16):
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchError(f"answer is over the limit of {self.max_bytes:,} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(f"answer took over {3 * self.timeout:g} s")
                chunks.append(chunk)
        except urllib3.exceptions.HTTPError as exc:
            raise FetchError(_reason(exc)) from None
        return b"".join(chunks)


def _reason(exc: BaseException | None) -> str:
    if isinstance(exc, urllib3.exceptions.TimeoutError | TimeoutError):
        return "timed out"
    if isinstance(exc, urllib3.exceptions.NameResolutionError):
        return "unknown host"
    if isinstance(exc, urllib3.exceptions.NewConnectionError):
        return "cannot connect"
    return f"{type(exc).__name__}: {exc}" if exc else "request failed"
