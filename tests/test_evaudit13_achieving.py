"""Event classes from the audit of unseen articles (evaudit13, seed 9990): "تحقيقا" before
an achievement that carries a joined ل ("تحقيقا للأهداف"، "تحقيقاً لاستقرار اليمن") is
achieving a purpose, not an inquiry (events/senses._not_inquiry)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Al Riyadh, 2015 (audit, seed 9990)
        "وفي عام 1424ه تم تغيير مسمى وزارة البرق والبريد والهاتف إلى وزارة الاتصالات "
        "وتقنية المعلومات مما يعكس مدى الاهتمام الذي توليه الدولة لقطاع الاتصالات وتقنية "
        "المعلومات وتحقيقا ًللأهداف الطموحة بالتحول إلى المجتمع المعلوماتي.",
        # Sky News Arabia, 2018 (unseen, 49 articles with "تحقيقا ل")
        "وإذ تستند هذه العملية إلى مطالب الحكومة الشرعية اليمنية وإلى قرارات مجلس الأمن ذات "
        "الصلة والتي تكرس مشروعية التدخل، فإنها تهدف لوضع نهاية للممارسات العدوانية "
        "للمليشيات الحوثية تحقيقاً لاستقرار اليمن وشعبه الشقيق.",
    ],
)
def test_achieving_a_purpose_is_no_inquiry(nlp, text):
    assert "INVESTIGATE" not in event_types(nlp, text)


def test_an_inquiry_opened_to_find_causes_is_still_one(nlp):
    # BBC Arabic, 2018 (unseen, same scan): "فتحت تحقيقا لمعرفة" opens an inquiry
    text = "وفتحت السلطات العسكرية تحقيقا لمعرفة أسباب الحادث."
    assert "INVESTIGATE" in event_types(nlp, text)
