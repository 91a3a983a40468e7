"""Audit of unseen articles, seeds 10070-10071 (docs/accuracy.md): declining to
comment ("رفض التعقيب"، "امتنع عن التعقيب") rejects nobody, ثمن read as a price
(paid further on, amounting to, borne, "بأي ثمن", after a preposition) is no praise, and
the actor after a verb of doing that points back to an attack ("هجوم شنه متمردون") made
it."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types


@pytest.mark.parametrize(
    "text",
    [
        # audit, seed 10070
        "ورفض التعقيب على جدول أعمال المحادثات، لكنه قال، إن مراقبين من الأمم المتحدة "
        "والاتحاد الأوروبي كانوا حاضرين أيضا.",
        # unseen news
        "ورفض البيت الأبيض التعقيب على الحكم وأحال الأسئلة إلى وزارة العدل الأمريكية.",
        "فيما امتنع البنتاغون عن التعقيب على أي عمليات مستقبلية محتملة.",
    ],
)
def test_declining_to_comment_is_no_rejection(nlp, text):
    assert "REJECT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # audit, seed 10070
        'وأضافت الرسالة: "لم يستجب الكونغرس لنصيحة الخبراء عام 1930، ودفع الأميركيون في '
        'مختلف أنحاء البلاد ثمن ذلك".',
        # unseen news
        "ويبلغ ثمن حاملة الطائرات ترومان 4.5 مليار دولار وتزن 97000 طن.",
        "ويريد الأوروبيون أن يتجنبوا بأي ثمن أن تتخلى إيران عن الاتفاق.",
        "كما يمكن استخدام ميزات الشريحة التي تطورها أبل حاليا لدفع ثمن أجرة التاكسي في "
        "أماكن مثل اليابان.",
        "ويرجع الارتفاع الكبير في ثمن الأدوية إلى خسارة الليرة التركية نحو 40 بالمئة من قيمتها.",
    ],
)
def test_a_price_is_no_praise(nlp, text):
    assert "SUPPORT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # unseen news
        "وثمن اللواء بحيبح دعم التحالف العربي بقيادة السعودية.",
        "وأضاف المصدر بأن حكومة المملكة تثمن التعاون المميز الذي أبدته الحكومة التركية.",
    ],
)
def test_praise_is_still_support(nlp, text):
    assert "SUPPORT" in event_types(nlp, text)


def test_the_subject_after_a_verb_of_doing_made_the_attack(nlp):
    # unseen news: "شنه" points back to the attack; the rebels after it made it
    text = (
        "وفرغت مناطق شمال ولاية راخين من سكانها الروهينغا عندما تسببت عملية عسكرية نفذها "
        "الجيش ردا على هجوم مسلح شنه متمردون من هذه الأقلية على مراكز أمنية، بتهجير نحو "
        "700 ألف من أفراد هذه الأقلية."
    )
    assert ("متمردون", "مراكز أمنية") in event_sides(nlp, text, "ASSAULT")


def test_a_doer_told_after_the_attack_is_no_target(nlp):
    # unseen news: the Tuareg groups made the attacks, they were not hit
    text = "واعتبر عمليات سفك الدماء انتقاما من هجمات شنتها جماعات طوارق مسلحة على المتطرفين."
    assert all(target != "جماعات طوارق مسلحة" for _, target in event_sides(nlp, text, "ASSAULT"))
