"""Trigger verbs whose object is a pose or an opinion (evsense, issue 13; the audit
evaudit5 and unseen seed 11212): "تظاهر بأنه"، "تظاهر بالتغافل" pretend, no protest;
"يؤيد … الرأي السابق"، "يتفق مع ما ذهب إليه"، "يتفق المحللون أن" agree with what
someone thinks, no AGREE or SUPPORT event (events/sense_views.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


def test_pretending_past_the_subject_is_no_protest(nlp):
    # al-madina (evaudit5): two swindlers pretend to serve the government
    text = (
        "في قصة طريفة، في القرن التاسع عشر بالولايات المتحدة، تم اكتشاف منجم الماس في "
        "سان فرانسسيكو، حيث ادعى رجلان أنهما اكتشفا المنجم، فاهتم وزير المالية بالأمر، "
        "وأصر على شراء حقوق الاستثمار منهما، وأخذ عينة الألماس إلى معمل متخصص في "
        "نيويورك، الذي أثبت صحتها، وتظاهر الاثنان بأنهما رهن إشارة الحكومة، وتم "
        "تعويضهما بمبلغ 700 ألف دولار."
    )
    assert "PROTEST" not in event_types(nlp, text)


def test_a_protest_near_a_place_stays(nlp):
    text = "وتظاهر آلاف الطلاب بالقرب من السفارة الأمريكية في القاهرة."
    assert "PROTEST" in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # sabq (evaudit5): a citizen shares the view told before
        (
            "ويؤيد المواطن زامل الغامدي الرأي السابق بأن هناك تفاوتاً ملحوظاً في أسعار "
            "التأجير خلال الموسم.",
            "SUPPORT",
        ),
        # seed 11212: one analyst agrees with what another said
        (
            "ويتفق ناصر آل مغرم مع ما ذهب إليه السنيدي، حيث قال إن المنافسة الآن انتقلت "
            "إلى المحافظة على العملاء.",
            "AGREE",
        ),
        # seed 11212: analysts agree that something is so
        ("ويتفق المحللون أن كلا من جيب بوش وجورج بوش سيشكل تحديا هائلا.", "AGREE"),
        # seed 11212: a manager shares another's opinion
        (
            "أما مارتن بخيت، مدير شركة كاي اند كو العقارية فهو يوافق بيرنستون في الرأي، "
            "ويقول لـ«الشرق الأوسط» بأن أسعار الفائدة الحالية متدنية للغاية.",
            "AGREE",
        ),
    ],
)
def test_agreeing_with_an_opinion_is_no_event(nlp, text, event_type):
    assert event_type not in event_types(nlp, text)


def test_agreeing_to_an_offer_stays(nlp):
    # seed 11212: "ما وافق عليه قبل أن": the player accepted the offer
    text = (
        "قبل أن تعود إدارة الأهلي وتقدم عرضاً جديداً للاعب وهو ما وافق عليه قبل أن يتدخل "
        "نادي كوينز بارك رينجرز الإنجليزي ويقلب الموازين في اللحظات الأخيرة."
    )
    assert "AGREE" in event_types(nlp, text)
