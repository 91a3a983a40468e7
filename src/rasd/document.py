"""The one data model of Rasd: a `Document` and its standoff layers.

Every annotation points into `Document.text` with character offsets `[start, end)`;
no layer copies text except in its JSON form, where `text` is written next to the
offsets for people and checked on loading. The JSON form is versioned
(`rasd.document/1`, see docs/schema.md).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

SCHEMA = "rasd.document/1"

LAYERS = (
    "paragraphs",
    "sentences",
    "tokens",
    "entities",
    "quotes",
    "events",
    "summary",
    "keyphrases",
)


class SchemaError(ValueError):
    """A JSON object is not a valid `rasd.document/1` document."""


@dataclass(slots=True)
class Span:
    """A plain region of the text (a paragraph, a summary sentence, a keyphrase)."""

    start: int
    end: int


@dataclass(slots=True)
class Segment:
    """One morphological piece of a token: a proclitic, the stem or an enclitic.

    `form` is the underlying form where it differs from the surface: in "للأمم" the
    stem covers "لأمم" but its form is "الأمم" (the article's alef was elided).
    """

    start: int
    end: int
    kind: str  # "proclitic" | "stem" | "enclitic"
    form: str | None = None


@dataclass(slots=True)
class Token:
    start: int
    end: int
    kind: str  # "word" | "number" | "punct" | "latin" | "symbol"
    segments: list[Segment] = field(default_factory=list)


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    token_start: int  # index of the first token in `Document.tokens`
    token_end: int  # index one past the last token


@dataclass(slots=True)
class Entity:
    start: int
    end: int
    label: str  # PER | ORG | LOC | MISC
    canonical: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    role: str | None = None  # an apposed title, "وزير الخارجية الأميركي"


@dataclass(slots=True)
class Mention:
    """A stretch of text that fills a role (speaker, cue, actor, place, time)."""

    start: int
    end: int
    canonical: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Quote:
    start: int
    end: int
    kind: str  # "direct" | "indirect"
    cue: Mention | None = None
    speaker: Mention | None = None
    audience: Mention | None = None


@dataclass(slots=True)
class Event:
    start: int  # the evidence span
    end: int
    type: str  # a PLOVER event type
    sentence: int
    source: Mention | None = None
    target: Mention | None = None
    where: Mention | None = None
    when: Mention | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Document:
    text: str
    id: str = ""
    title: str = ""
    published: str | None = None  # ISO 8601 date or datetime
    source: str | None = None
    url: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] | None = None
    quotes: list[Quote] | None = None
    events: list[Event] | None = None
    summary: list[Span] | None = None
    keyphrases: list[Span] | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    def slice(self, span: Any) -> str:
        return self.text[span.start : span.end]

    def sentence_tokens(self, sentence: Sentence) -> list[Token]:
        return self.tokens[sentence.token_start : sentence.token_end]

    def to_dict(self) -> dict[str, Any]:
        return _document_to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        return _document_from_dict(data)


def content_id(text: str) -> str:
    """A stable identifier derived from the text, so the same article gets the same id."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


# --- JSON form -------------------------------------------------------------------

_MENTION_FIELDS = ("speaker", "cue", "audience")
_EVENT_ARGS = ("source", "target", "where", "when")


def _span_dict(text: str, start: int, end: int, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"start": start, "end": end, "text": text[start:end]}
    out.update({k: v for k, v in extra.items() if v is not None and v != {} and v != []})
    return out


def _mention_dict(text: str, m: Mention | None) -> dict[str, Any] | None:
    if m is None:
        return None
    return _span_dict(text, m.start, m.end, canonical=m.canonical, **m.attrs)


def _document_to_dict(doc: Document) -> dict[str, Any]:
    t = doc.text
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "id": doc.id,
        "title": doc.title,
        "published": doc.published,
        "source": doc.source,
        "url": doc.url,
        "meta": doc.meta,
        "text": t,
        "paragraphs": [_span_dict(t, p.start, p.end) for p in doc.paragraphs],
        "sentences": [
            _span_dict(t, s.start, s.end, tokens=[s.token_start, s.token_end])
            for s in doc.sentences
        ],
        "tokens": [
            _span_dict(
                t,
                tok.start,
                tok.end,
                kind=tok.kind,
                segments=[
                    _span_dict(t, g.start, g.end, kind=g.kind, form=g.form) for g in tok.segments
                ],
            )
            for tok in doc.tokens
        ],
    }
    if doc.entities is not None:
        out["entities"] = [
            _span_dict(
                t,
                e.start,
                e.end,
                label=e.label,
                canonical=e.canonical,
                country=e.country,
                role=e.role,
            )
            for e in doc.entities
        ]
    if doc.quotes is not None:
        out["quotes"] = [
            _span_dict(
                t,
                q.start,
                q.end,
                kind=q.kind,
                **{name: _mention_dict(t, getattr(q, name)) for name in _MENTION_FIELDS},
            )
            for q in doc.quotes
        ]
    if doc.events is not None:
        out["events"] = [
            _span_dict(
                t,
                ev.start,
                ev.end,
                type=ev.type,
                sentence=ev.sentence,
                **{name: _mention_dict(t, getattr(ev, name)) for name in _EVENT_ARGS},
                **ev.attrs,
            )
            for ev in doc.events
        ]
    if doc.summary is not None:
        out["summary"] = [_span_dict(t, s.start, s.end) for s in doc.summary]
    if doc.keyphrases is not None:
        out["keyphrases"] = [_span_dict(t, k.start, k.end) for k in doc.keyphrases]
    return out


