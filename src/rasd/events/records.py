"""Events as rows for people and as PLOVER records for machines.

Library functions, so the command line, the corpus store and the web pages render
events the same way: `event_row` (a flat dict for a table), `plover_record` (the
PLOVER JSON field names: id, date, actor, recipient, event, event_loc, event_text,
quad_code, text_info, cite_info, dead/injured/arrested…) and `events_table`.
"""

from __future__ import annotations

from typing import Any

from rich.table import Table

from rasd.document import Document, Event, Mention

CODER = "rasd-events"
CODEBOOK = "plover-base (PLOVER 2021 categories)"
QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT", "INVESTIGATE"), 2),
    **dict.fromkeys(("DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION"), 3),
    **dict.fromkeys(("PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}
SIZE_FIELDS = ("dead", "injured", "arrested")


def _text(doc: Document, m: Mention | None) -> str:
    return doc.slice(m) if m is not None else ""


def _actor_label(doc: Document, m: Mention | None) -> str:
    if m is None:
        return ""
    code = m.attrs.get("code")
    name = m.canonical or doc.slice(m)
    return f"{name} [{code}]" if code else name


def event_row(doc: Document, ev: Event) -> dict[str, Any]:
    """One event as flat, readable fields."""
    when = ev.when
    return {
        "document": doc.id,
        "type": ev.type,
        "source": _actor_label(doc, ev.source),
        "target": _actor_label(doc, ev.target),
        "where": (ev.where.canonical or _text(doc, ev.where)) if ev.where else "",
        "when": _text(doc, when),
        "date": (when.attrs.get("date") if when else None) or "",
        "casualties": ", ".join(f"{k} {ev.attrs[k]}" for k in SIZE_FIELDS if k in ev.attrs),
        "negated": bool(ev.attrs.get("negated")),
        # ASSAULT/PROTEST: how likely the sentence reports a specific, new event
        # rather than mentioning one (rasd.events.relevance); None for other types.
        "relevance": ev.attrs.get("relevance"),
        "sentence": ev.sentence,
        "evidence": doc.slice(ev),
    }


def _entity(doc: Document, m: Mention | None) -> list[dict[str, Any]]:
    if m is None:
        return []
    country = m.attrs.get("country")
    role = m.attrs.get("role")
    out: dict[str, Any] = {"entity_text": doc.slice(m)}
    if m.canonical:
        out["identifier_text"] = m.canonical
    if country:
        out["code"] = country
    if role:
        out["sector"] = role
    return [out]


def _event_date(doc: Document, ev: Event) -> str | None:
    date = ev.when.attrs.get("date") if ev.when else None
    if date and len(date) == 10:
        return date
    return doc.published[:10] if doc.published else None


def plover_record(doc: Document, ev: Event, number: int) -> dict[str, Any]:
    """A PLOVER JSON record (field names from the PLOVER manual's JSON tables)."""
    record: dict[str, Any] = {
        "id": f"{doc.id}-{number}",
        "date": _event_date(doc, ev),
        "actor": _entity(doc, ev.source),
        "recipient": _entity(doc, ev.target),
        "event": [ev.type],
        "quad_code": QUAD.get(ev.type),
        "event_text": [doc.slice(ev)],
        "text_info": {"sequence": ev.sentence, "start": ev.start, "end": ev.end},
        "cite_info": {
            "title": doc.title or None,
            "url": doc.url,
            "publication": doc.source,
            "language": "ar",
            "coder": CODER,
            "codebook": CODEBOOK,
        },
        "has_event": not ev.attrs.get("negated", False),
    }
    if ev.when is not None:
        record["time_text"] = doc.slice(ev.when)
    if ev.where is not None:
        loc: dict[str, Any] = {
            "extracted_place": doc.slice(ev.where),
            "resolved_place": ev.where.canonical,
            "country_code": ev.where.attrs.get("country"),
        }
        if "lat" in ev.where.attrs:
            loc["lat"], loc["lon"] = ev.where.attrs["lat"], ev.where.attrs["lon"]
        record["event_loc"] = loc
    for key in SIZE_FIELDS:
        if key in ev.attrs:
            record[key] = ev.attrs[key]
    if ev.attrs.get("cameo"):
        record["comment"] = f"CAMEO {ev.attrs['cameo']}; trigger {ev.attrs.get('trigger', '')}"
    return record


def plover_records(doc: Document) -> list[dict[str, Any]]:
    return [plover_record(doc, ev, i) for i, ev in enumerate(doc.events or [], start=1)]


def events_table(rows: list[dict[str, Any]], title: str | None = None) -> Table:
    """A rich table of `event_row`s."""
    table = Table(title=title, title_justify="left", show_lines=True)
    for column in ("type", "source", "target", "where", "when", "casualties", "evidence"):
        table.add_column(column, overflow="fold")
    for r in rows:
        when = f"{r['when']} ({r['date']})" if r["date"] else r["when"]
        kind = f"{r['type']} (negated)" if r["negated"] else r["type"]
        if r["relevance"] is not None:
            kind += f"\nrelevance {r['relevance']:.2f}"
        evidence = r["evidence"] if len(r["evidence"]) <= 160 else r["evidence"][:157] + "…"
        table.add_row(
            kind,
            r["source"],
            r["target"],
            r["where"],
            when,
            r["casualties"],
            f"[{r['sentence']}] {evidence}",
        )
    return table
