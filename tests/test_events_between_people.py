"""An act between two people named after بين under one shared title ("لقاء بين وزيري
الخارجية التركي مراد جاويش أوغلو و نظيره الأميركي مايك بومبيو") has the two people as
its parties, not the title's conjuncts. Sentences from the ANT corpus."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "جرى عقده بعد لقاء بين وزيري الخارجية التركي مراد جاويش أوغلو و نظيره الأميركي"
            " مايك بومبيو، وفقا لوكالة الأناضول.",
            ("أوغلو", "بومبيو"),
        ),
        (
            "بعد لقاء بين الزعيمين الكوري الشمالي كيم جونغ أون، ونظيره الجنوبي مون جاي-إن، في"
            " منطقة بانمونغوم المنزوعة السلاح.",
            ("كيم", "مون"),
        ),
    ],
)
def test_the_people_after_a_shared_title_are_the_parties(nlp, text, people):
    doc = nlp.analyze(text)
    sides = [
        {doc.slice(e.source) if e.source else "", doc.slice(e.target) if e.target else ""}
        for e in doc.events
    ]
    assert any(
        all(any(name in side and "ال" + name not in side for side in pair) for name in people)
        and not any(side.startswith(("و", "الزعيمين", "وزيري")) for side in pair)
        for pair in sides
    ), sides
