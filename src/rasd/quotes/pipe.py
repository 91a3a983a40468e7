"""The `quotes` stage: fills `Document.quotes`."""

from __future__ import annotations

from rasd.document import Document
from rasd.quotes.extract import QuoteExtractor


class QuoteStage:
    """Pipeline component: quotations with speaker, cue and audience.

    Uses `doc.entities` for speakers' canonical names when the `ner` stage ran;
    works from tokens alone otherwise.
    """

    def __init__(self, extractor: QuoteExtractor | None = None) -> None:
        self.extractor = extractor or QuoteExtractor()

    def __call__(self, doc: Document) -> Document:
        doc.quotes = self.extractor(doc)
        return doc
