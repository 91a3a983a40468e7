"""Third background pass: a standing designation told in a relative clause ("التي
تعتبرها أنقرة إرهابية") is no DISAPPROVE event (events/attributes.py)."""

from __future__ import annotations

import pytest

from event_types import event_types, ungated_types


@pytest.mark.parametrize(
    "text",
    [
        # BB-middleEast-305 (news-gold development fold), shortened
        "وهددت بمهاجمة القوات الأمريكية المتحالفة مع وحدات حماية الشعب الكردية في منبج "
        'التي تعتبرها الحكومة التركية "جماعة إرهابية".',
        # FR-internationalNews-470 (gold development fold), shortened
        "وتؤكد تركيا أن عمليتها العسكرية تستهدف وحدات حماية الشعب الكردية التي تعتبرها "
        '"إرهابية" علما وأنها كانت مكونا أساسيا.',
        # SK-internationalNews-190 (news-gold development fold), shortened
        "فيما تشن تركيا عملية عسكرية منذ أكثر من شهر في شمال سوريا بهدف طرد فصائل كردية "
        'تعتبرها "إرهابية".',
    ],
)
def test_a_standing_terror_designation_is_no_disapproval(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_a_view_told_of_an_act_is_still_a_disapproval(nlp):
    # AL-internationalNews-396 (news-gold development fold): a verb of considering with
    # an object pronoun whose words are no terror label stays an event.
    text = (
        "وانتشرت أسواق الحطب بشكل واسع في شوارع العاصمة صنعاء، في مظهر اعتبره كثيرون، "
        "دليل على مشروع التخلف الذي تحمله ميليشيا الحوثي لليمنيين."
    )
    # no word of blame of the list, which the speech-act model asks since evmodel
    assert "DISAPPROVE" in ungated_types(nlp, text)
