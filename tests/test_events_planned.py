"""An attack plotted ("خططت لشن هجوم"، "بتخطيطهم لشن هجوم"، "مخطط لشن هجوم") or rehearsed
in a drill is no attack carried out. Sentences from unseen articles of
../shared/data/news."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        "وكانت سيفاريو قد خططت لشن هجوم على مدرستها في الخامس من أفريل المقبل، إلا أن والدها"
        " تنبه إلى الأمر بعد اطلاعه على مذكراتها.",
        "أعلنت السلطات الألمانية الأحد، اعتقال ستة أشخاص لاشتباه بتخطيطهم لشن هجوم أثناء سباق"
        " نصف الماراثون في العاصمة برلين.",
        "أعلنت النيابة العامة الهولندية الثلاثاء توقيف ثلاثة مشتبه بتورطهم في مخطط لشن هجوم في"
        " فرنسا سنة 2016، أحبطته الشرطة الفرنسية في حينه إثر مداهمة لشقة في ضواحي باريس.",
    ],
)
def test_a_planned_attack_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_an_attack_carried_out_is_kept(nlp):
    assert "ASSAULT" in event_types(nlp, "وشن مسلحون هجوما على مدرسة في نيروبي أمس الاثنين.")
