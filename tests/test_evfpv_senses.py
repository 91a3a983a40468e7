"""Verbal event triggers read in another sense (events/senses.py): a price is no
praise, a threat faced or a danger is no threat made, a place taking in goods is no
reception, a pledge of retaliation is no agreement, "ما دعا إلى" is a cause, a court's
conviction is no condemnation, and bearing responsibility is no blame."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # SK-economy-692 (news-gold development fold)
        "وهو ما دفع الحزب ثمنه في الانتخابات.",
        # FR-internationalNews-229 (news-gold development fold)
        "ويستضيف سان جرمان نادي ريال مدريد الإسباني الثلاثاء في إياب الدور ثمن النهائي.",
    ],
)
def test_a_price_or_a_cup_round_is_no_praise(nlp, text):
    assert "SUPPORT" not in event_types(nlp, text)


def test_praise_is_still_support(nlp):
    text = "وثمن الرئيس الفلسطيني محمود عباس موقف الاتحاد الأوروبي."
    assert "SUPPORT" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # SK-middleEast-1051 (news-gold development fold)
        "أكد العاهل السعودي، الملك سلمان بن عبدالعزيز، أن تمرين درع الخليج الذي جمع أكثر من "
        '24 دولة يجسد القدرة على العمل "ضمن تحالف منسق" لمواجهة التهديدات.',
        # SK-middleEast-2825 (news-gold development fold)
        "وأكد أن بلاده عملت مع الإمارات والسعودية على تقليل خطر التهديد الإيراني في اليمن.",
        # SK-middleEast-651 (news-gold development fold), shortened
        "ويقول مسؤولو موانئ إن حطام عشرات السفن يهدد البيئة البحرية ويعطل طرق الملاحة.",
        # FR-internationalNews-2152 (news-gold development fold)
        "وتضم الحديدة ميناء رئيسيا في بلد يعاني من أزمة إنسانية كبيرة ويهدد شبح المجاعة "
        "نحو 8,4 ملايين من سكانه.",
    ],
)
def test_a_danger_is_no_threat_made(nlp, text):
    assert "THREATEN" not in event_types(nlp, text)


def test_a_threat_made_is_still_a_threat(nlp):
    # BB-middleEast-780 (news-gold development fold)
    text = "وكان الرئيس الأمريكي رد على روحاني محذرا إيران من مغبة تهديد الولايات المتحدة."
    assert "THREATEN" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # FR-internationalNews-1880 (gold development fold)
        "استقبلت مدينة فالنسيا الواقعة جنوب إسبانيا سفينة أكواريوس التي كان على متنها "
        "ستمئة وثلاثون مهاجرا غير شرعي.",
        # FR-middleEast-542 (news-gold development fold), shortened
        "وتضم مدينة الحديدة ميناء رئيسيا يستقبل المساعدات الإنسانية المتجهة إلى مناطق "
        "سيطرة الحوثيين.",
    ],
)
def test_a_place_taking_in_goods_is_no_reception(nlp, text):
    assert "CONSULT" not in event_types(nlp, text)


def test_a_reception_of_a_visitor_is_still_a_meeting(nlp):
    # CN-middleEast-1281 (news-gold development fold)
    text = "استقبل الرئيس السوري بشار الأسد، الإثنين، وزير الخارجية الإيراني جواد ظريف."
    assert "CONSULT" in event_types(nlp, text)


def test_a_pledge_of_retaliation_is_no_agreement(nlp):
    # BB-middleEast-346 (news-gold development fold)
    text = (
        "وكانت الولايات المتحدة قد اتهمت النظام السوري بشن هجوم بالأسلحة الكيماوية في "
        "مدينة دوما، وتعهد بالرد عليه بعد أن أجرت محادثات مع بريطانيا وفرنسا."
    )
    assert "AGREE" not in event_types(nlp, text)


def test_what_led_to_something_is_no_demand(nlp):
    # BB-middleEast-235 (news-gold development fold), shortened
    text = (
        "وأعرب وقتها الرئيس الفرنسي جاك شيراك عن معارضة شديدة للتدخل العسكري، وهو ما دعا "
        "إلى توجيه أوامر إلى ثلاثة مطاعم في مجلس النواب الأمريكي."
    )
    assert "DEMAND" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # CN-middleEast-1441 (news-gold development fold), shortened
        "وقضت المحكمة العسكرية بإعدام 14 متهما بينهم عشماوي، بعد إدانتهم في قتل ضابطين "
        "و26 مجندا في منطقة الفرافرة.",
        # BB-middleEast-431 (news-gold development fold)
        "وقضت محكمة كويتية غيابيا بإعدام رجل لبناني وزوجته السورية بعد إدانتهما بقتل العاملة.",
    ],
)
def test_a_conviction_is_no_condemnation(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_bearing_responsibility_is_no_blame(nlp):
    # AL-internationalNews-396 (news-gold development fold)
    text = (
        "وعمقت ميليشيا الحوثي مأساة المرأة اليمنية، ما أجبر العشرات من النساء على تحمل "
        "مسؤولية تدبر الحياة المعيشية."
    )
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_an_interview_with_a_quoted_medium_is_no_meeting(nlp):
    # SK-middleEast-2825 (news-gold development fold)
    text = (
        'أكد وزير الخارجية الأميركي، مايك بومبيو، في لقاء خاص مع "سكاي نيوز عربية"، أن '
        "الإدارة الأميركية ملتزمة بالتصدي للسلوك الإيراني."
    )
    assert "CONSULT" not in event_types(nlp, text)


def test_a_deal_sought_is_no_agreement(nlp):
    # FR-internationalNews-2152 (news-gold development fold)
    text = (
        "ويحاول غريفيث التوصل إلى تسوية سياسية تجنب مدينة الحديدة حرب شوارع بين الحوثيين "
        "والقوات الموالية للحكومة المعترف بها دوليا."
    )
    assert "AGREE" not in event_types(nlp, text)


def test_a_deal_reached_is_still_an_agreement(nlp):
    text = "وتوصلت الحكومة اليمنية والحوثيون إلى اتفاق لوقف إطلاق النار في الحديدة."
    assert "AGREE" in event_types(nlp, text)


def test_a_meeting_called_for_is_not_held(nlp):
    # CN-middleEast-1296 (news-gold development fold)
    text = (
        'دعا رجل الدين الشيعي العراقي، مقتدى الصدر، الخميس، إلى عقد "جلسة علنية استثنائية" '
        "بالبرلمان، في موعد لا يتجاوز، الأحد المقبل، لمناقشة الأزمة في البصرة."
    )
    assert "CONSULT" not in event_types(nlp, text)


def test_readiness_to_retaliate_is_no_agreement(nlp):
    # SK-economy-205 (news-gold development fold), shortened
    text = (
        "في الوقت ذاته أبدت الصين استعدادا للثأر من خلال إعلان خطط لفرض رسوم إضافية على "
        "واردات من الولايات المتحدة."
    )
    assert "AGREE" not in event_types(nlp, text)


def test_women_who_pose_a_threat_make_none(nlp):
    # SK-internationalNews-2810 (news-gold development fold), shortened
    text = "وقالت الشرطة إن زوجات مقاتلي تنظيم داعش يشكلن تهديدا إرهابيا حقيقيا لبريطانيا."
    assert "THREATEN" not in event_types(nlp, text)
