"""Shared helper of the event tests: the types of the events the pipeline codes in a text."""

from __future__ import annotations

import copy

from rasd.pipeline import Pipeline


def event_types(nlp: Pipeline, text: str, published: str | None = None) -> list[str]:
    """The event types of `text`, analysed as published on `published` when given."""
    return [e.type for e in nlp.analyze(text, published=published).events or []]


def event_sides(nlp: Pipeline, text: str, event_type: str) -> list[tuple[str, str]]:
    """(source, target) words of each event of `event_type` in `text`."""
    doc = nlp.analyze(text)
    return [
        (doc.slice(e.source) if e.source else "", doc.slice(e.target) if e.target else "")
        for e in doc.events
        if e.type == event_type
    ]


def _ungated(nlp: Pipeline, text: str):
    """The text analysed with the speech-act model at 0.85 and no word of blame asked
    (the model before evmodel): for rules about what the model may read at all."""
    from rasd.events.extract import EventExtractor
    from rasd.events.speech_model import load_speech_model

    model = copy.copy(load_speech_model())
    model.judging, model.threshold = False, 0.85
    return EventExtractor(speech_model=model)(nlp.analyze(text))


def ungated_types(nlp: Pipeline, text: str) -> list[str]:
    """`event_types` with the model before evmodel (`_ungated`)."""
    return [e.type for e in _ungated(nlp, text).events or []]


def ungated_sides(nlp: Pipeline, text: str, event_type: str) -> list[tuple[str, str]]:
    """`event_sides` with the model before evmodel (`_ungated`)."""
    doc = _ungated(nlp, text)
    return [
        (doc.slice(e.source) if e.source else "", doc.slice(e.target) if e.target else "")
        for e in doc.events
        if e.type == event_type
    ]
