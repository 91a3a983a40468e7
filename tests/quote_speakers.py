"""What the speaker tests compare: each quotation's speaker as a reader names it."""

from __future__ import annotations

from rasd.document import Document


def speakers(doc: Document) -> list[str]:
    """The speaker of each quote: its canonical name, else its surface ("?" for none)."""
    return [
        "?" if q.speaker is None else q.speaker.canonical or doc.slice(q.speaker)
        for q in doc.quotes or []
    ]
