"""Jinja filters for the pages: safe search snippets, Arabic names of labels and types."""

from __future__ import annotations

import html
import re
from typing import Any

from jinja2 import Environment
from markupsafe import Markup, escape

ENTITY_LABELS = {"PER": "شخص", "ORG": "منظمة", "LOC": "مكان", "MISC": "أخرى"}

# The 18 PLOVER event types (Halterman et al. 2023), in PLOVER's order, with Arabic names
EVENT_TYPES = {
    "AGREE": "اتفاق",
    "CONSULT": "تشاور",
    "SUPPORT": "دعم",
    "CONCEDE": "تنازل",
    "COOPERATE": "تعاون",
    "AID": "مساعدة",
    "RETREAT": "انسحاب",
    "INVESTIGATE": "تحقيق",
    "DEMAND": "مطالبة",
    "DISAPPROVE": "استنكار",
    "REJECT": "رفض",
    "THREATEN": "تهديد",
    "SANCTION": "عقوبات",
    "PROTEST": "احتجاج",
    "CRIME": "جريمة",
    "MOBILIZE": "حشد",
    "COERCE": "إكراه",
    "ASSAULT": "اعتداء",
}

_MARK = re.compile(r"(</?mark>)")


def snippet(value: str | None) -> Markup:
    """A search snippet with only its `<mark>` tags kept as HTML.

    Whatever the store wrote, every other character is escaped again here (after
    unescaping once, so text the store already escaped is not shown as `&amp;lt;`).
    """
    if not value:
        return Markup("")
    out = []
    depth = 0
    for part in _MARK.split(value):
        if part == "<mark>":
            depth += 1
            out.append(Markup("<mark>"))
        elif part == "</mark>":
            if depth:
                depth -= 1
                out.append(Markup("</mark>"))
        else:
            out.append(escape(html.unescape(part)))
    out.extend(Markup("</mark>") for _ in range(depth))
    return Markup("").join(out)


def day(value: Any) -> str:
    return str(value)[:10] if value else ""


def entity_label(label: str | None) -> str:
    return ENTITY_LABELS.get(label or "", label or "")


def event_label(kind: str | None) -> str:
    name = EVENT_TYPES.get(kind or "")
    return f"{name} ({kind})" if name else kind or ""


def install(env: Environment) -> None:
    env.filters.update(snippet=snippet, day=day, entity_label=entity_label, event_label=event_label)
    env.globals.update(ENTITY_LABELS=ENTITY_LABELS, EVENT_TYPES=EVENT_TYPES)
