"""Inputs of `rasd ingest`: what the user names (files, folders, globs, URLs) turned
into a stream of `Document`s and `Failure`s.

Besides the formats of `rasd.text.readers` (JSONL(.gz), JSON, CSV, ANT/TREC, text),
this reads HTML pages (main text, title, date and author by trafilatura) and
RSS/Atom feeds (feedparser; a file or an http(s) URL), one document per entry.
"""

from __future__ import annotations

import glob
import gzip
import html
import io
import re
import xml.sax
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.text.limits import InputTooLarge, read_limited
from rasd.text.readers import Article, Failure, Fields, read_path, to_document

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FEED_SUFFIXES = (".rss", ".atom", ".feed")
# What a folder is searched for: every format Rasd reads.
KNOWN_SUFFIXES = (
    ".jsonl", ".ndjson", ".json", ".csv", ".txt", ".trec", ".sgml", ".xml",
    *HTML_SUFFIXES, *FEED_SUFFIXES,
)  # fmt: skip
MIN_ARTICLE_WORDS = 20  # below this, what trafilatura finds is navigation, not an article
_FEED_HEAD = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.I)
_TAG = re.compile(r"<[^>]+>")


def _base_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def expand(specs: Iterable[str]) -> Iterator[str | Failure]:
    """Each input named by the user: a URL, a file, every known file in a folder
    (recursively, sorted), or every match of a glob pattern."""
    for spec in specs:
        if is_url(spec):
            yield spec
            continue
        path = Path(spec)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and _base_suffix(p) in KNOWN_SUFFIXES
            )
            if not files:
                yield Failure(spec, "folder holds no file Rasd can read")
            yield from (str(p) for p in files)
        elif path.exists():
            yield spec
        elif glob.has_magic(spec):
            matches = sorted(m for m in glob.glob(spec, recursive=True) if Path(m).is_file())
            if not matches:
                yield Failure(spec, "no file matches this pattern")
            yield from matches
        else:
            yield Failure(spec, "no such file or folder")


def read_source(name: str, fields: Fields | None = None) -> Iterator[Document | Failure]:
    """The documents of one input (as yielded by `expand`)."""
    if is_url(name):
        yield from _read_url(name)
        return
    path = Path(name)
    suffix = _base_suffix(path)
    if suffix in HTML_SUFFIXES:
        yield from _read_local(path, read_html)
    elif suffix in FEED_SUFFIXES or (suffix == ".xml" and _looks_like_feed(path)):
        yield from _read_local(path, read_feed)
    else:
        yield from read_path(path, fields)


def read_sources(
    specs: Iterable[str], fields: Fields | None = None
) -> Iterator[Document | Failure]:
    for item in expand(specs):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_source(item, fields)


def _looks_like_feed(path: Path) -> bool:
    try:
        with _open(path) as stream:
            return bool(_FEED_HEAD.search(stream.read(2048)))
    except (OSError, EOFError):
        return False


def _open(path: Path) -> Any:
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")


def _read_url(url: str) -> Iterator[Document | Failure]:
    """The entries of the feed at `url`, fetched with the follow command's timeouts
    and streamed under its size limit: an endless answer is one failure line."""
    from rasd.watch.fetch import Fetcher, FetchError

    try:
        body = Fetcher().get(url).body
    except FetchError as exc:
        yield Failure(url, f"cannot fetch the feed: {exc}")
        return
    yield from read_feed(body, url)


def _read_local(path: Path, reader: Any) -> Iterator[Document | Failure]:
    try:
        with _open(path) as stream:
            data = read_limited(stream)
    except InputTooLarge as exc:
        yield Failure(str(path), str(exc))
        return
    except (OSError, EOFError, zlib.error) as exc:
        reason = "corrupt gzip file" if path.suffix.lower() == ".gz" else "cannot read"
        yield Failure(str(path), f"{reason} ({exc})")
        return
    yield from reader(data, str(path))


def read_html(data: bytes | str, name: str) -> Iterator[Document | Failure]:
    """The article of an HTML page: main text, title, date and author."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(
            data, with_metadata=True, include_comments=False, include_tables=False
        )
        extracted = result.as_dict() if hasattr(result, "as_dict") else result
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        yield Failure(name, f"cannot parse HTML ({type(exc).__name__})")
        return
    text = (extracted or {}).get("text") or ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        yield Failure(name, "no article found in the HTML page (no main text)")
        return
    meta = {k: extracted[k] for k in ("author", "sitename") if extracted.get(k)}
    article = Article(
        text=text,
        title=extracted.get("title") or "",
        published=extracted.get("date"),
        source=extracted.get("sitename") or extracted.get("hostname"),
        url=extracted.get("url"),
        meta=meta,
    )
    yield _document(article, name)


def _document(article: Article, name: str, line: int | None = None) -> Document | Failure:
    doc = to_document(article)
    if not doc.text.strip():
        return Failure(name, "no text left after cleaning", line)
    return doc


def _plain(markup: str) -> str:
    """Text of a feed's HTML fragment; paragraphs and line breaks become newlines."""
    markup = re.sub(r"(?i)<\s*(br|/p|/div|/li|/h\d)\b[^>]*>", "\n", markup)
    return html.unescape(_TAG.sub(" ", markup))


def read_feed(data: bytes, name: str) -> Iterator[Document | Failure]:
    """One document per entry of an RSS or Atom feed, from its bytes."""
    import feedparser

    try:
        # As a stream: feedparser fetches a URL it is given (with no size limit) and
        # opens bytes that name a file, so a feed answering "/dev/zero" or
        # "/etc/passwd" would be read from this machine.
        feed = feedparser.parse(io.BytesIO(data))
    except Exception as exc:  # feedparser wraps most errors, but not all
        yield Failure(name, f"cannot read the feed ({type(exc).__name__}: {exc})")
        return
    problem = getattr(feed, "bozo_exception", None) if feed.get("bozo") else None
    if not feed.entries or isinstance(problem, xml.sax.SAXException):
        # A malformed feed's entries are the ones read before the error, if any.
        yield Failure(name, f"not a readable RSS/Atom feed ({problem or 'no entries'})")
    site = feed.feed.get("title") or None
    for number, entry in enumerate(feed.entries, 1):
        body = ""
        if entry.get("content"):
            body = entry["content"][0].get("value", "")
        body = body or entry.get("summary", "")
        title = _plain(entry.get("title", ""))
        if not _plain(body).strip() and not title.strip():
            if problem is None:
                yield Failure(name, f"feed entry {number} has no text", number)
            continue
        article = Article(
            text=_plain(body),
            title=title,
            published=entry.get("published") or entry.get("updated"),
            source=site,
            url=entry.get("link"),
            meta={"author": entry["author"]} if entry.get("author") else {},
        )
        yield _document(article, name, number)
