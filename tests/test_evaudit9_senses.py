"""Words that only look like triggers, from the audit of unseen articles (evaudit9,
`benchmarks/sample_events.py --seed 9971/9972 --all-types`): "حقق" with a direct
object before its في is achieving, not investigating (events/senses.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM, 2014 (audit, seed 9972): the object after a long subject
        "حقق الزعيم الكوري كيم جونغ إيل فوزا ساحقا في انتخابات كوريا الشمالية التي تجرى في "
        "شكل استفتاء.",
        # sabq.org, 2015 (audit, seed 9971): SVO, the في of another phrase
        "وبيّن باطوق، أن هذه البرامج تحقّق إستراتيجية المدينة الطبية نحو الريادة في الرعاية "
        "الصحية التخصّصية.",
        # aawsat.com, 2015 (audit, seed 9971): promises fulfilled
        "وعبر الخنجر عن شكوكه في أن «يحقق العبادي أيا من وعوده في وثيقة الإصلاح السياسي».",
    ],
)
def test_achieving_with_an_object_is_no_inquiry(nlp, text):
    assert "INVESTIGATE" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # SK-internationalNews-725 (news-gold development fold)
        "وتحقق إدارة الشرطة وهيئة دوريات الطرق السريعة بكاليفورنيا في الحادث.",
        # SK-internationalNews-2253 (news-gold development fold), shortened
        "وذكرت وزارة العدل التركية أنها تحقق في القضية لمعرفة إذا كانت فردية أم منظمة.",
        # a time between the verb and its في
        "وحققت الشرطة الفرنسية خلال الأسبوع الماضي في الهجوم على المسجد.",
    ],
)
def test_an_inquiry_is_still_investigate(nlp, text):
    assert "INVESTIGATE" in event_types(nlp, text)


def test_visits_counted_are_no_meeting(nlp):
    # Jawhara FM, 2017 (audit, seed 9972)
    text = (
        "وتمّ حسب ما أشار اليه تقرير صادر عن المندوبية الجهوية للتنمية الفلاحية زيارة 160 "
        "مدجنة صناعية خلال سنة 2016 لتحسيس المربين بضرورة تطبيق إجراءات الأمن الحيوي."
    )
    assert "CONSULT" not in event_types(nlp, text)


def test_a_visit_of_three_days_is_still_one(nlp):
    text = "وبدأ الرئيس الفرنسي إيمانويل ماكرون زيارة 3 أيام إلى الجزائر."
    assert "CONSULT" in event_types(nlp, text)
