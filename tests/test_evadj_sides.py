"""Two actors of two countries after a verb are its subject and object, not one side
(evadj, issue 13; `sides._other_country`): sentences of unseen news, seeds 10905-10906
(`benchmarks/event_diff.py rasd.events.sides OTHER_COUNTRY False True`)."""

from __future__ import annotations

import pytest

from rasd.events import sides


def _sides(nlp, text: str) -> list[str]:
    doc = nlp.analyze(text)
    return [doc.slice(m) for e in doc.events for m in (e.source, e.target) if m]


def _joined(found: list[str], subject: str, obj: str) -> bool:
    return any(subject in s and obj in s for s in found)


@pytest.mark.parametrize(
    ("text", "subject", "obj"),
    [
        # seed 10906
        (
            "طالبت الحكومة المكسيكية الولايات المتحدة، الثلاثاء، بتعزيز مراقبة الحدود "
            "المشتركة بين البلدين لمنع تدفق الأسلحة غير القانوني إلى المكسيك، وذلك ردا "
            "على الرئيس دونالد ترامب الذي انتقد تزايد الإجرام.",
            "الحكومة المكسيكية",
            "الولايات المتحدة",
        ),
        # seed 10906
        (
            'وتابع "لا يمكن أن نثق بعد الآن بنتائج تحقيقات تجري عن بعد"، مشيرا إلى الهجوم '
            "بغاز السارين على بلدة خان شيخون السورية التي تتهم واشنطن النظام السوري بشنه.",
            "واشنطن",
            "النظام السوري",
        ),
        # seed 10905
        (
            "وكانت رئيسة الوزراء المحافظة تيريزا ماي، شددت من سياستها إزاء موسكو بعد عملية "
            "تسميم الجاسوس الروسي السابق سيرغي سكريبال على الأراضي البريطانية في 4 مارس "
            "والذي اتهمت لندن الحكومة الروسية بالوقوف وراءه.",
            "لندن",
            "الحكومة الروسية",
        ),
        # seed 10906
        ("زار الرئيس الروسي الصين 19 مرة بشكل رسمي.", "الرئيس الروسي", "الصين"),
    ],
)
def test_an_actor_of_another_country_after_an_actor_is_the_object(nlp, text, subject, obj):
    found = _sides(nlp, text)
    assert any(obj in s for s in found) and not _joined(found, subject, obj), found
    before = sides.OTHER_COUNTRY
    sides.OTHER_COUNTRY = False
    try:
        assert _joined(_sides(nlp, text), subject, obj)  # what the rule changes
    finally:
        sides.OTHER_COUNTRY = before


def test_a_name_after_a_title_of_a_country_stays_one_actor(nlp):
    text = "وقال وزير الخارجية الأمريكي ريكس تيلرسون إن بلاده تدين الهجوم على المدنيين."
    assert any("الأمريكي ريكس تيلرسون" in s for s in _sides(nlp, text))
