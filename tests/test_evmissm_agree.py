"""Agreeing to something (وافق على، أعرب عن الاستعداد، وقع اتفاقيات/عقدا) is AGREE, as the
annotators code it; downing a warplane (أسقط مقاتلة) is ASSAULT; supplying arms or money
(زود، تزويد، منح/تقديم مليارات) is AID, supplying information is not. Sentences from
development articles of benchmarks/news-gold."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types


@pytest.mark.parametrize(
    "text",
    [
        "وافق إيلون موسك على التنحي عن منصبة كرئيس لشركة تسلا الأمريكية للسيارات الكهربائية.",
        'من جانبه، أكد الأردن الأحد أنه وافق على مرور 800 عنصر من "الخوذ البيضاء" السوريين'
        " إلى أراضيه، لإعادة توطينهم في ثلاث دول غربية هي ألمانيا وبريطانيا وكندا.",
        "أعرب نائب رئيس شرطة دبي الفريق ضاحي خلفان عن الاستعداد لتقديم المساعدة في كشف من"
        " اختطف الإعلامي السعودي جمال خاشقجي في تركيا.",
        "وقعت مصر، الأحد، عددا من الاتفاقيات والعقود مع الشركات الصينية لتنفيذ مشروعات تنموية.",
    ],
)
def test_agreeing_is_agree(nlp, text):
    types = event_types(nlp, text)
    assert "AGREE" in types
    assert "CONCEDE" not in types


def test_downing_a_warplane_is_an_assault(nlp):
    text = (
        "وقد اسقطت الدفاعات الجوية السورية خلال الهجوم مقاتلة إف 16 إسرائيلية، تمكن طيارها"
        " من القفز بالمظلة في شمالي إسرائيل."
    )
    sides = event_sides(nlp, text, "ASSAULT")
    assert any("الدفاعات الجوية" in source for source, _ in sides)


@pytest.mark.parametrize(
    "text",
    [
        "حيث عملت إيران على تزويد المليشيات الحوثية بالأسلحة الثقيلة.",
        "وقررت روسيا تزويد سوريا بهذا النظام.",
        "وتعهد البنك الدولي منح لبنان أربعة مليارات دولار.",
    ],
)
def test_supplying_arms_or_money_is_aid(nlp, text):
    assert "AID" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "ولقاء دبلوماسيين أجانب وتزويدهم بمعلومات وتحليلات عن الحراك.",
        "وزود المنظمات الحقوقية والإنسانية بالمعلومات حول المركز.",
    ],
)
def test_supplying_information_is_no_aid(nlp, text):
    assert "AID" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "عبّر الرئيس التونسي عن أمله بأن يوافق مجلس النواب على التعديل.",
        "هذا لا يعني أنه يمكن أن يوافق مثلا على طلب بالاستقالة.",
        "وهناك توافق بيننا وبين الصين في الكثير من الملفات الإقليمية.",
    ],
)
def test_consent_hoped_for_or_a_shared_view_is_no_agreement(nlp, text):
    assert "AGREE" not in event_types(nlp, text)
