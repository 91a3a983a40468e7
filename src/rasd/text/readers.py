"""Readers: files and streams in, `Document`s (or clear failures) out.

Every reader yields, in input order, either a `Document` or a `Failure` that names
where the problem is (file, line) and why, so a caller can report it and go on:
nothing is dropped silently.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import gzip
import io
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
from rasd.text.limits import (
    MAX_LINE_BYTES,
    InputTooLarge,
    JSONError,
    parse_json,
    read_limited,
    strip_bidi,
)

MAX_FIELD_CHARS = 200_000_000
# A news article is tens of kilobytes; anything past this is a dump or a mistake.
MAX_ARTICLE_CHARS = 2_000_000
# The pipeline holds about 2.6 KB per token, and text such as "،،،" is one token per
# character: this bound keeps one article under 1 GB of memory in any worker.
MAX_ARTICLE_TOKENS = 250_000
_TOKEN_LIKE = re.compile(r"\w+|[^\w\s]")


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
    title = " ".join((strip_bidi(article.title) or "").split())
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
        id=strip_bidi(article.id) or "",
        title=clean_title,
        published=normalize_date(article.published),
        source=strip_bidi(article.source),
        url=strip_bidi(article.url),
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

_TREC_TAG = re.compile(r"<(/?)([A-Z]+)>")


def _trec_records(text: str) -> Iterator[str]:
    """The insides of the <DOC>…</DOC> records, found in one pass (a regex with a
    lazy `.*?` rescans to the end for every unclosed <DOC>: quadratic)."""
    start = text.find("<DOC>")
    while start != -1:
        end = text.find("</DOC>", start + 5)
        if end == -1:
            return
        yield text[start + 5 : end]
        start = text.find("<DOC>", end + 6)


def _trec_fields(record: str) -> dict[str, str]:
    """`<NAME>value</NAME>` pairs, each opening tag matched to the first closing tag
    after it, as `<([A-Z]+)>(.*?)</\\1>` would, but by binary search in the closing
    tags' positions, so unclosed tags cost a lookup each rather than a rescan."""
    opens: list[tuple[int, int, str]] = []
    closes: dict[str, list[tuple[int, int]]] = {}
    for tag in _TREC_TAG.finditer(record):
        if tag.group(1):
            closes.setdefault(tag.group(2), []).append((tag.start(), tag.end()))
        else:
            opens.append((tag.start(), tag.end(), tag.group(2)))
    values: dict[str, str] = {}
    resume = 0
    for start, end, name in opens:
        if start < resume:
            continue  # inside the value of the field before
        ends = closes.get(name, [])
        i = bisect.bisect_left(ends, (end, end))
        if i < len(ends):
            values[name] = record[end : ends[i][0]].strip()
            resume = ends[i][1]
    return values


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
    number = 0
    for number, record in enumerate(_trec_records(text), 1):
        values = _trec_fields(record)
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
    if not number:
        yield Failure(name, "no <DOC>…</DOC> record found")


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

    def text_or_none(names: tuple[str, ...]) -> str | None:
        value = _pick(record, names)
        return None if value is None else str(value)

    return Article(
        text=text_of(fields.text),
        title=text_of(fields.title),
        abstract=text_of(fields.abstract),
        id=text_of(fields.id),
        published=_pick(record, fields.published),
        source=text_or_none(fields.source),
        url=text_or_none(fields.url),
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
    """Records of JSON Lines already decoded (numbered from 1; blank lines skipped)."""
    for number, line in enumerate(lines, 1):
        if line.strip():
            yield number, _parse_json_line(line, name, number)


def _parse_json_line(line: str, name: str, number: int) -> dict[str, Any] | Failure:
    try:
        record = parse_json(line)
    except JSONError as exc:
        return Failure(name, str(exc), number)
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
    tokens = sum(1 for _ in _TOKEN_LIKE.finditer(article.text))
    if tokens > MAX_ARTICLE_TOKENS:
        return Failure(
            name,
            f"too many words and signs for one article ({tokens:,}, limit {MAX_ARTICLE_TOKENS:,})",
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


_JSONL = (".jsonl", ".ndjson")


def read_bytes(
    data: bytes, name: str, fmt: str = "", fields: Fields | None = None
) -> Iterator[Document | Failure]:
    """Documents from the bytes of one input. `fmt` is a file suffix (".jsonl",
    ".csv", ".txt"…); empty means guess from the content."""
    fields = fields or Fields()
    if fmt in _JSONL:
        yield from read_jsonl(io.BytesIO(data), name, fields)
        return
    try:
        text = decode(data)
    except ReadError as exc:
        yield Failure(name, str(exc))
        return
    if not fmt and text.lstrip().startswith("{"):
        yield from read_jsonl(io.BytesIO(data), name, fields)
    elif fmt == ".json":
        yield from _read_json(data, text, name, fields)
    elif fmt == ".csv":
        yield from read_records(csv_records(text, name), name, fields)
    elif fmt in (".trec", ".xml", ".sgml"):
        yield from read_trec(text, name)
    else:
        yield from read_text(text, name)


def _read_json(data: bytes, text: str, name: str, fields: Fields) -> Iterator[Document | Failure]:
    try:
        value = parse_json(text)
    except JSONError as exc:
        # Many ".json" files are really JSON Lines.
        if "after document" in str(exc):
            yield from read_jsonl(io.BytesIO(data), name, fields)
        else:
            yield Failure(name, str(exc))
        return
    items = value if isinstance(value, list) else [value]
    records = [
        (i, item if isinstance(item, dict) else Failure(name, f"item {i} is not an object"))
        for i, item in enumerate(items, 1)
    ]
    yield from read_records(records, name, fields)


def read_path(path: Path, fields: Fields | None = None) -> Iterator[Document | Failure]:
    """Documents from one file. JSON Lines (plain or .gz) are streamed line by
    line, so a large corpus file never sits in memory whole and a bad line fails
    alone; other formats are read whole, up to `MAX_FILE_BYTES`."""
    name = str(path)
    fields = fields or Fields()
    fmt = _base_suffix(path)
    try:
        if path.is_dir():
            raise ReadError("is a folder (pass the files inside it)")
        opener = gzip.open if _is_gzip(path) else open
        with opener(path, "rb") as stream:
            if fmt in _JSONL:
                yield from read_jsonl(stream, name, fields)
                return
            data = read_limited(stream)
    except (ReadError, InputTooLarge) as exc:
        yield Failure(name, str(exc))
        return
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield Failure(name, f"corrupt gzip file ({exc})")
        return
    except OSError as exc:
        yield Failure(name, exc.strerror or str(exc))
        return
    yield from read_bytes(data, name, fmt if fmt in _KNOWN_FORMATS else "", fields)


_KNOWN_FORMATS = (*_JSONL, ".json", ".csv", ".trec", ".xml", ".sgml", ".txt")


def read_jsonl(stream: BinaryIO, name: str, fields: Fields) -> Iterator[Document | Failure]:
    """JSON Lines from a binary stream, one record per line: a malformed, too long
    or wrongly encoded line is a failure of its own and the others are read. The
    encoding is told from the first 8 KB: UTF-16 (with or without BOM) is read as
    text; a binary file is one failure, not one per "line"."""
    yield from read_records(_jsonl_records(stream, name), name, fields)


def _jsonl_records(stream: BinaryIO, name: str) -> Iterator[tuple[int, dict[str, Any] | Failure]]:
    head = stream.read(8192)
    utf16 = _utf16_encoding(head)
    if utf16 is None and _looks_binary(head):
        yield 1, Failure(name, "binary data, not JSON Lines")
        return
    stream.seek(0)
    lines = _text_lines(stream, utf16) if utf16 else _byte_lines(stream)
    number = 0
    try:
        for number, line in enumerate(lines, 1):
            if isinstance(line, Failure):
                yield number, Failure(name, line.reason, number)
            elif line.strip():
                yield number, _parse_json_line(line, name, number)
    except UnicodeDecodeError:
        yield number + 1, Failure(name, f"invalid {utf16} after line {number}", number + 1)
    except (EOFError, zlib.error, gzip.BadGzipFile, OSError) as exc:
        yield (
            number + 1,
            Failure(name, f"corrupt gzip data after line {number} ({exc})", number + 1),
        )


def _utf16_encoding(head: bytes) -> str | None:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _looks_utf16(head):
        return "utf-16-le" if _high_bytes_odd(head) else "utf-16-be"
    return None


_TOO_LONG = f"line longer than {MAX_LINE_BYTES // (1024 * 1024)} MB"


def _byte_lines(stream: BinaryIO) -> Iterator[str | Failure]:
    """Each line decoded on its own (UTF-8, BOM or Windows-1256), read no further
    than `MAX_LINE_BYTES` into memory."""
    while raw := stream.readline(MAX_LINE_BYTES + 1):
        if len(raw) > MAX_LINE_BYTES:
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(MAX_LINE_BYTES)
            yield Failure("", _TOO_LONG)
            continue
        try:
            yield decode(raw)
        except ReadError as exc:
            yield Failure("", f"line {exc}")


def _text_lines(stream: BinaryIO, encoding: str) -> Iterator[str | Failure]:
    text = io.TextIOWrapper(stream, encoding=encoding, newline=None)  # type: ignore[arg-type]
    while line := text.readline(MAX_LINE_BYTES + 1):
        if len(line) > MAX_LINE_BYTES:
            while line and not line.endswith("\n"):
                line = text.readline(MAX_LINE_BYTES)
            yield Failure("", _TOO_LONG)
            continue
        yield line
