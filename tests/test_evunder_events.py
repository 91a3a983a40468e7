"""The light verb's verbal noun before its doer (evunder, seeds 11417-11421): "قيام X
بـ<act>" tells an act of X, so قيام is no head of the actor after it ("نفت … ماتردد عن
قيام انتحاري سعودي بتفجير مسجد": the target is "انتحاري سعودي"). "القيامة" (the
resurrection) stays a word of names. Sentences from unseen news articles."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def _sides(nlp: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = nlp.analyze(text)
    return [
        (e.type, doc.slice(e.source) if e.source else "", doc.slice(e.target) if e.target else "")
        for e in doc.events
    ]


def test_the_denied_doer_is_the_target_without_the_light_noun(nlp):
    text = "نفت الأجهزة الأمنية بدولة الكويت اليوم ماتردد عن قيام انتحاري سعودي بتفجير مسجد بمنطقة الجهراء."
    assert ("REJECT", "الأجهزة الأمنية بدولة الكويت", "انتحاري سعودي") in _sides(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "وقالت مصادر أثرية في الأقصر، لوكالة الأنباء الألمانية، إن قيام بعثة أثرية مصرية"
        " بأعمال حفر وتنقيب بحثا عن مقابر جديدة لملوك مصر القديمة يتزامن مع قيام بعثة"
        " أثرية مصرية أميركية مشتركة بأعمال استكمال تنظيف وترميم.",
        'ويحيي الفلسطينيون ذكرى إعلان "الاستقلال الفلسطيني" أو قيام دولة فلسطين من خلال'
        " عطلة رسمية في فلسطين وعبر اقامة مسيرات وفعاليات تطالب بانهاء الاحتلال الإسرائيلي"
        " واقامة دولة فلسطين عاصمتها القدس.",
    ],
)
def test_no_side_begins_with_the_light_noun(nlp, text):
    sides = [s for _, source, target in _sides(nlp, text) for s in (source, target)]
    assert sides and not any(s.startswith("قيام") for s in sides)
