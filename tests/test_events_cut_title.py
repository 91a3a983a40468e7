"""A title cut right after its verb: the events stage must not read past the words."""

from __future__ import annotations

from rasd.pipeline import Pipeline


def test_title_ending_at_a_receiving_verb() -> None:
    nlp = Pipeline(["text", "ner", "events"])
    doc = nlp.analyze("وأكد أن لا خوف على تونس.", title="الباجي قائد السبسي يستقبل ")
    assert doc.events is not None
