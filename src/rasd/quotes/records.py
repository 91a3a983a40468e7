"""Quotations as flat rows and a readable table (speaker | cue | quote), shared by
`rasd quotes` and the corpus store's speaker queries."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from rasd.document import Document, Mention, Quote


def _text(doc: Document, m: Mention | None) -> str | None:
    return doc.slice(m) if m is not None else None


def quote_row(doc: Document, quote: Quote) -> dict[str, Any]:
    """One quotation as a JSON-ready row: the document, speaker (surface and
    canonical), cue, audience, kind and the quoted text with its offsets."""
    speaker = quote.speaker
    return {
        "doc": doc.id,
        "title": doc.title,
        "published": doc.published,
        "speaker": _text(doc, speaker),
        "canonical": speaker.canonical if speaker is not None else None,
        "cue": _text(doc, quote.cue),
        "audience": _text(doc, quote.audience),
        "kind": quote.kind,
        "quote": doc.slice(quote),
        "start": quote.start,
        "end": quote.end,
    }


def quote_rows(doc: Document) -> list[dict[str, Any]]:
    return [quote_row(doc, q) for q in doc.quotes or []]


def speaker_label(row: dict[str, Any]) -> str:
    """ "وزير الخارجية الأميركي جون كيري (جون كيري)": the surface, and the canonical
    name when it differs; "?" when nobody could be found."""
    surface, canonical = row.get("speaker"), row.get("canonical")
    if not surface:
        return "?"
    return f"{surface} ({canonical})" if canonical and canonical != surface else surface


def quotes_table(rows: list[dict[str, Any]], title: str = "") -> Table:
    """speaker | cue | kind | quote, one row per quotation."""
    table = Table(title=title or None, title_justify="left", show_lines=True)
    table.add_column("speaker", overflow="fold", max_width=40)
    table.add_column("cue", overflow="fold", max_width=12)
    table.add_column("kind", max_width=8)
    table.add_column("quote", overflow="fold")
    for row in rows:
        cue = row.get("cue") or ""
        if row.get("audience"):
            cue = f"{cue} ({row['audience']})"
        table.add_row(speaker_label(row), cue, row["kind"], row["quote"])
    return table
