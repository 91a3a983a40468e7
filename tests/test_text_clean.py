"""Cleaning: artifact repair, normalisation and the offset map back to the raw input."""

from __future__ import annotations

import string

from hypothesis import example, given
from hypothesis import strategies as st

from rasd.text.clean import clean
from rasd.text.normalize import match_key, search_key

ARABIC = "".join(chr(c) for c in range(0x0621, 0x064B))
PIECES = [
    *list(ARABIC + string.ascii_letters + string.digits + ' \n\t.,،"«»&;<>'),
    "ـ",
    "\u200f",
    "\ufeff",
    "\x00",
    "ﻻ",
    "َ",
    "&amp;",
    "., ",
    "<p>",
]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=200).map("".join)


def test_seed_paragraphs_are_repaired(seed_path):
    raw = seed_path.read_text(encoding="utf-8")
    cleaned = clean(raw)
    assert "., " not in cleaned.text
    lines = cleaned.text.split("\n")
    assert len(lines) == 1 + 17  # the title line, then the 17 paragraphs of the body
    assert all(line.strip() == line and line for line in lines)
    # Each paragraph ends where the raw input had its ".," join.
    for line_end in [i for i, ch in enumerate(cleaned.text) if ch == "\n"][1:]:
        raw_at = cleaned.to_raw(line_end - 1)
        assert raw[raw_at : raw_at + 3] == "., "


def test_invisible_characters_and_forms():
    raw = "سو\u0640ريا\u200f \ufefb \u0627\u0654 A&amp;B &quot;نص&quot;"
    assert clean(raw).text == 'سوريا لا أ A&B "نص"'


def test_diacritics_are_kept_in_text_and_dropped_by_keys():
    text = clean("سُورِيَا").text
    assert text == "سُورِيَا"
    assert match_key(text) == "سوريا"
    assert search_key("أمريكا مستشفى ١٢٣ سورية") == "امريكا مستشفي 123 سوريه"


def test_html_fragment_keeps_text_only():
    cleaned = clean("<div><p>قال <b>المتحدث</b> إن</p><p>الثاني</p></div>")
    assert cleaned.text == "قال المتحدث إن\nالثاني"


def test_nul_bytes_and_surrogates_are_reported_not_dropped_silently():
    cleaned = clean("نص\x00آخر\ud800")
    assert cleaned.text == "نصآخر\ufffd"
    assert any("NUL" in w for w in cleaned.warnings)
    assert any("surrogate" in w for w in cleaned.warnings)


@given(TEXTS)
# a deletion and a tag removed by the first pass, then a space by the second
@example(raw="., <p>ءآـ")
@example(raw="., <p><p>ء")
def test_offset_map_points_back_to_the_same_letters(raw):
    cleaned = clean(raw)
    positions = [cleaned.to_raw(i) for i in range(len(cleaned.text) + 1)]
    assert positions == sorted(positions)
    assert all(0 <= p <= len(raw) for p in positions)
    for i, ch in enumerate(cleaned.text):
        if ch in ARABIC and raw[positions[i]] == ch:
            continue
        # Letters that differ come from a rewrite (entity, presentation form, NFC).
        assert ch not in ARABIC or raw[positions[i]] in "&\ufefb\u0627"


@given(TEXTS)
@example(raw="ء., \ufefb")  # a paragraph join before a presentation form
def test_clean_is_idempotent(raw):
    once = clean(raw).text
    assert clean(once).text == once
