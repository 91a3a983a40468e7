"""Headlines "X يفعل كذا: …": a titled speaker, what they did, then their words
(a title of a dev news-gold article)."""

from __future__ import annotations

from rasd.pipeline import Pipeline
from rasd.quotes.extract import extract_quotes


def test_a_titled_speaker_doing_something_then_a_colon() -> None:
    doc = Pipeline(["text", "ner"]).analyze(
        "وزير الخارجية الإيراني، جواد ظريف، رد على تهديدات الرئيس الأمريكي.",
        title="وزير الخارجية الإيراني يرد على ترامب: كن حذرا",
    )
    found = [
        (doc.slice(q), doc.slice(q.speaker) if q.speaker else None)
        for q in extract_quotes(doc)
        if q.kind == "direct"
    ]
    assert found == [("كن حذرا", "وزير الخارجية الإيراني")]
