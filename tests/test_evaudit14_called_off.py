"""Event classes from the audit of unseen articles (evaudit14, seeds 9994 and 9995): an
act whose noun follows a verbal noun of calling it off or putting it off ("إلغاء
الإضراب"، "تأجيل إضراب") did not happen; the gold counts it negated or future, optional
at most, so no event (events/triggers, list calling_off)."""

from __future__ import annotations

import pytest

from event_types import event_types
from rasd.events.extract import EventExtractor
from rasd.pipeline import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 9995): strikes cancelled or postponed
        "تقرر الغاء اضراب إطارات وأعوان مستشفى شارل نيكول بالعاصمة الذي كان مقررا كامل "
        "يوم الأربعاء، عقب جلسة تفاوضية بين وزارة الصحة والنقابة العامة للصحة.",
        "تطاوين : تأجيل إضراب حقول النفط",
        "وتقرر إلغاء الإضراب المزمع تنفيذه يوم 23 فيفري الجاري، بحسب ما أعلنه الاتحاد العام "
        "التونسي للشغل.",
    ],
)
def test_a_strike_called_off_is_no_protest(nlp, text):
    assert "PROTEST" not in event_types(nlp, text)


def test_a_strike_announced_is_not_called_off():
    # Jawhara FM (audit, seed 9995): the strike announced, not called off; "ستدخل … في
    # إضراب" makes it one to come (evaudit session 25, `scheduled.done_later`)
    text = (
        "وأعلن أن جهة النفيضة من ولاية سوسة ستدخل يوم غد في إضراب عام لمدة يوم واحد، على "
        "خلفية تعطل مفاوضات الاتحاد المحلي للشغل بالنفيضة والسلطات المحلية."
    )
    kept = Pipeline(
        ["text", "ner", "quotes", "events"],
        components={"events": EventExtractor(keep_negated=True, keep_background=True)},
    ).analyze(text)
    strikes = [e for e in kept.events if e.type == "PROTEST"]
    assert strikes
    assert all(e.attrs.get("future") and not e.attrs.get("negated") for e in strikes)


def test_a_strike_told_called_off_after_is_no_protest(nlp):
    # Jawhara FM (audit, seed 9995): the article's first two paragraphs; the second tells
    # the strike called off by a passive verb right after it
    text = (
        "تقرر الغاء اضراب إطارات وأعوان مستشفى شارل نيكول بالعاصمة الذي كان مقررا كامل "
        "يوم الأربعاء، عقب جلسة تفاوضية بين وزارة الصحة والنقابة العامة للصحة، تواصلت "
        "الى حدود ساعة متأخرة من مساء امس الثلاثاء.\n"
        "و أكد الكاتب العام للنقابة الأساسية بمستشفى شارل نيكول كمال بوزيد، في تصريح "
        "لوكالة تونس افريقيا للأنباء صباح الأربعاء أن الاضراب الغي بعد التوصل الى اتفاق "
        "خلال الجلسة التفاوضية، مشيرا الى أن مجلس ادارة هذه المؤسسة الاستشفائية قد انعقد "
        "أمس."
    )
    assert "PROTEST" not in event_types(nlp, text)
