"""What the quote tests compare: each quotation's speaker as a reader names it, and
each quotation's extent."""

from __future__ import annotations

from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.quotes.extract import Choice, QuoteExtractor


def speakers(doc: Document) -> list[str]:
    """The speaker of each quote: its canonical name, else its surface ("?" for none)."""
    return [
        "?" if q.speaker is None else q.speaker.canonical or doc.slice(q.speaker)
        for q in doc.quotes or []
    ]


def quote_texts(doc: Document) -> list[str]:
    """The text of each quote."""
    return [doc.slice(q) for q in doc.quotes or []]


def choices(nlp: Pipeline, text: str) -> tuple[Document, list[Choice]]:
    """The analysed text and the quote extractor's speaker choices in it."""
    doc = nlp.analyze(text)
    return doc, QuoteExtractor().choices(doc)
