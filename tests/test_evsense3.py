"""Act words of another sense in local and technical news (evsense3, issue 13): a
machine, a battery or pipes that blow up are a mishap, not an attack; a reporter or
camera that "meets" someone interviews; "يدين بالولاء" owes allegiance
(events/sense_mishap.py). Sentences from unseen news (ant-multisource, ant-jawharafm;
design seeds 11895-11899 and evaudit9's audit), none of the gold sets."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # ant-jawharafm (seed 11896): a pressing machine in a tailoring plant
        "أثار انفجار آلة كي ملابس بمصنع خياطة متخصص في صنع وتصدير البدلات العسكرية "
        "الألمانية صباح اليوم الاربعاء 11 مارس 2015 بسيدي بوزيد حالة من الذعر والهلع في "
        "صفوف العاملات به.",
        # ant-multisource (seed 11896): battery headphones
        "وقد احترق شعر المرأة الأسترالية واسود وجهها بعد أن انفجرت سماعات رأس تعمل "
        "بالبطارية كانت تستخدمها لسماع موسيقى، وذلك في منتصف رحلة طيران من بكين إلى ملبورن.",
        # ant-multisource (seed 11896): water pipes
        "حدث مؤخرا انفجار هائل في أنابيب المياه تحت الأرض في العاصمة الأوكرانية، كييف، ما "
        "أدى إلى اندفاع المياه بقوة مسافة 7 طوابق، وفقا لوسائل الإعلام المحلية.",
    ],
)
def test_a_mishap_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_a_bomb_by_a_gas_line_stays_an_attack(nlp):
    # the negative case of the class: an attack word beside the gas line
    text = "أدى انفجار عبوة ناسفة قرب خط الغاز في مدينة العريش إلى مقتل ثلاثة جنود."
    assert "ASSAULT" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # ant-multisource: a generation raised to owe allegiance
        "أما الهدف بعيد المدى، بحسب دهشوش، فهو، تربية جيل يدين بالولاء للحوثيين وإيران.",
        # ant-multisource: the emir owes allegiance to the caliph
        "داعش يصف نفسه بالخلافة، وتبعًا للفكر التقليدي، فإن الأمير يدين بالولاء للخليفة.",
    ],
)
def test_allegiance_owed_is_no_condemnation(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_a_condemnation_with_yudin_stays(nlp):
    # the negative case: يدين followed by the act condemned
    text = "وقال المتحدث إن الرئيس يدين بشدة الهجوم الإرهابي على المسجد في سيناء."
    assert "DISAPPROVE" in event_types(nlp, text)
