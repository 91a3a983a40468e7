"""Event classes from the audit of unseen articles (evaudit12, seed 9986): in a culture
section, تظاهرة and its plural name festivals and shows, not demonstrations, whatever
adjective follows (events/attributes.py)."""

from __future__ import annotations

from event_types import event_types

# Jawhara FM, 2016 (audit, seed 9986): a union boycotts a cultural capital's programme
TEXT = (
    "وبين الاتحاد في بلاغ له أن اتخاذ هذا القرار جاء على إثر إعلان اللجنة التنفيذية لتظاهرة "
    '"صفاقس عاصمة الثقافة العربية 2016" إلغاء مجموعة من التظاهرات الدولية المدرجة ضمن '
    "برنامج أنشطة شهر ديسمبر 2016."
)


def test_a_tazahura_in_a_culture_section_is_a_festival(nlp):
    assert event_types(nlp, TEXT) != []  # read as a protest outside a culture section
    assert "PROTEST" not in [e.type for e in nlp.analyze(TEXT, meta={"cat": "culture"}).events]


def test_demonstrators_in_a_culture_section_still_protest(nlp):
    text = "وتجمع مئات المتظاهرين أمام مقر وزارة الثقافة احتجاجا على إلغاء المهرجان."
    assert "PROTEST" in [e.type for e in nlp.analyze(text, meta={"cat": "culture"}).events]
