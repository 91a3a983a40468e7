"""Sides of events on unseen news (evsides, audit seeds 10072 and 10073): whoever tells
the facts after an attributing word ("حسب ما أكده مصدر أمني لمراسل الجوهرة"، "بحسب ما
أعلنته وزارة الداخلية") is no side of the events told (events/sides.py `attributed`);
the told clause after فإن is not part of the attribution."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "event_type", "teller"),
    [
        # Jawhara FM (unseen)
        (
            "قرر مجلس الهيئة الوطنية للعدول المنفذين تنفيذ إضراب عام يومي 22 و23 فيفري 2017، "
            "احتجاجا على إيقاف زميلهم في جندوبة، حسب ما أكدّه في تصريح للجوهرة أف أم الأستاذ "
            "طاهر بن ناصر .",
            "PROTEST",
            "طاهر",
        ),
        # Jawhara FM (unseen)
        (
            "تعرضت دورية أمنية تابعة لفوج حفظ النظام الجهوي بقبلي الليلة الماضية في حدود "
            "الساعة منتصف الليل بمدخل مدينة قبلي لهجوم من قبل مجموعة إرهابية على متن دراجتين "
            "ناريتين تحتوي كل واحدة منها على عبوة ناسفة تقليدية الصنع، بحسب ما أعلنته وزارة "
            "الداخلية.",
            "ASSAULT",
            "وزارة",
        ),
    ],
)
def test_the_teller_is_no_side(nlp, text, event_type, teller):
    sides = event_sides(nlp, text, event_type)
    assert sides
    assert all(teller not in s and teller not in t for s, t in sides)


def test_the_clause_told_after_fa_inna_keeps_its_sides(nlp):
    # a sentence of the kind of an unseen one: the gunmen after فإن did it
    text = "وبحسب مصادر أمنية فإن مسلحين هاجموا دورية للجيش قرب الحدود."
    assert any("مسلحين" in s for s, _ in event_sides(nlp, text, "ASSAULT"))
