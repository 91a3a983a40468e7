"""Cleaning and artifact repair, with an offset map back to the raw input.

One regular-expression pass finds every region to rewrite; the text between them is
copied unchanged. Each rewrite leaves two anchors (clean offset, raw offset), so any
offset in the clean text maps back to the raw input with a binary search, and the
cost stays linear in the input however large it is.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

_ARABIC_LETTER = "\u0621-\u064a\u066e-\u06d3"
_OPENERS = "\"'«“„("
_CLOSERS = "\"'»”)"

# Characters that carry no text: tatweel, zero-width and bidi controls, BOM, and C0
# controls other than tab and newline (NUL included).
_INVISIBLE = (
    "\u0640\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u061c\x00-\x08\x0b\x0c\x0e-\x1f\x7f"
)

# A tatweel after a proclitic that stands before a digit, a quotation mark or a Latin
# word separates them ("بـ7", "لـ\"رويترز\"", "الـCIA"): it is kept, as the article
# shows it. (Each look-behind has a fixed width, so the clitics are listed by length.)
_WORD_START = "(?<![^\\s\"'«“(])"
_CLITIC_TATWEEL = (
    "(?:"
    + "|".join(
        f"(?<={_WORD_START}{clitic})"
        for clitic in ("[بلكوف]", "[وف][بلك]", "ال", "[وفبكل]ال", "لل", "[وف]لل")
    )
    + f")\u0640+(?=[^\\s\u0640{_ARABIC_LETTER}])"
)

_RULES: list[tuple[str, str]] = [
    # The seed's artifact: paragraphs glued with "., " become paragraph breaks.
    (
        "para",
        # Invisible characters around the join go with it (a bidi mark before the dot).
        rf"(?<=[{_ARABIC_LETTER}\u064b-\u0652\u0660-\u06690-9\ufb50-\ufdff\ufe70-\ufefe{_CLOSERS}])[{_INVISIBLE}]*\.,[ \t]+[{_INVISIBLE}]*(?=[{_ARABIC_LETTER}\ufb50-\ufdff\ufe70-\ufefe{_OPENERS}])",
    ),
    ("entity", r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});"),
    ("presentation", "[\ufb50-\ufdff\ufe70-\ufefe]+"),
    ("compose", "[\u0600-\u06ff][\u0653-\u0655]|[A-Za-z][\u0300-\u036f]+"),
    ("surrogate", "[\ud800-\udfff]"),
    ("clitic_tatweel", _CLITIC_TATWEEL),
    ("invisible", f"[{_INVISIBLE}]+"),
    (
        "newline",
        r"[ \t\u00a0\r\n\u2028\u2029\u0085]*[\r\n\u2028\u2029\u0085][ \t\u00a0\r\n\u2028\u2029\u0085]*",
    ),
    (
        "space",
        r"\A +| +\Z|[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]",
    ),
]
_HTML_RULES: list[tuple[str, str]] = [
    ("block_tag", r"<(?:br|p|/p|div|/div|li|/li|h[1-6]|/h[1-6]|tr|/tr)\b[^<>]{0,500}>"),
    ("tag", r"<!--.*?-->|</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]{0,500}>"),
]
_HTML_HINT = re.compile(
    r"</?(?:p|br|div|span|a|b|i|strong|em|li|ul|h[1-6]|table|html|body)\b", re.I
)


def _compile(rules: list[tuple[str, str]]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in rules), re.S)


# One alternation of every rule is slow (each position tries them all), and most
# texts need two or three rules; a cheap scan per rule picks those that can fire.
_TRIGGERS: dict[str, re.Pattern[str]] = {
    "para": re.compile(r"\.,"),
    "entity": re.compile("&"),
    "presentation": re.compile("[\ufb50-\ufdff\ufe70-\ufefe]"),
    "compose": re.compile("[\u0653-\u0655\u0300-\u036f]"),
    "surrogate": re.compile("[\ud800-\udfff]"),
    "clitic_tatweel": re.compile("\u0640"),
    "invisible": re.compile(f"[{_INVISIBLE}]"),
    "newline": re.compile("[\r\n\u2028\u2029\u0085]"),
    "space": re.compile(
        r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]|\A | \Z"
    ),
}


@lru_cache(maxsize=512)
def _pattern_for(names: tuple[str, ...]) -> re.Pattern[str]:
    rules = dict(_HTML_RULES + _RULES)
    return _compile([(name, rules[name]) for name in names])


def _active_rules(raw: str, is_html: bool) -> tuple[str, ...]:
    names = tuple(name for name, _ in _RULES if _TRIGGERS[name].search(raw))
    return (*(name for name, _ in _HTML_RULES), *names) if is_html else names


@dataclass(slots=True)
class Cleaned:
    """Clean text plus the anchors that map its offsets back to the raw input."""

    text: str
    clean_anchors: list[int] = field(default_factory=list)
    raw_anchors: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_raw(self, offset: int) -> int:
        """The raw-input offset of a clean-text offset. Inside a rewritten region it
        is the start of that region in the raw input."""
        anchors = self.clean_anchors
        i = bisect_right(anchors, offset) - 1
        if i < 0:
            return offset
        if i + 1 < len(anchors) and anchors[i + 1] - anchors[i] != (
            self.raw_anchors[i + 1] - self.raw_anchors[i]
        ):
            return self.raw_anchors[i]
        return self.raw_anchors[i] + (offset - anchors[i])

    def anchors(self) -> list[list[int]]:
        return [[c, r] for c, r in zip(self.clean_anchors, self.raw_anchors, strict=True)]


def _replacement(kind: str, match: str, at_edge: bool) -> str:
    if kind == "para":
        return ".\n"
    if kind == "newline":
        return "" if at_edge else "\n"
    if kind == "space":
        return "" if at_edge else " "
    if kind == "entity":
        return html.unescape(match)
    if kind in ("presentation", "compose"):
        return unicodedata.normalize("NFKC" if kind == "presentation" else "NFC", match)
    if kind == "surrogate":
        return "\ufffd"
    if kind == "clitic_tatweel":
        return "\u0640"
    if kind == "block_tag":
        return "" if at_edge else "\n"
    return ""  # invisible characters and inline tags


def clean(raw: str) -> Cleaned:
    """Repair and normalise `raw` for analysis. Diacritics are kept; see
    `rasd.text.normalize` for matching keys."""
    is_html = _HTML_HINT.search(raw, 0, 100_000) is not None
    active = _active_rules(raw, is_html)
    if not active:
        return Cleaned(raw)
    result, counts = _rewrite(raw, _pattern_for(active))
    # Removing a tag or an invisible character can leave a space at a line edge or a
    # doubled break; a second whitespace-only pass settles it, and its anchors are
    # composed with the first.
    if (is_html or "invisible" in counts) and _LEFTOVER_SPACE.search(result.text):
        second, _ = _rewrite(result.text, _WHITESPACE)
        second.clean_anchors, second.raw_anchors = _compose(second, result)
        result = second
    if counts.get("surrogate"):
        result.warnings.append(f"{counts['surrogate']} unpaired surrogate(s) replaced by U+FFFD")
    if "\x00" in raw:
        result.warnings.append("NUL bytes removed")
    return result


_WHITESPACE = _compile([r for r in _RULES if r[0] in ("newline", "space")])
_LEFTOVER_SPACE = re.compile(r" \n|\n |\A[ \n]|[ \n]\Z|\n\n|  ")


def _rewrite(raw: str, pattern: re.Pattern[str]) -> tuple[Cleaned, dict[str, int]]:
    out: list[str] = []
    result = Cleaned("")
    counts: dict[str, int] = {}
    pos = length = 0  # raw offset copied so far, clean length so far
    for m in pattern.finditer(raw):
        kind = m.lastgroup or ""
        a, b = m.span()
        if a > pos:
            out.append(raw[pos:a])
            length += a - pos
        replacement = _replacement(kind, m.group(), at_edge=length == 0 or b == len(raw))
        result.clean_anchors += [length, length + len(replacement)]
        result.raw_anchors += [a, b]
        out.append(replacement)
        length += len(replacement)
        counts[kind] = counts.get(kind, 0) + 1
        pos = b
    out.append(raw[pos:])
    result.text = "".join(out)
    return result, counts


def _compose(outer: Cleaned, inner: Cleaned) -> tuple[list[int], list[int]]:
    """Anchors of `inner` then `outer` applied in turn, mapping to the first raw input.
    Pairs are kept, not points: a deletion ("ـ" removed) is two anchors at one clean
    offset with different raw offsets, and both must survive the composition."""
    pairs = {
        (_inverse(outer, c), r) for c, r in zip(inner.clean_anchors, inner.raw_anchors, strict=True)
    }
    pairs |= {
        (c, inner.to_raw(r)) for c, r in zip(outer.clean_anchors, outer.raw_anchors, strict=True)
    }
    ordered = sorted(pairs)
    return [c for c, _ in ordered], [r for _, r in ordered]


def _inverse(cleaned: Cleaned, raw_offset: int) -> int:
    """The clean offset of a raw offset; inside a rewritten region it stays within
    the region's replacement."""
    i = bisect_right(cleaned.raw_anchors, raw_offset) - 1
    if i < 0:
        return raw_offset
    mapped = cleaned.clean_anchors[i] + raw_offset - cleaned.raw_anchors[i]
    if i + 1 < len(cleaned.clean_anchors):
        mapped = min(mapped, cleaned.clean_anchors[i + 1])
    return max(cleaned.clean_anchors[i], mapped)
