"""Shared fixtures: the ../shared data sets (skipped when absent) and a pipeline."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from rasd.document import Document
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline

REPO = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED = Path(os.environ.get("RASD_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ../shared folder with the full data sets; tests that need it skip without it."""
    if not (SHARED / "data").is_dir():
        pytest.skip(f"needs the shared data sets at {SHARED} (set RASD_SHARED to point elsewhere)")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared: Path) -> Path:
    return shared / "seed" / "000_2514444d647d30b0.txt"


@pytest.fixture(scope="session")
def nlp() -> Pipeline:
    return Pipeline()


@pytest.fixture(scope="session")
def ner() -> EntityRecognizer:
    """The entity stage with the shipped model, loaded once for the whole run."""
    return EntityRecognizer()


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """Small committed samples (tests/fixtures) for tests that run without ../shared."""
    return FIXTURES


Said = Callable[[str], list[tuple[str, str | None]]]


@pytest.fixture(scope="session")
def said() -> Said:
    """The quotations of a text with their speakers' words, by the stages up to quotes."""
    nlp = Pipeline(["text", "ner", "quotes"])

    def quotations(text: str) -> list[tuple[str, str | None]]:
        doc = nlp(Document(text=text))
        return [
            (doc.slice(q), doc.text[q.speaker.start : q.speaker.end] if q.speaker else None)
            for q in doc.quotes or []
        ]

    return quotations
