"""Issue 13: speech acts whose cue takes a noun object, not a quotation ("نوه بجهود"،
"تمنى على"); the quotes layer reads none there, so the trigger does."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def _types(nlp: Pipeline, text: str) -> set[str]:
    return {e.type for e in nlp(Document(text=text)).events or []}


def test_praising_efforts_is_support(nlp):
    text = "ونوه الباحث بالجهود التي تبذلها السعودية والإمارات في مكافحة تمويل الإرهاب."
    assert "SUPPORT" in _types(nlp, text)


def test_noting_is_no_support(nlp):
    assert "SUPPORT" not in _types(nlp, "ونوه الوزير إلى أن الاجتماع سيعقد غدا.")


def test_wishing_upon_someone_is_a_demand(nlp):
    text = "لكن المرجعية تمنت على المواطنين عدم اتباع أساليب غير سلمية."
    assert "DEMAND" in _types(nlp, text)
