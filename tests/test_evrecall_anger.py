"""Voicing anger, objection or annoyance (أعرب عن غضبه، اعتراضه، امتعاضه، انزعاجه، سخطه) is
DISAPPROVE, as voicing concern or displeasure (أعرب عن قلقه، استيائه) already is: the one
who voices it is the source, whom it is aimed at the target. Sentences from unseen news
(../shared/data/news, not annotated)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "وأعربت تركيا الخميس عن غضبها بعد عقوبات فرضتها الولايات المتحدة على وزيرين في"
            " حكومة الرئيس التركي رجب طيب أردوغان.",
            "تركيا",
            "الولايات المتحدة",
        ),
        (
            "وكان الرئيس الفرنسي إيمانويل ماكرون قد أعرب عن غضبه لرفض إيطاليا في وقت سابق"
            " استقبال سفينة إنقاذ تحمل مهاجرين غير شرعيين.",
            "ماكرون",
            "إيطاليا",
        ),
        (
            "لكن ترامب أعرب عن غضبه وامتعاضه من كومي عبر موقع التواصل الاجتماعي تويتر.",
            "ترامب",
            "كومي",
        ),
        (
            "وكان هاندز قد أعرب عن اعتراضه عن مشروع لإجراء مدرج ثالث في مطار هيثرو.",
            "هاندز",
            "",
        ),
    ],
)
def test_voiced_anger_is_disapprove(nlp, text, source, target):
    sides = event_sides(nlp, text, "DISAPPROVE")
    assert any(source in s and target in t for s, t in sides), sides


def test_anger_of_nobody_named_is_no_event(nlp):
    text = "لكن نشطاء في مجال البيئة أعربوا عن غضبهم من المخلفات والنفايات."
    assert event_sides(nlp, text, "DISAPPROVE") == []
