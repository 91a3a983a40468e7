"""Readers: files and streams in, `Document`s (or clear failures) out.

Every reader yields, in input order, either a `Document` or a `Failure` that names
where the problem is (file, line) and why, so a caller can report it and go on:
nothing is dropped silently.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import io
import json
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO

from rasd.document import Document
from rasd.text.clean import clean

MAX_FIELD_CHARS = 200_000_000
# A news article is tens of kilobytes; anything past this is a dump or a mistake, and
# analysing it as one document would hold millions of token objects in memory.
MAX_ARTICLE_CHARS = 2_000_000


@dataclass(slots=True)
class Failure:
    """An input that could not be turned into a document."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.reason}"


class ReadError(Exception):
    """A whole input cannot be read (wrong encoding, binary, corrupt archive)."""


@dataclass(slots=True)
class Fields:
    """Which record fields hold what. Each entry lists names tried in order; the
    defaults cover the ANT corpus (title, abstract, text, time) and SaudiNewsNet
    (title, content, date_extracted)."""

    id: tuple[str, ...] = ("id", "docno", "doc_id")
    title: tuple[str, ...] = ("title", "headline")
    abstract: tuple[str, ...] = ("abstract", "summary", "lead")
    text: tuple[str, ...] = ("text", "content", "body", "article")
    published: tuple[str, ...] = ("published", "time", "date", "date_extracted", "pubdate")
    source: tuple[str, ...] = ("source", "src", "site")
    url: tuple[str, ...] = ("url", "link")
    meta: tuple[str, ...] = ("author", "cat", "category")

    def with_overrides(self, overrides: dict[str, str]) -> Fields:
        """`{"text": "content"}` makes "content" the only name read for the text."""
        updated = Fields(**{k: getattr(self, k) for k in self.__slots__})  # type: ignore[attr-defined]
        for key, name in overrides.items():
            if key not in self.__slots__:  # type: ignore[attr-defined]
                raise ValueError(f"unknown field {key!r}; known: {', '.join(self.__slots__)}")  # type: ignore[attr-defined]
            setattr(updated, key, tuple(n.strip() for n in name.split(",") if n.strip()))
        return updated


@dataclass(slots=True)
class Article:
    """The parts of an article before cleaning."""

    text: str
    title: str = ""
    abstract: str = ""
    id: str = ""
    published: str | None = None
    source: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)


# --- documents from articles ---------------------------------------------------------


def to_document(article: Article) -> Document:
    """Clean an article into a `Document`. The title, when there is one, is the
    first paragraph of `text`, followed by the abstract and the body."""
    title = " ".join(article.title.split())
    parts = [p for p in (title, article.abstract.strip(), article.text.strip()) if p]
    raw = "\n".join(parts)
    cleaned = clean(raw)
    clean_title = cleaned.text.split("\n", 1)[0] if title else ""
    meta = dict(article.meta)
    if cleaned.warnings:
        meta["warnings"] = cleaned.warnings
    if cleaned.clean_anchors:
        meta["raw_offsets"] = cleaned.anchors()
    return Document(
        text=cleaned.text,
        id=article.id,
        title=clean_title,
        published=normalize_date(article.published),
        source=article.source,
        url=article.url,
        meta=meta,
    )


