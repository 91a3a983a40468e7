"""What the quote tests compare: each quotation's speaker as a reader names it, and
each quotation's extent."""

from __future__ import annotations

from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.quotes.extract import Choice, QuoteExtractor
from rasd.quotes.marks import find_regions


def speakers(doc: Document) -> list[str]:
    """The speaker of each quote: its canonical name, else its surface ("?" for none)."""
    return [
        "?" if q.speaker is None else q.speaker.canonical or doc.slice(q.speaker)
        for q in doc.quotes or []
    ]


def speaker_of(nlp: Pipeline, text: str, start: str) -> str:
    """The speaker of the quote of `text` that starts with `start` (canonical, else
    surface)."""
    doc = nlp.analyze(text)
    for name, q in zip(speakers(doc), doc.quotes or [], strict=True):
        if doc.slice(q).startswith(start):
            return name
    raise AssertionError(f"no quote starts with {start!r}: {quote_texts(doc)}")


def quote_texts(doc: Document) -> list[str]:
    """The text of each quote."""
    return [doc.slice(q) for q in doc.quotes or []]


def choices(nlp: Pipeline, text: str) -> tuple[Document, list[Choice]]:
    """The analysed text and the quote extractor's speaker choices in it."""
    doc = nlp.analyze(text)
    return doc, QuoteExtractor().choices(doc)


def quoted_regions(doc: Document) -> list[str]:
    """The text inside each pair of quotation marks the text stage's output holds, and
    "orphan:<mark>" for a closing mark without its opener."""
    out = []
    for r in find_regions(doc.text, doc.tokens, doc.paragraphs):
        if r.opener is None:
            out.append(f"orphan:{doc.text[doc.tokens[r.last].start : doc.tokens[r.last].end]}")
            continue
        out.append(doc.text[doc.tokens[r.first].start : doc.tokens[r.last - 1].end])
    return out


def cued_quotes(nlp: Pipeline, text: str) -> list[tuple[str, str]]:
    """(cue, quotation) for each quotation of `text` that has a cue."""
    doc = nlp(Document(text=text))
    return [(doc.text[q.cue.start : q.cue.end], doc.slice(q)) for q in doc.quotes or [] if q.cue]
