"""Streaming exports of the store's layers: JSON Lines, CSV or Parquet.

Rows are read in pages and written as they come, so memory does not grow with
the corpus; Parquet is written one row group per page.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO

import orjson

from rasd.events.records import QUAD
from rasd.store.connections import Query

LAYERS = ("documents", "entities", "quotes", "events")
FORMATS = ("jsonl", "csv", "parquet")
_PAGE = 2000

_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": ("id", "title", "published", "source", "url", "text"),
    "entities": ("doc_id", "start", "end", "label", "text", "canonical", "country", "role"),
    "quotes": ("doc_id", "start", "end", "kind", "text", "speaker", "speaker_canonical", "cue"),
    "events": (
        "doc_id", "start", "end", "type", "text", "source", "source_canonical",
        "target", "target_canonical", "where", "when", "day", "dead", "injured", "attrs",
        "published", "news_source", "url", "source_code", "source_country", "target_code",
        "target_country", "place_country", "lat", "lon", "quad_class", "relevance",
    ),
}  # fmt: skip
_QUAD_CLASS = "CASE ev.type " + " ".join(f"WHEN '{t}' THEN {q}" for t, q in QUAD.items()) + " END"
_DETAIL = "json_extract(ev.attrs, '$._details.{}')"
_DETAILS = (
    "source_code", "source_country", "target_code", "target_country", "place_country", "lat", "lon",
)  # fmt: skip

_SQL = {
    "documents": "SELECT d.rowid, d.id, d.title, d.published, d.source, d.url, d.text"
    " FROM documents d WHERE d.rowid > ? ORDER BY d.rowid LIMIT ?",
    "entities": "SELECT e.rowid, d.id, e.start, e.end, e.label, e.text, n.display, e.country,"
    " e.role FROM entities e JOIN documents d ON d.rowid = e.doc"
    " JOIN names n ON n.id = e.name WHERE e.rowid > ? ORDER BY e.rowid LIMIT ?",
    "quotes": "SELECT q.rowid, d.id, q.start, q.end, q.kind, q.text, q.speaker_text, n.display,"
    " q.cue FROM quotes q JOIN documents d ON d.rowid = q.doc"
    " LEFT JOIN names n ON n.id = q.speaker WHERE q.rowid > ? ORDER BY q.rowid LIMIT ?",
    "events": "SELECT ev.rowid, d.id, ev.start, ev.end, ev.type, ev.text, ev.source_text,"
    " ns.display, ev.target_text, nt.display, ev.where_text, ev.when_text, ev.day,"
    " json_extract(ev.attrs, '$.dead'), json_extract(ev.attrs, '$.injured'),"
    " json_remove(ev.attrs, '$._details'), d.published, d.source, d.url, "
    + ", ".join(_DETAIL.format(k) for k in _DETAILS)
    + f", {_QUAD_CLASS}, json_extract(ev.attrs, '$.relevance')"
    " FROM events ev JOIN documents d ON d.rowid = ev.doc"
    " LEFT JOIN names ns ON ns.id = ev.source LEFT JOIN names nt ON nt.id = ev.target"
    " WHERE ev.rowid > ? ORDER BY ev.rowid LIMIT ?",
}


def _pages(query: Query, layer: str) -> Iterator[list[tuple[Any, ...]]]:
    last = 0
    while True:
        rows = query(_SQL[layer], (last, _PAGE))
        if not rows:
            return
        last = rows[-1][0]
        yield [r[1:] for r in rows]


@contextmanager
def _binary(out: str | Path | BinaryIO) -> Iterator[BinaryIO]:
    if isinstance(out, str | Path):
        if str(out) == "-":
            yield sys.stdout.buffer
            sys.stdout.buffer.flush()
            return
        with open(out, "wb") as stream:
            yield stream
    else:
        yield out


def export(query: Query, layer: str, fmt: str, out: str | Path | BinaryIO) -> int:
    """Write every row of `layer`, read through `query`, to `out` (a path, "-" for stdout, or a binary
    stream) as `fmt`; returns the number of rows."""
    if layer not in LAYERS:
        raise ValueError(f"unknown layer {layer!r}; choose one of {', '.join(LAYERS)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    columns = _COLUMNS[layer]
    with _binary(out) as stream:
        if fmt == "parquet":
            return _parquet(query, layer, columns, stream)
        count = 0
        if fmt == "csv":
            text = io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)
            writer = csv.writer(text)
            writer.writerow(columns)
            for page in _pages(query, layer):
                writer.writerows([tuple(map(formula_safe, row)) for row in page])
                count += len(page)
            text.flush()
            text.detach()
            return count
        for page in _pages(query, layer):
            stream.write(b"".join(orjson.dumps(_record(columns, r)) + b"\n" for r in page))
            count += len(page)
        return count


# A spreadsheet runs a cell that starts with one of these as a formula
# (=HYPERLINK(...) in an article's title): such text gets a leading apostrophe,
# which spreadsheets show as text and do not display.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _record(columns: tuple[str, ...], row: tuple[Any, ...]) -> dict[str, Any]:
    record = dict(zip(columns, row, strict=True))
    if record.get("attrs"):
        record["attrs"] = orjson.loads(record["attrs"])  # an object, not a string of JSON
    return record


def _parquet(query: Query, layer: str, columns: tuple[str, ...], stream: BinaryIO) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    ints = {"start", "end", "dead", "injured", "quad_class"}
    floats = {"lat", "lon", "relevance"}
    schema = pa.schema(
        [
            (c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string())
            for c in columns
        ]
    )
    count = 0
    with pq.ParquetWriter(stream, schema) as writer:
        for page in _pages(query, layer):
            arrays = [list(col) for col in zip(*page, strict=True)]
            writer.write_table(pa.Table.from_arrays(arrays, schema=schema))
            count += len(page)
    return count
