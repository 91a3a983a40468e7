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

# What an error page says, by HTTP status, when the error's own message is not Arabic
ERROR_MESSAGES = {
    400: "الطلب غير مفهوم.",
    401: "هذه الصفحة تتطلب مفتاح الواجهة البرمجية.",
    404: "لا توجد صفحة أو مقال بهذا العنوان.",
    405: "هذه الطريقة غير مدعومة لهذا العنوان.",
    413: "الطلب أكبر من المسموح به.",
    415: "نوع المحتوى غير مدعوم.",
    422: "تعذّر فهم أحد الحقول أو المرشحات: تأكد من كتابة التواريخ بالصيغة YYYY-MM-DD ومن أن تاريخ البداية قبل تاريخ النهاية.",
    500: "حدث خطأ داخلي في الخادم.",
    503: "المدونة غير متاحة الآن: شغّل الخادم مع مدونة (‎--store‎).",
}

_MARK = re.compile(r"(</?mark>)")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


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


def is_arabic(value: Any) -> bool:
    """Whether a message is written in Arabic (has Arabic letters)."""
    return bool(_ARABIC.search(str(value or "")))


def install(env: Environment) -> None:
    env.filters.update(
        snippet=snippet,
        day=day,
        entity_label=entity_label,
        event_label=event_label,
        is_arabic=is_arabic,
    )
    env.globals.update(
        ENTITY_LABELS=ENTITY_LABELS, EVENT_TYPES=EVENT_TYPES, ERROR_MESSAGES=ERROR_MESSAGES
    )