def normalize_date(value: Any) -> str | None:
    """An ISO 8601 string for the date forms met in news data, else the input as text."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    # Arabic and European news sites write the day first (Jawhara FM: 08/05/2015).
    for day_first in ("%d/%m/%Y", "%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S"):
        try:
            return datetime.strptime(text, day_first).isoformat()
        except ValueError:
            continue
    return text


# --- decoding --------------------------------------------------------------------------

_ARABIC = re.compile("[\u0600-\u06ff]")


def decode(data: bytes) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 or Windows-1256."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16")
    if _looks_utf16(data):
        return _strict(data, "utf-16-le" if _high_bytes_odd(data) else "utf-16-be")
    if _looks_binary(data):
        raise ReadError("binary data, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            raise ReadError(
                f"not UTF-8 (invalid byte at {utf8_error.start}), UTF-16 or Windows-1256 text"
            ) from None
        if not _mostly_arabic_letters(text):
            raise ReadError(
                "not UTF-8, UTF-16 or Windows-1256 text "
                f"(invalid UTF-8 byte at offset {utf8_error.start})"
            ) from None
        return text


def _mostly_arabic_letters(text: str) -> bool:
    """Windows-1256 decodes any byte string; real Arabic text gives mostly letters."""
    non_ascii = [ch for ch in text if ord(ch) > 127]
    letters = sum(1 for ch in non_ascii if "\u0621" <= ch <= "\u064a")
    return bool(non_ascii) and letters >= 0.8 * len(non_ascii)


def _high_bytes_odd(data: bytes) -> bool:
    """In UTF-16-LE the high byte (0x00 for Latin, 0x06 for Arabic) comes second."""
    sample = data[:4096]
    odd = sum(1 for b in sample[1::2] if b in (0, 6))
    even = sum(1 for b in sample[0::2] if b in (0, 6))
    return odd >= even


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReadError(f"invalid {encoding.upper()} at byte {exc.start}") from None


def _looks_utf16(data: bytes) -> bool:
    sample = data[:4096]
    if len(sample) < 4:
        return False
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) / 2
    # Arabic in UTF-16 has 0x06 high bytes rather than NULs; Latin has NULs.
    even_06 = sample[0::2].count(6)
    odd_06 = sample[1::2].count(6)
    return (
        max(even_nuls + even_06, odd_nuls + odd_06) > 0.6 * half
        and min(even_nuls, odd_nuls) < 0.1 * half
    )


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > 0.1 * len(sample) or sample.count(0) > 0.01 * len(sample) + 8


# --- formats ---------------------------------------------------------------------------

_TREC_DOC = re.compile(r"<DOC>(.*?)</DOC>", re.S)
_TREC_FIELD = re.compile(r"<([A-Z]+)>(.*?)</\1>", re.S)


def read_text(text: str, name: str) -> Iterator[Document | Failure]:
    """A plain-text article; a short first line followed by a blank line is its title
    (the seed's format)."""
    if text.lstrip().startswith("<DOC>"):
        yield from read_trec(text, name)
        return
    if not text.strip():
        yield Failure(name, "empty: no text to analyse")
        return
    title = ""
    body = text
    head, sep, rest = text.lstrip("\ufeff").partition("\n")
    if sep and len(head.strip()) <= 300 and rest.lstrip(" \t\r").startswith(("\n", "\r\n")):
        title, body = head, rest
    yield _checked(Article(text=body, title=title, id=Path(name).stem), name)


def read_trec(text: str, name: str) -> Iterator[Document | Failure]:
    """The ANT corpus's TREC-style files: TITLE + ABSTRACT + TEXT form one article."""
    docs = list(_TREC_DOC.finditer(text))
    if not docs:
        yield Failure(name, "no <DOC>…</DOC> record found")
        return
    for number, match in enumerate(docs, 1):
        values = {k: v.strip() for k, v in _TREC_FIELD.findall(match.group(1))}
        if not values.get("TEXT") and not values.get("TITLE"):
            yield Failure(name, f"record {number} has no TEXT or TITLE")
            continue
        article = Article(
            text=values.get("TEXT", ""),
            title=values.get("TITLE", ""),
            abstract=values.get("ABSTRACT", ""),
            id=values.get("DOCNO", ""),
            published=values.get("TIME"),
            source=values.get("SRC"),
            url=values.get("URL"),
            meta={k.lower(): values[k] for k in ("CAT", "AUTHOR") if values.get(k)},
        )
        yield _checked(article, name)


def _pick(record: dict[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value
    return None


def record_to_article(record: dict[str, Any], fields: Fields) -> Article:
    def text_of(names: tuple[str, ...]) -> str:
        value = _pick(record, names)
        return "" if value is None else str(value)

    return Article(
        text=text_of(fields.text),
        title=text_of(fields.title),
        abstract=text_of(fields.abstract),
        id=text_of(fields.id),
        published=_pick(record, fields.published),
        source=_pick(record, fields.source),
        url=_pick(record, fields.url),
        meta={n: record[n] for n in fields.meta if record.get(n) not in (None, "")},
    )


def read_records(
    records: Iterable[tuple[int, dict[str, Any] | Failure]], name: str, fields: Fields
) -> Iterator[Document | Failure]:
    for line, record in records:
        if isinstance(record, Failure):
            yield record
            continue
        article = record_to_article(record, fields)
        if not article.text.strip() and not article.title.strip():
            yield Failure(name, f"no text in fields {', '.join(fields.text)}", line)
            continue
        yield _checked(article, name, line)


def jsonl_records(
    lines: Iterable[str], name: str
) -> Iterator[tuple[int, dict[str, Any] | Failure]]:
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield number, _parse_json_line(line, name, number)


def _parse_json_line(line: str, name: str, number: int) -> dict[str, Any] | Failure:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Failure(name, f"malformed JSON ({exc.msg}, column {exc.colno})", number)
    if not isinstance(record, dict):
        return Failure(name, "a JSON line must be an object", number)
    return record


def csv_records(text: str, name: str) -> Iterator[tuple[int, dict[str, Any] | Failure]]:
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    try:
        for record in reader:
            yield reader.line_num, {k: v for k, v in record.items() if k is not None}
    except csv.Error as exc:
        yield reader.line_num, Failure(name, f"malformed CSV: {exc}", reader.line_num)


def _checked(article: Article, name: str, line: int | None = None) -> Document | Failure:
    size = len(article.text) + len(article.title) + len(article.abstract)
    if size > MAX_ARTICLE_CHARS:
        return Failure(
            name,
            f"too long for one article ({size:,} characters, limit {MAX_ARTICLE_CHARS:,}); "
            "split it into articles, e.g. one JSON object per line",
            line,
        )
    document = to_document(article)
    if not document.text.strip():
        return Failure(name, "no text left after cleaning", line)
    if not _ARABIC.search(document.text):
        document.meta.setdefault("warnings", []).append("no Arabic text found")
    return document


# --- entry points ------------------------------------------------------------------------


def _is_gzip(path: Path) -> bool:
    return path.suffix.lower() == ".gz"


def _base_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def read_bytes(
    data: bytes, name: str, fmt: str = "", fields: Fields | None = None
) -> Iterator[Document | Failure]:
    """Documents from the bytes of one input. `fmt` is a file suffix (".jsonl",
    ".csv", ".txt"…); empty means guess from the content."""
    fields = fields or Fields()
    try:
        text = decode(data)
    except ReadError as exc:
        yield Failure(name, str(exc))
        return
    if not fmt:
        stripped = text.lstrip()
        fmt = ".jsonl" if stripped.startswith("{") else ".txt"
    if fmt in (".jsonl", ".ndjson"):
        yield from read_records(jsonl_records(text.splitlines(), name), name, fields)
    elif fmt == ".json":
        yield from _read_json(text, name, fields)
    elif fmt == ".csv":
        yield from read_records(csv_records(text, name), name, fields)
    elif fmt in (".trec", ".xml", ".sgml"):
        yield from read_trec(text, name)
    else:
        yield from read_text(text, name)


def _read_json(text: str, name: str, fields: Fields) -> Iterator[Document | Failure]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # Many ".json" files are really JSON Lines.
        if exc.msg == "Extra data":
            yield from read_records(jsonl_records(text.splitlines(), name), name, fields)
        else:
            yield Failure(name, f"malformed JSON ({exc.msg}, line {exc.lineno})")
        return
    items = data if isinstance(data, list) else [data]
    records = [
        (i, item if isinstance(item, dict) else Failure(name, f"item {i} is not an object"))
        for i, item in enumerate(items, 1)
    ]
    yield from read_records(records, name, fields)


def read_path(path: Path, fields: Fields | None = None) -> Iterator[Document | Failure]:
    """Documents from one file. JSONL(.gz) is streamed line by line, so a large
    corpus file never sits in memory whole."""
    name = str(path)
    fields = fields or Fields()
    fmt = _base_suffix(path)
    try:
        if fmt in (".jsonl", ".ndjson") and _is_gzip(path):
            yield from _read_jsonl_gz(path, name, fields)
            return
        data = _read_file(path)
    except ReadError as exc:
        yield Failure(name, str(exc))
        return
    except OSError as exc:
        yield Failure(name, exc.strerror or str(exc))
        return
    yield from read_bytes(data, name, fmt if fmt in _KNOWN_FORMATS else "", fields)


_KNOWN_FORMATS = (".jsonl", ".ndjson", ".json", ".csv", ".trec", ".xml", ".sgml", ".txt")


def _read_file(path: Path) -> bytes:
    if path.is_dir():
        raise ReadError("is a folder (pass the files inside it)")
    if not _is_gzip(path):
        return path.read_bytes()
    try:
        with gzip.open(path, "rb") as stream:
            return stream.read()
    except (OSError, EOFError, zlib.error) as exc:
        raise ReadError(f"corrupt gzip file ({exc})") from None


def _read_jsonl_gz(path: Path, name: str, fields: Fields) -> Iterator[Document | Failure]:
    with gzip.open(path, "rb") as stream:
        yield from read_records(_jsonl_stream(stream, name), name, fields)


def _jsonl_stream(stream: BinaryIO, name: str) -> Iterator[tuple[int, dict[str, Any] | Failure]]:
    number = 0
    try:
        for raw in stream:
            number += 1
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                yield number, Failure(name, "line is not UTF-8", number)
                continue
            yield number, _parse_json_line(line, name, number)
    except (OSError, EOFError, zlib.error) as exc:
        yield (
            number + 1,
            Failure(name, f"corrupt gzip data after line {number} ({exc})", number + 1),
        )
