"""Words that only look like an event or a side. حقق is "achieve" as often as
"investigate": with a direct object (an achievement, or an attached pronoun) it is no
INVESTIGATE event; with في or مع and no such object it is. Sentences from news-gold
development articles and the ANT corpus."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def _investigations(nlp: Pipeline, text: str) -> int:
    return sum(e.type == "INVESTIGATE" for e in nlp.analyze(text).events)


@pytest.mark.parametrize(
    "text",
    [
        "لا أتذكر أن الرئيس بوتين حقق نجاحا مدويا في مجال العلاقات الدولية.",
        "مر وقت طويل منذ حققت انكلترا نتائج جيدة في بطولة كبرى.",
        "وحققت القوات التركية الجمعة تقدما غرب عفرين ترافق مع غارات كثيفة.",
        "أسامة هوساوي الذي سبق له أن حمل شارة الهلال وحقق معه إنجازات كبيرة.",
    ],
)
def test_achieving_is_no_investigation(nlp, text):
    assert _investigations(nlp, text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "وقال التقرير إن أوكسفام حققت مع مديرها في هايتي ووجدت أن الاتهامات صحيحة.",
        "وفتح حزب المحافظين تحقيقا انضباطيا بعد تلقيه عشرات الشكاوى حول تصريحات جونسون.",
    ],
)
def test_investigating_stays_an_investigation(nlp, text):
    assert _investigations(nlp, text) >= 1


def test_a_time_after_a_time_preposition_is_no_side(nlp):
    """ "خلال النهار" is the daytime, not the Lebanese newspaper النهار that the actor
    dictionary lists (an audit sentence of the ANT corpus)."""
    doc = nlp.analyze(
        "وقال شيروان بري، أحد رؤساء الهلال الأحمر الكردي ومقره القامشلي في شمال شرق سوريا"
        ' "تعرضت المدينة لقصف كثيف خلال النهار واقترب القصف من المستشفى".'
    )
    sides = [doc.slice(s) for e in doc.events for s in (e.source, e.target) if s]
    assert doc.events and "النهار" not in sides, sides
