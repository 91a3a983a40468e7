"""Quotation-mark pairing: directional and straight marks, unbalanced text."""

from __future__ import annotations

import pytest

from quote_speakers import quoted_regions
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def text_nlp() -> Pipeline:
    return Pipeline(["text"])


def _quoted(text_nlp: Pipeline, text: str) -> list[str]:
    return quoted_regions(text_nlp.analyze(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('قال "نعم سنفعل" ثم غادر', ["نعم سنفعل"]),
        ("قال «نعم سنفعل» ثم غادر", ["نعم سنفعل"]),
        ("قال “نعم سنفعل” ثم غادر", ["نعم سنفعل"]),
        ("قال „نعم سنفعل“ ثم غادر", ["نعم سنفعل"]),
        ('قال "أولا" و"ثانيا" فقط', ["أولا", "ثانيا"]),
    ],
)
def test_pairs_of_each_kind_of_mark(text_nlp: Pipeline, text: str, expected: list[str]) -> None:
    assert _quoted(text_nlp, text) == expected


def test_an_embedded_quote_belongs_to_the_outer_one(text_nlp: Pipeline) -> None:
    assert _quoted(text_nlp, 'قال «إنهم قالوا "لا" ورحلوا»') == ['إنهم قالوا "لا" ورحلوا']


def test_unclosed_quote_ends_with_its_paragraph(text_nlp: Pipeline) -> None:
    found = _quoted(text_nlp, 'وقال "سنبقى هنا. لن نرحل\nوفي سياق آخر "جملة" أخرى')
    assert found[0] == "سنبقى هنا. لن نرحل"
    assert found[1] == "جملة"


def test_closing_mark_alone_is_an_orphan(text_nlp: Pipeline) -> None:
    assert _quoted(text_nlp, 'وأضاف سنبدأ فورا".') == ['orphan:"']


@pytest.mark.parametrize("text", ['"', '""', '"""', "«", "»", "“”„", 'قال " " "', "‘’"])
def test_degenerate_marks_do_not_break(text_nlp: Pipeline, text: str) -> None:
    for item in _quoted(text_nlp, text):
        assert isinstance(item, str)
