"""Matching one new document against the watches, in memory.

A watch is compiled once (its query parsed into terms, its names into keys); a
document is read once into `Features` from the rows ingest prepares for the
store (`Prepared`: index terms, entities, quotations, events). Each test is then
set membership or a scan of the document's own few rows, so the cost of a watch
depends on the document alone, never on the size of the store.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

import orjson

from rasd.store.query import parse_query
from rasd.store.records import NameRef, Prepared
from rasd.text.normalize import search_key
from rasd.text.search import SearchAnalyzer
from rasd.watch.spec import Watch

EVIDENCE_CHARS = 160  # around the matching words: about a sentence


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: str  # "event" | "quote" | "words" | "entity" | "document"
    start: int | None
    end: int | None
    text: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", " ".join(self.text.split()))


@dataclass(frozen=True, slots=True)
class _Event:
    start: int
    end: int
    type: str
    text: str
    source: str
    target: str
    where: str
    relevance: float | None


@dataclass(slots=True)
class Features:
    """What the watches test in one document."""

    text: str
    title_terms: list[str]
    body_terms: list[str]
    terms: frozenset[str]
    source: str
    entities: list[tuple[int, int, str, str, str | None]]  # start, end, label, key, country
    quotes: list[tuple[int, int, str, str]]  # start, end, text, speaker key
    events: list[_Event]
    places: frozenset[str]  # keys of the places named

    @classmethod
    def of(cls, p: Prepared) -> Features:
        title, body = p.index_title.split(), p.index_body.split()
        return cls(
            text=p.text,
            title_terms=title,
            body_terms=body,
            terms=frozenset(title) | frozenset(body),
            source=(p.source or "").casefold(),
            entities=[(s, e, label, ref.key, c) for s, e, label, ref, c, _ in p.entities],
            quotes=[(s, e, text, _key(sp)) for s, e, _, text, sp, _ in p.quotes],
            events=[_event(row) for row in p.events],
            places=frozenset(ref.key for _, _, label, ref, _, _ in p.entities if label == "LOC"),
        )


def _key(ref: NameRef | None) -> str:
    return ref.key if ref is not None else ""


def _event(row: tuple[object, ...]) -> _Event:
    start, end, type_, text, source, target, where, _when, _day, attrs = row
    relevance = orjson.loads(attrs).get("relevance") if attrs else None  # type: ignore[arg-type]
    return _Event(
        start, end, type_, text, _key(source), _key(target),  # type: ignore[arg-type]
        search_key(where) if where else "", relevance,  # type: ignore[arg-type]
    )  # fmt: skip


def _has_words(key: str, name: str) -> bool:
    """`name` is `key` or sits in it as whole words, as the store's name filters
    read it ("كيري" is in "جون كيري")."""
    return bool(key) and f" {name} " in f" {key} "


def _has_phrase(terms: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    first = phrase[0]
    return any(t == first and tuple(terms[i : i + n]) == phrase for i, t in enumerate(terms))


class CompiledWatch:
    """A watch ready to test documents: `match(features)` → evidence, or None."""

    def __init__(self, watch: Watch, id_: int, after: int, analyzer: SearchAnalyzer) -> None:
        self.watch, self.id, self.after = watch, id_, after
        self._analyzer = analyzer
        parsed = parse_query(watch.query, analyzer) if watch.query else None
        self.groups = parsed.groups if parsed else []
        self.negatives = parsed.negatives if parsed else []
        self.source = (watch.source or "").casefold()
        self.actor = _name_key(watch.actor)
        self.speaker = _name_key(watch.speaker)
        self.place = _name_key(watch.place)
        self.on_events = bool(watch.event_type or watch.actor or watch.min_relevance is not None)

    def match(self, doc: Features) -> Evidence | None:
        w = self.watch
        if self.source and doc.source != self.source:
            return None
        if not all(any(self._present(doc, p) for p in g) for g in self.groups):
            return None
        if any(self._present(doc, p) for p in self.negatives):
            return None
        found: list[Evidence] = []
        if w.country:
            ent = next((e for e in doc.entities if e[4] == w.country), None)
            if ent is None:
                return None
            found.append(Evidence("entity", ent[0], ent[1], doc.text[ent[0] : ent[1]]))
        if self.place and not self.on_events:
            place = self._place(doc)
            if place is None:
                return None
            found.append(place)
        if self.speaker:
            quote = next((q for q in doc.quotes if _has_words(q[3], self.speaker)), None)
            if quote is None:
                return None
            found.append(Evidence("quote", quote[0], quote[1], quote[2]))
        if self.on_events:
            event = next((ev for ev in doc.events if self._event_ok(ev, doc.places)), None)
            if event is None:
                return None
            found.append(Evidence("event", event.start, event.end, event.text))
        if self.groups:
            found.append(self._words(doc))
        return _strongest(found) or _opening(doc.text)

    @staticmethod
    def _present(doc: Features, phrase: tuple[str, ...]) -> bool:
        if len(phrase) == 1:
            return phrase[0] in doc.terms
        if not set(phrase) <= doc.terms:
            return False
        return _has_phrase(doc.title_terms, phrase) or _has_phrase(doc.body_terms, phrase)

    def _event_ok(self, ev: _Event, places: frozenset[str]) -> bool:
        w = self.watch
        if w.event_type and ev.type != w.event_type:
            return False
        if self.actor and not (
            _has_words(ev.source, self.actor) or _has_words(ev.target, self.actor)
        ):
            return False
        if self.place and not self._in_place(ev, places):
            return False
        # Relevance is scored for the types whose mentions are often not reports
        # (ASSAULT, PROTEST); the other types have none to fall short of.
        return w.min_relevance is None or ev.relevance is None or ev.relevance >= w.min_relevance

    def _in_place(self, ev: _Event, places: frozenset[str]) -> bool:
        """The event happened there: its place, or its target when that is a place
        ("قصف دوما": Douma is what was shelled, and where)."""
        if _has_words(ev.where, self.place):
            return True
        return ev.target in places and _has_words(ev.target, self.place)

    def _place(self, doc: Features) -> Evidence | None:
        for s, e, label, key, _ in doc.entities:
            if label == "LOC" and _has_words(key, self.place):
                return Evidence("entity", s, e, doc.text[s:e])
        for ev in doc.events:
            if self._in_place(ev, doc.places):
                return Evidence("event", ev.start, ev.end, ev.text)
        return None

    def _words(self, doc: Features) -> Evidence:
        """The first place in the text where a phrase of the query is found; the
        text is analysed only up to there."""
        wanted = [p for g in self.groups for p in g]
        longest = max(len(p) for p in wanted)
        recent: deque[tuple[int, int, str]] = deque(maxlen=longest)
        for span in self._analyzer.spans(doc.text):
            recent.append(span)
            terms = tuple(t for _, _, t in recent)
            for phrase in wanted:
                if terms[len(terms) - len(phrase) :] == phrase:
                    start, end = recent[len(recent) - len(phrase)][0], span[1]
                    return Evidence("words", start, end, _around(doc.text, start, end))
        return _opening(doc.text)  # unreachable in practice: the index terms are this text's


def _name_key(name: str | None) -> str:
    return " ".join(search_key(name).split()) if name else ""


# Which evidence tells a reader most about why the document matched.
_RANK = {"event": 0, "quote": 1, "words": 2, "entity": 3}


def _strongest(found: list[Evidence]) -> Evidence | None:
    return min(found, key=lambda e: _RANK[e.kind], default=None)


def _opening(text: str) -> Evidence:
    """The start of the document (its title): when the filters name no part of it."""
    end = min(len(text), EVIDENCE_CHARS)
    while end < len(text) and not text[end].isspace():
        end += 1
    return Evidence("document", 0, end, text[:end])


def _around(text: str, start: int, end: int) -> str:
    """The words matched with about a sentence of context, cut at word boundaries."""
    half = max(0, EVIDENCE_CHARS - (end - start)) // 2
    left, right = max(0, start - half), min(len(text), end + half)
    while left > 0 and not text[left - 1].isspace():
        left -= 1
    while right < len(text) and not text[right].isspace():
        right += 1
    return " ".join(text[left:right].split())
