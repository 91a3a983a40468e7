"""What the store's queries return: small frozen records, easy to turn into JSON
(`dataclasses.asdict`) for the API."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class AddResult:
    added: int = 0
    present: int = 0  # already in the store (same text, or same URL)
    failed: int = 0

    def __add__(self, other: AddResult) -> AddResult:
        return AddResult(
            self.added + other.added, self.present + other.present, self.failed + other.failed
        )


@dataclass(frozen=True, slots=True)
class FailureRecord:
    source: str
    line: int | None
    reason: str
    at: str  # UTC timestamp of when it was recorded


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: str
    title: str
    published: str | None
    source: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    title: str
    published: str | None
    source: str | None
    snippet_html: str  # HTML-escaped text, matches wrapped in <mark>
    score: float  # BM25 relevance, higher is better (0 when browsing without words)
    url: str | None = None


@dataclass(frozen=True, slots=True)
class SearchPage:
    total: int
    hits: list[Hit] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class EntityCount:
    name: str  # the most frequent written form of the canonical name
    key: str  # the normalised key that merges spellings
    label: str
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class QuoteRow:
    doc_id: str
    title: str
    published: str | None
    text: str
    kind: str
    speaker: str | None  # as written in the article
    speaker_canonical: str | None  # the merged name across the corpus
    cue: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EventRow:
    doc_id: str
    title: str
    published: str | None
    type: str
    text: str
    source: str | None
    source_canonical: str | None
    target: str | None
    target_canonical: str | None
    where: str | None
    when: str | None
    start: int
    end: int
    day: str | None = None  # the event's own date, when its time expression resolved
    attrs: dict[str, Any] = field(default_factory=dict)  # dead, injured, negated, trigger…
    news_source: str | None = None  # the article's source (site, agency)
    url: str | None = None  # the article's address
    source_code: str | None = None  # the source actor's code: country + role (RUSGOV)
    source_country: str | None = None  # ISO 3166 alpha-3
    target_code: str | None = None
    target_country: str | None = None
    place_country: str | None = None
    lat: float | None = None  # the place's coordinates, when the gazetteer has them
    lon: float | None = None
    quad_class: int | None = None  # PLOVER quad class: 1 verbal coop. … 4 material conflict
    relevance: float | None = None  # ASSAULT, PROTEST: how likely a specific, new event


@dataclass(frozen=True, slots=True)
class Node:
    id: str  # the name key
    name: str
    weight: int  # events the actor takes part in


@dataclass(frozen=True, slots=True)
class Edge:
    source: str  # Node.id of the actor
    target: str  # Node.id of the one acted upon
    weight: int
    types: dict[str, int] = field(default_factory=dict)  # PLOVER type → count


@dataclass(frozen=True, slots=True)
class Network:
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class StoryDocument:
    id: str
    title: str
    published: str | None
    source: str | None
    duplicate_of: str | None  # id of an earlier near-identical article, if any


@dataclass(frozen=True, slots=True)
class Story:
    id: str  # the id of its first article
    title: str  # the title of its most central article
    size: int
    first: str | None
    last: str | None
    sources: list[str] = field(default_factory=list)
    documents: list[StoryDocument] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Period:
    since: str  # first day, YYYY-MM-DD
    until: str  # last day, inclusive


@dataclass(frozen=True, slots=True)
class StoriesPage:
    """Stories of one period, with the periods of the same length around it that
    hold articles (None at either end of the corpus), for paging through time."""

    period: Period | None  # None: the store has no dated article
    stories: list[Story] = field(default_factory=list)
    earlier: Period | None = None
    later: Period | None = None
