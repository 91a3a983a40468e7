"""Event classes from the audit of unseen articles (evaudit28, ant-multisource seeds
10300-10309): a speaker named with a place of research or as a researcher, aiming at no
one, tells findings, no criticism (events/findings.py `research_speaker`); aimed at a
named party an academic still criticises; defending one's own record, decision or self
after "دافع … عن" supports no one (events/senses.py `own_defended`)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Sky News Arabia (audit, seed 10302): a professor on eating early
        "من ناحيته، قال الأستاذ في جامعة أبردين، لييوني روديك كولينز، إن تناول الطعام "
        "مبكرا يمكن أن يساعد في عملية الهضم ويمنع زيادة الوزن.",
        # Sky News Arabia (audit, seed 10307): a doctor and researcher on milk
        "وينبه الطبيب والباحث في مستشفى هامبتون ببريطانيا، بلفور لين، إلى أن عدم شرب "
        "الحليب قد يحرم الإنسان من منافع كثيرة لاسيما في حالة الأطفال.",
    ],
)
def test_a_researcher_tells_findings_not_criticism(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_an_academic_aimed_at_a_party_criticises(nlp):
    # CNN Arabic (unseen, seed 10309)
    text = (
        "وقال فالي نصر، المحلل السياسي من كلية الدراسات المتقدمة بجامعة جون هوبكينز، إن "
        "الرئيس الأمريكي، دونالد ترامب أهان الوطنية لدى الإيرانيين."
    )
    assert "DISAPPROVE" in event_types(nlp, text)


def test_the_arab_league_is_no_university(nlp):
    text = (
        'وقال الأمين العام لجامعة الدول العربية أحمد أبو الغيط: "ندين هذا العدوان '
        'الإسرائيلي على قطاع غزة".'
    )
    assert "DISAPPROVE" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # CNN Arabic (audit, seed 10306): one's own record
        "ودافع تيلرسون عن سجله والإنجازات التي حققها خلال فترة تقلده لمنصبه.",
        # BBC Arabic (unseen, seed 10309): one's own decision
        "ولكن يوتيوب دافع عن قراره.",
    ],
)
def test_defending_ones_own_supports_no_one(nlp, text):
    assert "SUPPORT" not in event_types(nlp, text)


def test_defending_another_supports_them(nlp):
    text = "دافع وزير الخارجية الروسي عن الحكومة السورية في مجلس الأمن."
    assert "SUPPORT" in event_types(nlp, text)
