"""Shared helper of the event tests: the types of the events the pipeline codes in a text."""

from __future__ import annotations

from rasd.pipeline import Pipeline


def event_types(nlp: Pipeline, text: str) -> list[str]:
    return [e.type for e in nlp.analyze(text).events or []]


def event_sides(nlp: Pipeline, text: str, event_type: str) -> list[tuple[str, str]]:
    """(source, target) words of each event of `event_type` in `text`."""
    doc = nlp.analyze(text)
    return [
        (doc.slice(e.source) if e.source else "", doc.slice(e.target) if e.target else "")
        for e in doc.events
        if e.type == event_type
    ]
