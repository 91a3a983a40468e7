"""Trigger words used in another sense: an interview is no meeting, dawn is no
detonation, and sparking anger is no explosion (events/senses.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # FR-internationalNews-1661 (news-gold development fold)
        'وقال وزير الشؤون العامة والحكامة لحسن الدوادي في لقاء تلفزيوني السبت إن هاتين الشركتين لم تتأثرا "بشكل كبير" بتداعيات المقاطعة.',
        # BB-internationalNews-185 (news-gold development fold)
        'وقال السفير الروسي فلاديمير تشيزوف، في لقاء ببرنامج أندرو مار شو على بي بي سي، إن روسيا "لم تفعل شيئا".',
    ],
)
def test_a_meeting_qualified_by_a_medium_is_an_interview(nlp, text):
    assert "CONSULT" not in event_types(nlp, text)


def test_a_meeting_between_officials_is_still_a_meeting(nlp):
    # SK-internationalNews-2333 (news-gold development fold), shortened
    text = "وعقد وزير الخارجية الروسي سيرغي لافروف لقاء مع نظيره التركي مولود جاويش أوغلو في موسكو."
    assert "CONSULT" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # CN-middleEast-1441 (news-gold development fold)
        "القيادة العامة للقوات المسلحة العربية الليبية تعلن إلقاء القبض على الارهابي المصري "
        "هشام عشماوي فجر هذا اليوم الاثنين 8 اكتوبر في عملية امنية في مدينة درنة",
        # FR-internationalNews-729 (news-gold development fold)
        'وصرح الجنرال سيرغي رودسكوي فجر السبت "بحسب المعلومات الأولية، ليس هناك أية ضحية".',
    ],
)
def test_dawn_before_a_day_is_no_detonation(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # SK-internationalNews-1044 (news-gold development fold): a headline
        '"مسرحية داعشية" في مسجد تركي تفجر موجة غضب بالنمسا',
        # CN-middleEast-1102 (news-gold development fold)
        "تساؤلات كثيرة فجرتها الاحتجاجات المندلعة في الأردن، حيث شكّل الحراك الأردني "
        "الاخير مادة مهمة للسؤال حول أسباب هذه الاحتجاجات",
    ],
)
def test_sparking_a_reaction_is_no_explosion(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_a_detonation_is_still_an_attack(nlp):
    # control (a written sentence): the verb with a bomb and no reaction word
    text = "وفجر انتحاري حزاما ناسفا في سوق مزدحم وسط بغداد يوم الجمعة، ما أدى إلى مقتل 20 شخصا."
    assert "ASSAULT" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # BB-middleEast-652 (news-gold development fold)
        "وأعرب غوتيريس عن قلقه من تصاعد القتال من جانب الحكومة السورية، مشددا على أنه يهدد أمن المنطقة.",
        # SK-internationalNews-1846 (news-gold development fold)
        'وقالت "زد تي ايه" إن الإجراءات الأميركية تهددها بالإفلاس.',
    ],
)
def test_endangering_something_is_no_threat_made(nlp, text):
    assert "THREATEN" not in event_types(nlp, text)


def test_a_threat_of_action_is_still_a_threat(nlp):
    # control (a written sentence): a threat aimed at an actor, with its act
    text = "وهدد الرئيس الأمريكي دونالد ترامب إيران بفرض عقوبات جديدة إذا واصلت برنامجها."
    assert "THREATEN" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # BB-internationalNews-184 (news-gold development fold)
        "وأدين فلين بعد اعترافه بالإدلاء بشهادات مختلقة أمام مكتب التحقيقات الفيدرالي بشأن "
        "الاجتماعات مع السفير الروسي.",
        # BB-internationalNews-969 (news-gold development fold), shortened
        "ويجرى النظر في الشكاوى المقدمة ضد جونسون من قبل ضابط تحقيقات.",
    ],
)
def test_an_office_named_by_investigations_is_no_inquiry(nlp, text):
    assert "INVESTIGATE" not in event_types(nlp, text)


def test_an_inquiry_opened_is_still_an_investigation(nlp):
    # control (a written sentence)
    text = "وفتحت الشرطة البريطانية تحقيقا في تسميم العميل الروسي السابق سيرغي سكريبال."
    assert "INVESTIGATE" in event_types(nlp, text)
