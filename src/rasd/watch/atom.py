"""An Atom feed (RFC 4287) per watch: its latest alerts, and its spikes as entries
of their own, so any feed reader subscribes to a watch."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime
from urllib.parse import quote

from rasd.watch.spikes import Day
from rasd.watch.storage import Alert, SavedWatch, now

ATOM = "http://www.w3.org/2005/Atom"


def _stamp(value: str | None) -> str | None:
    """An RFC 3339 date-time, or None for what is not a date."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if len(value) == 10:
        moment = datetime.combine(date.fromisoformat(value), datetime.min.time())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat()


def _add(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    element.text = text
    return element


def spike_title(day: Day) -> str:
    return f"ارتفاع غير معتاد: {day.count} تنبيهات يوم {day.day} (المعتاد {day.baseline:g})"


def watch_feed(saved: SavedWatch, alerts: list[Alert], days: list[Day], base: str) -> bytes:
    """The feed of one watch; `base` is the server's URL (links are absolute)."""
    ET.register_namespace("", ATOM)
    name = saved.watch.name
    page = f"{base}/watches/{quote(name)}"
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "ar"})
    _add(feed, "id", f"{page}.atom")
    _add(feed, "title", f"رصد · {name}")
    _add(feed, "subtitle", saved.watch.describe())
    _add(feed, "updated", _stamp(alerts[0].created if alerts else saved.created) or now())
    _add(feed, "link", rel="self", href=f"{page}.atom", type="application/atom+xml")
    _add(feed, "link", rel="alternate", href=page, type="text/html")
    _add(_add(feed, "author"), "name", "Rasd")
    spikes = {d.day: d for d in days if d.spike}
    for day in sorted(spikes.values(), key=lambda d: d.day, reverse=True):
        entry = _add(feed, "entry")
        _add(entry, "id", f"{page}#spike-{day.day}")
        _add(entry, "title", spike_title(day))
        _add(entry, "updated", _stamp(day.day) or now())
        _add(entry, "link", href=f"{page}#day-{day.day}")
        _add(entry, "category", term="spike")
        _add(entry, "summary", f"المعتاد في الأيام الثلاثين السابقة: {day.baseline:g} في اليوم")
    for alert in alerts:
        entry = _add(feed, "entry")
        _add(entry, "id", f"{page}#alert-{alert.id}")
        flag = "⚠ " if alert.day in spikes else ""
        _add(entry, "title", flag + (alert.title or alert.doc_id))
        _add(entry, "updated", _stamp(alert.created) or now())
        published = _stamp(alert.published)
        if published:
            _add(entry, "published", published)
        _add(entry, "link", href=alert.url or f"{base}/article/{quote(alert.doc_id)}")
        _add(entry, "category", term=alert.kind)
        if alert.day in spikes:
            _add(entry, "category", term="spike")
        _add(entry, "summary", alert.evidence)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