def _offsets(item: dict[str, Any], text: str, where: str) -> tuple[int, int]:
    try:
        start, end = int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError) as exc:
        raise SchemaError(f"{where}: start and end must be integers") from exc
    if not 0 <= start <= end <= len(text):
        raise SchemaError(f"{where}: offsets [{start}, {end}) outside the text")
    if "text" in item and item["text"] != text[start:end]:
        raise SchemaError(f"{where}: text {item['text']!r} does not match the offsets")
    return start, end


def _mention(item: dict[str, Any] | None, text: str, where: str) -> Mention | None:
    if item is None:
        return None
    start, end = _offsets(item, text, where)
    attrs = {k: v for k, v in item.items() if k not in ("start", "end", "text", "canonical")}
    return Mention(start, end, item.get("canonical"), attrs)


def _document_from_dict(data: dict[str, Any]) -> Document:
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise SchemaError(f"not a {SCHEMA} document (schema={data.get('schema')!r})")
    text = data.get("text")
    if not isinstance(text, str):
        raise SchemaError("text must be a string")
    doc = Document(
        text=text,
        id=data.get("id") or "",
        title=data.get("title") or "",
        published=data.get("published"),
        source=data.get("source"),
        url=data.get("url"),
        meta=dict(data.get("meta") or {}),
    )
    for i, p in enumerate(data.get("paragraphs", [])):
        doc.paragraphs.append(Span(*_offsets(p, text, f"paragraphs[{i}]")))
    for i, s in enumerate(data.get("sentences", [])):
        tok_start, tok_end = s.get("tokens", [0, 0])
        doc.sentences.append(Sentence(*_offsets(s, text, f"sentences[{i}]"), tok_start, tok_end))
    for i, tok in enumerate(data.get("tokens", [])):
        segments = [
            Segment(*_offsets(g, text, f"tokens[{i}].segments[{j}]"), g["kind"], g.get("form"))
            for j, g in enumerate(tok.get("segments", []))
        ]
        doc.tokens.append(Token(*_offsets(tok, text, f"tokens[{i}]"), tok["kind"], segments))
    if "entities" in data:
        doc.entities = [
            Entity(
                *_offsets(e, text, f"entities[{i}]"),
                label=e["label"],
                canonical=e.get("canonical"),
                country=e.get("country"),
                role=e.get("role"),
            )
            for i, e in enumerate(data["entities"])
        ]
    if "quotes" in data:
        doc.quotes = [
            Quote(
                *_offsets(q, text, f"quotes[{i}]"),
                kind=q["kind"],
                **{n: _mention(q.get(n), text, f"quotes[{i}].{n}") for n in _MENTION_FIELDS},
            )
            for i, q in enumerate(data["quotes"])
        ]
    if "events" in data:
        known = {"start", "end", "text", "type", "sentence", *_EVENT_ARGS}
        doc.events = [
            Event(
                *_offsets(ev, text, f"events[{i}]"),
                type=ev["type"],
                sentence=int(ev.get("sentence", 0)),
                **{n: _mention(ev.get(n), text, f"events[{i}].{n}") for n in _EVENT_ARGS},
                attrs={k: v for k, v in ev.items() if k not in known},
            )
            for i, ev in enumerate(data["events"])
        ]
    if "summary" in data:
        doc.summary = [
            Span(*_offsets(s, text, f"summary[{i}]")) for i, s in enumerate(data["summary"])
        ]
    if "keyphrases" in data:
        doc.keyphrases = [
            Span(*_offsets(k, text, f"keyphrases[{i}]")) for i, k in enumerate(data["keyphrases"])
        ]
    return doc
