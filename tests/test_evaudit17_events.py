"""Event classes from the audit of unseen articles (evaudit17, seeds 10011 and 10012):
the bare form نسق is mostly the noun "pace" (events/senses.py), and "وزارته" is "his
ministry", never "and she visited him" (events/triggers.py); declining to comment is no
rejection (events/senses.py); hope or thanks expressed ("أعرب عن أمله") is no criticism
for the speech-act model (events/speech.py); declining to take part ("اعتذر عن تولي") is no
apology, and rains that destroy are no attacker (events/senses.py); "وتناول اللقاء …" tells the
meeting told before again (events/triggers.py); "زيارة مرتقبة" is a meeting to come,
AGREE as PLOVER codes future meetings (events/extract.py); a call to a radio station is an
interview (events/senses.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10011): the ministers talked of raising the pace of visits
        "تعاون بين تونس والسينغال وفي سياق متصل بحث الوزير في لقاء جمعه على هامش مشاركته "
        "في القمة مع وزير الخارجية السينغالي مانكير ندياي سبل تنشيط علاقات التعاون بين "
        "البلدين ورفع نسق تبادل الزيارات الثنائية، وضبط برنامج الاستحقاقات القادمة.",
        # Jawhara FM (unseen): the pace of production
        "وأضاف أن تونس بصدد خسارة أسواق إستراتيجية مثل الهند و الاتحاد الأوروبي، مؤكدا أنه "
        "حال عودة نسق الإنتاج إلى منواله الطبيعي ستستعيد تونس مكانتها.",
    ],
)
def test_the_pace_of_something_is_no_cooperation(nlp, text):
    assert "COOPERATE" not in event_types(nlp, text)


def test_coordinating_with_a_partner_is_still_cooperation(nlp):
    # SaudiNewsNet (unseen)
    text = (
        "قال مسؤول إسرائيلي نسق مع #قطر بشأن مساعدات للفلسطينيين يوم الجمعة، إن الدوحة "
        "حاولت منع وصول تمويل لحركة حماس."
    )
    assert "COOPERATE" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10011)
        "في سياق متصل، يجدر التذكير أن وزير الدفاع الأسبق، دالي الجازي، كان أعلن منذ 26 "
        "ديسمبر 2002 بمناسبة مناقشة ميزانية وزارته بمجلس النواب آنذاك أن التونسيات سيخضعن "
        "للتجنيد الإجباري لمدة سنة تماما مثل الرجال بدءا من العام 2003.",
        # Jawhara FM (unseen)
        "وقالت الوزيرة إن وزارتها وضعت استراتيجية لتطوير السياحة التونسية تتمحور أساسا حول "
        "التشجيع على الاستثمار.",
    ],
)
def test_his_ministry_is_no_visit(nlp, text):
    assert "CONSULT" not in event_types(nlp, text)


def test_a_visit_after_the_conjunction_is_still_a_visit(nlp):
    assert "CONSULT" in event_types(nlp, "وزار الرئيس الفرنسي بغداد الأسبوع الماضي.")


@pytest.mark.parametrize(
    "text",
    [
        # AFP via France 24 (audit, seed 10012)
        "ورفض التأكيد فيما إذا كان الأمين العام للأمم المتحدة قد تواصل مع الرئيس الإيراني "
        "حسن روحاني للحديث عن موجة الاحتجاجات الجديدة.",
        # unseen news
        "وذكر مسؤولون أكراد أن ماكرون تعهد بإرسال المزيد من القوات إلى المنطقة، لكن الحكومة "
        "الفرنسية رفضت التعليق على الأمر.",
        "وقال بن طلال حينها إنه أبرم صفقة مع السلطات لكنه رفض الإفصاح عن تفاصيلها.",
    ],
)
def test_declining_to_comment_is_no_rejection(nlp, text):
    assert "REJECT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # audit, seed 10012
        "ورفضت تليغرام طلب جهاز الأمن الاتحادي في روسيا السماح له بالاطلاع على الرسائل "
        "المشفرة للمستخدمين.",
        # Jawhara FM (unseen): refusing to talk with an official
        "وأكد الأهالي أن معتمد سليانة الجنوبية زارهم أمس الإثنين ولكنهم رفضوا الحديث معه.",
    ],
)
def test_refusing_a_demand_or_a_meeting_is_still_a_rejection(nlp, text):
    assert "REJECT" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10011)
        "وعبر خالد تنزفتي عن الأمل في ان يتم الاتفاق حول هذا الموضوع والتوصل إلى إقرار مراجعة "
        'لسقف العلاج السنوي لطب الأسنان وللاتفاقية عموما بما يتيح مواصلة التعاقد مع "الكنام" '
        "ويضمن مصلحة الجميع.",
        # unseen news
        "وأعرب عن أمله بأن يتعافى سكريبال وابنته قريبا حتى يتم كشف ما حدث.",
        "كما أعرب عن أمله في أن تخفف الولايات المتحدة القيود المفروضة على صادرات السلع عالية "
        "التقنية إلى الصين.",
    ],
)
def test_hope_expressed_is_no_criticism(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_displeasure_expressed_is_still_a_criticism(nlp):
    text = (
        "وأعرب الرئيس الفرنسي عن استيائه من قرار الحكومة الإيطالية إغلاق موانئها أمام سفن "
        "المهاجرين."
    )
    assert "DISAPPROVE" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10011)
        "اعتذر خليل الغرياني عن تولي حقيبة وزارة الوظيفة العمومية والحوكمة عند لقائه صباح "
        "اليوم الخميس رئيس الحكومة يوسف الشاهد بالقصبة.",
        # unseen news
        'وكان المغرب قد اعتذر عن استضافة القمة، مشيرا آنذاك إلى أن "الظروف الموضوعية لا '
        'تتوفر لعقد قمة عربية ناجحة".',
    ],
)
def test_declining_to_take_part_is_no_apology(nlp, text):
    assert "SUPPORT" not in event_types(nlp, text)


def test_an_apology_is_still_support(nlp):
    # unseen news (an apology, as the gold articles code it)
    text = "وكان وزير الخارجية الفلبيني قد اعتذر الثلاثاء للكويت بعد تداول مقاطع فيديو."
    assert "SUPPORT" in event_types(nlp, text)


def test_rains_that_destroy_tents_are_no_attack(nlp):
    # AFP via France 24 (audit, seed 10012)
    text = (
        "وقال وجهاء الروهينغا لفرانس برس إن الامطار دمرت أجزاء من الخيام وحولت بعض الطرق "
        "الرملية إلى مستنقعات."
    )
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10011)
        "وتناول اللقاء تطورات الملف الليبي والمبادرة التي تقودها تونس للمساعدة على إيجاد حلّ "
        "سياسي عبر الحوار والتوافق يُعجّل بإنهاء الأزمة في ليبيا.",
        # Jawhara FM (unseen)
        "وتطرق اللقاء إلى واقع العلاقات التاريخية والأخوية بين تونس وليبيا وسبل تعزيزها في "
        "جميع المجالات.",
        "وتم خلال الاجتماع عرض خطة الحكومة خلال العامين القادمين.",
    ],
)
def test_what_a_meeting_covered_is_no_new_meeting(nlp, text):
    assert "CONSULT" not in event_types(nlp, text)


def test_a_meeting_told_first_is_still_a_meeting(nlp):
    # Jawhara FM (audit, seed 10011)
    text = (
        "استقبل رئيس الجمهورية الباجي قايد السبسي، صباح اليوم الجمعة بقصر قرطاج، محمود جبريل، "
        "رئيس الحكومة الليبية السابق."
    )
    assert "CONSULT" in event_types(nlp, text)


def test_an_expected_visit_is_an_agreement_to_meet(nlp):
    # Jawhara FM (audit, seed 10011)
    text = (
        'أكد مصدر من وزارة السياحة للجوهرة "اف ام"، أن زيارة مرتقبة للمدير العام للشركة '
        "العالمية للسياحة البحرية MSC في الأيام القليلة القادمة."
    )
    types = event_types(nlp, text)
    assert "AGREE" in types
    assert "CONSULT" not in types


def test_a_visit_made_is_still_a_consultation(nlp):
    text = "وصل وزير الخارجية الفرنسي إلى بغداد في زيارة رسمية التقى خلالها الرئيس العراقي."
    assert "CONSULT" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (unseen; the station of audit seed 10011)
        "نفى رئيس مكتب الإعلام والاتصال في وزارة الداخلية، ياسر مصباح، في اتصال هاتفي "
        "بالجوهرة أف أم، نفيا قاطعا، صحة الخبر.",
        'وفي اتصال للجوهرة"اف ام" بوزير النقل أنيس غديرة أكد أنه كلف فريقا مصغرا في الوزارة '
        "للنظر في هذا الملف.",
    ],
)
def test_a_call_to_a_radio_station_is_an_interview(nlp, text):
    assert "CONSULT" not in event_types(nlp, text)
