"""Numbers and casualty counts in Arabic news text ("مقتل 20 شخصا"، "ثلاثة جرحى")."""

from __future__ import annotations

import re

from rasd.text.normalize import match_key

NUM_WORDS = {
    "شخص": 1,
    "واحد": 1,
    "اثنين": 2,
    "اثنان": 2,
    "شخصين": 2,
    "ثلاثة": 3,
    "ثلاث": 3,
    "اربعة": 4,
    "اربع": 4,
    "خمسة": 5,
    "خمس": 5,
    "ستة": 6,
    "ست": 6,
    "سبعة": 7,
    "سبع": 7,
    "ثمانية": 8,
    "ثماني": 8,
    "تسعة": 9,
    "تسع": 9,
    "عشرة": 10,
    "عشر": 10,
    "عشرين": 20,
    "عشرون": 20,
    "ثلاثون": 30,
    "اربعون": 40,
    "خمسون": 50,
    "ستون": 60,
    "سبعون": 70,
    "ثمانون": 80,
    "تسعون": 90,
    "ثلاثين": 30,
    "اربعين": 40,
    "خمسين": 50,
    "ستين": 60,
    "سبعين": 70,
    "ثمانين": 80,
    "تسعين": 90,
    "الف": 1000,
    "الفي": 2000,
    "الفين": 2000,
    "مليون": 1000000,
    "مليوني": 2000000,
    "مئة": 100,
    "مائة": 100,
}


_NUMBER = r"(?:[0-9\u0660-\u0669]+|" + "|".join(sorted(NUM_WORDS, key=len, reverse=True)) + r")"


_QUANT = r"(?:(?:نحو|حوالي|حوالى|اكثر من|أكثر من|ما لا يقل عن|قرابة|زهاء)\s+)?"


_CASUALTY = re.compile(
    rf"(?P<dead>(?:مقتل|قتل|مصرع|استشهاد|سقوط|وفاة)\s+{_QUANT}(?P<n1>{_NUMBER})(?:\s+\S+)?)"
    rf"|(?P<dead2>(?P<n2>{_NUMBER})\s+(?:قتلى|قتيلا|قتيل|شهيدا|شهداء))"
    rf"|(?P<inj>(?:إصابة|اصابة|جرح)\s+{_QUANT}(?P<n3>{_NUMBER}))"
    rf"|(?P<inj2>(?P<n4>{_NUMBER})\s+(?:جرحى|جريحا|مصابا|مصابين))"
    rf"|(?P<arr>(?:اعتقال|توقيف|اعتقل\S*|احتجز\S*|أوقف\S*)\s+(?:\S+\s+){{0,3}}?{_QUANT}(?P<n5>{_NUMBER})\s+(?:شخص|أشخاص|اشخاص|مشتبه|متظاهر|ناشط))"
)


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def number(text: str) -> int | None:
    text = match_key(text).translate(_DIGITS)
    if text.isdigit():
        return int(text)
    return NUM_WORDS.get(text)


def casualties(text: str) -> dict[str, int]:
    """Counts of dead, injured and arrested stated in `text`."""
    out: dict[str, int] = {}
    for m in _CASUALTY.finditer(text):
        for kind, group in (
            ("dead", "n1"),
            ("dead", "n2"),
            ("injured", "n3"),
            ("injured", "n4"),
            ("arrested", "n5"),
        ):
            value = m.group(group)
            n = number(value) if value else None
            if n:
                out[kind] = max(out.get(kind, 0), n)
    return out
