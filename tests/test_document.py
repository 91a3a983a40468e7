"""The Document model: offsets, JSON round trip and schema checks."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.document import SCHEMA, Document, Entity, Event, Mention, Quote, SchemaError, Span
from rasd.text.readers import read_path

PIECES = [
    "قال",
    " ",
    "وروسيا",
    "للأمم",
    "\n",
    ".",
    "،",
    '"',
    "«",
    "»",
    "3.5",
    "كيري",
    "A",
    "..",
    "؟",
]
TEXTS = st.lists(st.sampled_from(PIECES), min_size=1, max_size=80).map("".join)


def all_spans(data: dict) -> list[dict]:
    """Every object with start/end anywhere in a document's JSON form."""
    found = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "start" in node and "end" in node:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk({k: v for k, v in data.items() if k != "meta"})
    return found


def test_seed_document_is_valid_and_offsets_slice_their_text(nlp, seed_path):
    doc = nlp(next(read_path(seed_path)))
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert data["schema"] == SCHEMA
    spans = all_spans(data)
    assert len(spans) > 1000
    for span in spans:
        assert data["text"][span["start"] : span["end"]] == span["text"]
    assert Document.from_dict(data).to_dict() == data


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_round_trip_is_lossless(nlp, text):
    doc = nlp.analyze(text, title="عنوان")
    data = doc.to_dict()
    assert Document.from_dict(json.loads(json.dumps(data))).to_dict() == data
    for token in doc.tokens:
        assert doc.slice(token).strip() == doc.slice(token)


def test_all_layers_round_trip():
    text = "وقال كيري إن روسيا هاجمت حلب"
    doc = Document(text=text, id="x", published="2016-09-22")
    doc.entities = [Entity(5, 9, "PER", canonical="جون كيري", country="USA", role="وزير")]
    doc.quotes = [
        Quote(13, len(text), "indirect", cue=Mention(1, 4), speaker=Mention(5, 9, "جون كيري"))
    ]
    doc.events = [
        Event(
            13,
            len(text),
            "ASSAULT",
            0,
            source=Mention(13, 18, "روسيا", {"code": "RUS"}),
            target=Mention(25, 28, attrs={"country": "SYR"}),
            attrs={"negated": False},
        )
    ]
    doc.summary = [Span(0, len(text))]
    doc.keyphrases = [Span(13, 18)]
    data = doc.to_dict()
    assert data["events"][0]["source"] == {
        "start": 13,
        "end": 18,
        "text": "روسيا",
        "canonical": "روسيا",
        "code": "RUS",
    }
    assert Document.from_dict(data).to_dict() == data


def test_absent_layers_stay_absent(nlp):
    data = nlp.analyze("نص قصير").to_dict()
    for layer in ("entities", "quotes", "events", "summary", "keyphrases"):
        assert layer not in data or data[layer] is not None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(schema="other/9"), "not a rasd.document/1"),
        (lambda d: d["tokens"][0].update(end=10_000), "outside the text"),
        (lambda d: d["tokens"][0].update(text="خطأ"), "does not match"),
        (lambda d: d["sentences"][0].update(start="x"), "integers"),
    ],
)
def test_invalid_documents_are_rejected(nlp, change, message):
    data = nlp.analyze("قال المتحدث إن الاجتماع انتهى.").to_dict()
    change(data)
    with pytest.raises(SchemaError, match=message):
        Document.from_dict(data)
