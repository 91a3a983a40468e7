"""Limits that keep one hostile input from exhausting the memory or the stack.

Every path that turns outside bytes into Python objects (the readers, the API)
goes through these, so a gzip bomb, JSON nested 100,000 deep or a line of a
gigabyte is one clear failure rather than a crash that loses the whole batch.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, BinaryIO

import orjson

# A whole file read into memory (TREC, CSV, text, decompressed .gz): far above any
# news archive file, far below what would exhaust a machine.
MAX_FILE_BYTES = 128 * 1024 * 1024
# One feed or page fetched over HTTP: a feed of a few hundred full articles is a
# few megabytes.
MAX_FETCH_BYTES = 10_000_000
# One JSON line: an article at the length limit, every letter escaped as \uXXXX.
MAX_LINE_BYTES = 16 * 1024 * 1024
# Documents are a few levels deep (document → events → source → attrs); metadata
# deeper than this is not news metadata, and the store's encoder stops at 254.
MAX_JSON_DEPTH = 32
# Directional overrides and isolates reorder how text is shown: in an id, a source
# or a title they make "txt.exe" display as "exe.txt". Kept out of those fields.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))


class InputTooLarge(ValueError):
    """An input is over a size limit; the message says which."""


class JSONError(ValueError):
    """Malformed or too deeply nested JSON; the message is for the user."""


def read_limited(stream: BinaryIO, limit: int = MAX_FILE_BYTES) -> bytes:
    """The whole stream, or `InputTooLarge` as soon as it passes `limit` bytes, so
    a small gzip that inflates to gigabytes costs only `limit` bytes of memory."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(f"larger than {limit // (1024 * 1024)} MB (decompressed)")
    return data


def join_limited(chunks: Iterable[bytes], limit: int = MAX_FETCH_BYTES) -> bytes:
    """The chunks of a stream joined, or `InputTooLarge` as soon as they pass `limit`
    bytes, so an endless answer costs only `limit` bytes of memory."""
    parts, size = [], 0
    for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise InputTooLarge(f"over the limit of {limit:,} bytes")
        parts.append(chunk)
    return b"".join(parts)


def json_depth(value: Any, stop: int = MAX_JSON_DEPTH + 1) -> int:
    """How deeply `value` nests lists and objects, counted without recursion and
    no further than `stop`."""
    deepest = 0
    todo: list[tuple[Any, int]] = [(value, 0)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, dict):
            item = list(item.values())
        elif not isinstance(item, list):
            continue
        depth += 1
        deepest = max(deepest, depth)
        if deepest >= stop:
            return deepest
        todo.extend((child, depth) for child in item)
    return deepest


def check_depth(value: Any, limit: int = MAX_JSON_DEPTH) -> None:
    if json_depth(value, limit + 1) > limit:
        raise JSONError(f"nested deeper than {limit} levels")


def parse_json(data: bytes | str, limit: int = MAX_JSON_DEPTH) -> Any:
    """JSON parsed without recursion in Python (orjson) and checked for depth."""
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise JSONError(
            f"malformed JSON ({exc.msg}, line {exc.lineno} column {exc.colno})"
        ) from None
    check_depth(value, limit)
    return value


def strip_bidi(value: str | None) -> str | None:
    return value.translate(BIDI_CONTROLS) if value else value
