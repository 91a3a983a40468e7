"""Sides of events on unseen news (evside, seeds 10285-10289).

A side read from a word where ل swallowed the article's alef ("للخطوات") is named
with the article restored ("الخطوات"), as the gold and the dictionaries spell it,
and only the article: a pronoun's ta marbuta stays ("حياتها", `keys.stem_key`)."""

from __future__ import annotations

from rasd.events.keys import stem_key


def _canonicals(nlp, text: str, event_type: str) -> list[tuple[str, str]]:
    doc = nlp.analyze(text)
    return [
        tuple(m.canonical if m else "" for m in (e.source, e.target))
        for e in doc.events
        if e.type == event_type
    ]


def test_the_elided_article_is_restored_in_the_side_name(nlp):
    # unseen news, seed 10288
    text = (
        "وأعرب أبو الغيط عن رفضه للخطوات الإسرائيلية التي تُعرقل المضي قدما في حل "
        "الدولتين، وطالب بوقف الانتهاكات الإسرائيلية ضد المسجد الأقصى."
    )
    assert any(t == "الخطوات الاسرائيلية" for _, t in _canonicals(nlp, text, "REJECT"))


def test_only_the_article_is_restored(nlp):
    doc = nlp.analyze("زاعمة أنه دمر حياتها المهنية.")
    token = next(t for t in doc.tokens if doc.slice(t) == "حياتها")
    assert stem_key(doc, token, token.end) == "حياتها"
    doc = nlp.analyze("وأعرب عن رفضه للخطوات الإسرائيلية.")
    token = next(t for t in doc.tokens if doc.slice(t) == "للخطوات")
    assert stem_key(doc, token, token.end) == "الخطوات"
