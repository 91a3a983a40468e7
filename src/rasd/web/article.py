"""The article page's view model: a `Document`'s layers turned into plain pieces of text.

Entities, quotations, speakers and cues may nest or overlap, so the text of each
paragraph is cut at every annotation boundary into pieces, and each piece records
which annotations cover it. The template then writes one element per piece with
Jinja's autoescaping: no HTML is ever built from the article's content here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from rasd.document import Document, Entity, Event, Mention, Quote, Span


@dataclass(slots=True)
class QuoteView:
    number: int  # 1-based, as shown on the page
    start: int  # the offset other pages link to (#q-START)
    kind: str
    text: str
    speaker: str | None  # the name a speaker page is looked up by
    speaker_text: str | None  # the words that name the speaker in this article
    cue: str | None


@dataclass(slots=True)
class EventView:
    number: int  # 1-based, as shown on the page
    start: int
    type: str
    evidence: str
    source: str | None
    target: str | None
    where: str | None
    when: str | None
    date: str | None


@dataclass(slots=True)
class Piece:
    text: str
    entity: Entity | None = None
    entity_title: str = ""
    quote: int | None = None  # QuoteView.number covering this piece
    quote_start: QuoteView | None = None  # set on the first piece of a quotation
    event_starts: list[EventView] = field(default_factory=list)  # evidence starting here
    speaker: bool = False
    cue: bool = False

    @property
    def classes(self) -> str:
        names = []
        if self.entity is not None:
            names += ["ent", f"ent-{self.entity.label}"]
        if self.quote is not None:
            names.append("quote")
        if self.speaker:
            names.append("speaker")
        if self.cue:
            names.append("cue")
        return " ".join(names)


@dataclass(slots=True)
class ArticleView:
    doc: Document
    heading: list[Piece] | None  # the title paragraph, when the text starts with it
    paragraphs: list[list[Piece]]
    quotes: list[QuoteView] | None
    events: list[EventView] | None
    summary: list[str] | None
    keyphrases: list[str] | None
    entity_counts: dict[str, int] = field(default_factory=dict)


def mention_text(doc: Document, mention: Mention | None) -> str | None:
    return None if mention is None else doc.slice(mention)


def mention_name(doc: Document, mention: Mention | None) -> str | None:
    """The canonical name when the pipeline resolved one, else the words of the text."""
    if mention is None:
        return None
    return " ".join((mention.canonical or doc.slice(mention)).split())


def _quote_view(doc: Document, number: int, quote: Quote) -> QuoteView:
    return QuoteView(
        number=number,
        start=quote.start,
        kind=quote.kind,
        text=doc.slice(quote),
        speaker=mention_name(doc, quote.speaker),
        speaker_text=mention_text(doc, quote.speaker),
        cue=mention_text(doc, quote.cue),
    )


def _event_view(doc: Document, number: int, event: Event) -> EventView:
    date = event.when.attrs.get("date") if event.when is not None else None
    return EventView(
        number=number,
        start=event.start,
        type=event.type,
        evidence=doc.slice(event),
        source=mention_name(doc, event.source),
        target=mention_name(doc, event.target),
        where=mention_name(doc, event.where),
        when=mention_text(doc, event.when),
        date=str(date) if date else None,
    )


def _paragraph_spans(doc: Document) -> list[Span]:
    if doc.paragraphs:
        return list(doc.paragraphs)
    spans, start = [], 0
    for line in doc.text.split("\n"):
        spans.append(Span(start, start + len(line)))
        start += len(line) + 1
    return [s for s in spans if s.end > s.start]


def _pieces(
    doc: Document,
    span: Span,
    entities: list[Entity],
    quotes: list[tuple[QuoteView, Quote]],
    events: list[EventView],
    started: set[int],
) -> list[Piece]:
    cuts = {span.start, span.end} | {ev.start for ev in events}
    marks: list[Entity | Quote | Mention] = [*entities]
    for _, quote in quotes:
        marks.append(quote)
        marks.extend(m for m in (quote.speaker, quote.cue) if m is not None)
    for mark in marks:
        for offset in (mark.start, mark.end):
            if span.start < offset < span.end:
                cuts.add(offset)
    bounds = sorted(cuts)
    starting: dict[int, list[EventView]] = {}
    for ev in events:
        starting.setdefault(ev.start, []).append(ev)
    # sweep: `open_entities` holds the entities that may cover the next piece
    waiting = iter(entities)  # sorted by start
    upcoming = next(waiting, None)
    open_entities: list[Entity] = []
    pieces = []
    for start, end in pairwise(bounds):
        piece = Piece(doc.text[start:end], event_starts=starting.get(start, []))
        while upcoming is not None and upcoming.start <= start:
            open_entities.append(upcoming)
            upcoming = next(waiting, None)
        open_entities = [e for e in open_entities if e.end > start]
        covering = [e for e in open_entities if end <= e.end]
        if covering:
            # the innermost entity decides the colour of nested names
            piece.entity = min(covering, key=lambda e: e.end - e.start)
            piece.entity_title = " · ".join(
                x for x in (piece.entity.label, piece.entity.canonical, piece.entity.role) if x
            )
        for view, quote in quotes:
            if quote.start <= start and end <= quote.end:
                piece.quote = view.number
                if view.number not in started:
                    started.add(view.number)
                    piece.quote_start = view
            for name, mention in (("speaker", quote.speaker), ("cue", quote.cue)):
                if mention is not None and mention.start <= start and end <= mention.end:
                    setattr(piece, name, True)
        pieces.append(piece)
    return pieces


def article_view(doc: Document) -> ArticleView:
    """Everything the article page shows, from the layers the document has."""
    entities = sorted(doc.entities or [], key=lambda e: (e.start, -e.end))
    quote_pairs = [(_quote_view(doc, i, q), q) for i, q in enumerate(doc.quotes or [], 1)]
    event_views = [_event_view(doc, i, ev) for i, ev in enumerate(doc.events or [], 1)]
    paragraphs = []
    started: set[int] = set()  # quotations whose speaker badge is already placed
    for span in _paragraph_spans(doc):
        inside = [e for e in entities if e.start < span.end and e.end > span.start]
        related = [
            (v, q)
            for v, q in quote_pairs
            if any(
                m is not None and m.start < span.end and m.end > span.start
                for m in (q, q.speaker, q.cue)
            )
        ]
        evidence = [ev for ev in event_views if span.start <= ev.start < span.end]
        paragraphs.append(_pieces(doc, span, inside, related, evidence, started))
    heading = None
    if doc.title and paragraphs and doc.text.startswith(doc.title):
        heading = paragraphs.pop(0)
    counts: dict[str, int] = {}
    for entity in entities:
        counts[entity.label] = counts.get(entity.label, 0) + 1
    return ArticleView(
        doc=doc,
        heading=heading,
        paragraphs=paragraphs,
        quotes=None if doc.quotes is None else [v for v, _ in quote_pairs],
        events=None if doc.events is None else event_views,
        summary=None if doc.summary is None else [doc.slice(s) for s in doc.summary],
        keyphrases=None if doc.keyphrases is None else [doc.slice(k) for k in doc.keyphrases],
        entity_counts=dict(sorted(counts.items())),
    )
