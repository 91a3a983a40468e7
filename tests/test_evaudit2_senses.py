"""Trigger forms that are other words, from the audit of unseen news (evaudit2,
`benchmarks/sample_events.py --all-types --no-speech`, seeds 10405-10409): a student,
a remark, a view shared and a strain posed are no event (events/sense_words.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # BBC Arabic, 2018 (audit, seed 10405): a former student who opened fire
        (
            "في وقت سابق من هذا الأسبوع، تمكن ضابط شرطة من إيقاف طالب سابق فتح النار في "
            "مدرسة إيلينوي الثانوية، دون إصابة أي شخص.",
            "DEMAND",
        ),
        # al-madina style, counted students
        ("وانتظم أكثر من 500 ألف طالب وطالبة في مدارس منطقة الرياض أمس.", "DEMAND"),
        # AL-economy (audit, seed 10405): noting, not praising
        (
            "ونوه بأن دور الهيئة في التعامل مع المستثمر سواء المحلي أو الأجنبي يترجم على 3 مراحل.",
            "SUPPORT",
        ),
        # AL-economy (audit, seed 10408): agreeing with an earlier forecast
        (
            "واتفقت شركة نعيم القابضة مع الرأي السابق ورجحت إبقاء البنك المركزي على أسعار "
            "الفائدة دون تغيير.",
            "AGREE",
        ),
        # alriyadh.com (audit, seed 10409): a fact agreed on
        (
            "والأسباب التي جعلت الدول الكبرى تتفق على هذه الحقيقة بأن المملكة قطب عربي.",
            "AGREE",
        ),
        # aawsat.com (audit, seed 10406): a strain on revenues
        (
            "غير أن الاتفاق قد يشكل ضغطا على عائدات الطاقة التي تحتاج إليها روسيا.",
            "DEMAND",
        ),
    ],
)
def test_other_words_are_no_event(nlp, text, kind):
    assert kind not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وطالب الرئيس الفرنسي إيمانويل ماكرون روسيا بوقف الهجمات على إدلب.", "DEMAND"),
        ("ونوه الرئيس بجهود المملكة العربية السعودية في دعم اليمن.", "SUPPORT"),
        ("واتفقت روسيا وتركيا على إقامة منطقة منزوعة السلاح في إدلب.", "AGREE"),
    ],
)
def test_the_acts_stand(nlp, text, kind):
    assert kind in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Jawhara FM, 2017 (audit, seed 10407): the content of a renewed call
        (
            "وأكدت تونس تضامنها مع السويد. كما جددت الدعوة لمختلف أطراف المجتمع الدولي إلى "
            "مزيد التنسيق والتعاون لمحاصرة ظاهرة الإرهاب.",
            "COOPERATE",
        ),
        # France 24, 2018 (audit, seed 10408): talks one stresses the need of
        (
            "وشدد الملك عبد الله الثاني على ضرورة كسر الجمود في عملية السلام بما يفضي إلى "
            "إعادة إطلاق مفاوضات جادة بين الفلسطينيين والإسرائيليين.",
            "CONSULT",
        ),
    ],
)
def test_an_act_called_for_is_not_done(nlp, text, kind):
    assert kind not in event_types(nlp, text)


def test_the_call_itself_stands(nlp):
    text = "ودعا الرئيس الفرنسي إيمانويل ماكرون روسيا إلى وقف الهجمات على إدلب."
    assert "DEMAND" in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Jawhara FM, 2017 (audit, seed 10407): those who criticised, no one named
        (
            'وقال بن تيشة في مداخلة له إن من انتقدوا الخطاب أغلبهم "ظواهر إعلامية" لا يمكن '
            "أن يمثلوا شريحة من الشعب التونسي.",
            "DISAPPROVE",
        ),
        ("وهناك من يطالب الحكومة بإلغاء القانون.", "DEMAND"),
    ],
)
def test_whoever_did_it_is_no_one_act(nlp, text, kind):
    assert kind not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وتمكنت قوات الأمن من قتل خمسة إرهابيين في جبل الشعانبي.", "ASSAULT"),
        ("وكان بورقيبة أول من طالب باستقلال موريتانيا بشكل علني.", "DEMAND"),
    ],
)
def test_a_preposition_or_the_first_who_did_stands(nlp, text, kind):
    assert kind in event_types(nlp, text)


def test_a_link_back_line_codes_no_event_again(nlp):
    # alweeam.com.sa (saudinewsnet; audit, seed 10409): the closing line repeats the title
    text = (
        "قالت مصادر أمنية إن جنديين تركيين قتلوا عندما فجر مقاتلون أكراد لغما اليوم "
        "الثلاثاء بإقليم شرناق.\nرابط الخبر بصحيفة الوئام: مقتل 3 في تفجير لغم بجنوب شرق تركيا"
    )
    doc = nlp.analyze(text)
    link = text.index("رابط")
    assert doc.events
    assert all(doc.sentences[e.sentence].start < link for e in doc.events)


@pytest.mark.parametrize(
    "text",
    [
        # Sky News Arabia, 2018 (audit, seed 10416): a jury's verdict
        "أدانت هيئة محلفين بمحكمة اتحادية أميركية الأربعاء ثلاثة رجال بالتخطيط لتفجير مجمع "
        "سكني بغرب ولاية كانساس.",
        # the same article: the passive with its crime
        "وأدين رايت أيضا بالكذب على مكتب التحقيقات الاتحادي فيما يتعلق بالمؤامرة.",
    ],
)
def test_a_court_conviction_is_no_disapproval(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "وأدانت الخارجية التركية بشدة الهجوم على القنصلية.",
        "وأدانت فرنسا قصف المدنيين في الغوطة الشرقية.",
    ],
)
def test_a_condemnation_stands(nlp, text):
    assert "DISAPPROVE" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Sky News Arabia headline (audit, seed 10416): missiles as the subject
        "معلومات استخباراتية تحذر.. صواريخ كوريا الشمالية تهدد أوروبا",
        # aawsat.com (unseen, seed 10422): a crisis
        "وتترنح بعض الدول على وقع أزمات مالية تهدد اقتصادات دول أخرى.",
    ],
)
def test_a_thing_that_threatens_makes_no_threat(nlp, text):
    assert "THREATEN" not in event_types(nlp, text)


def test_an_actor_before_the_verb_still_threatens(nlp):
    text = "كوريا الشمالية تهدد الولايات المتحدة بضربة صاروخية."
    assert "THREATEN" in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # France 24, 2018 (audit, seed 10417): a visit scheduled
        (
            "ومن المقرر أن يصل ولي العهد السعودي الأمير محمد بن سلمان الأحد إلى القاهرة في "
            "زيارة تستمر يومين.",
            "CONSULT",
        ),
        (
            "ومن المقرر أن يلتقي الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين.",
            "CONSULT",
        ),
        ("ويتوقع أن يعقد الرئيسان اجتماعا في باريس الأسبوع المقبل.", "CONSULT"),
    ],
)
def test_a_scheduled_act_is_not_done(nlp, text, kind):
    assert kind not in event_types(nlp, text)


def test_a_meeting_held_stands(nlp):
    text = "والتقى الرئيس الأمريكي دونالد ترامب نظيره الروسي فلاديمير بوتين في هلسنكي."
    assert "CONSULT" in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # Jawhara FM (evaudit session 25, unseen seed 10676): a strike to come
        (
            "أعلن الكاتب العام لنقابة التعليم الثانوي لسعد اليعقوبي في تصريح للجوهرة "
            '"اف ام" اليوم الأحد 30 أكتوبر 2016 أن أساتذة التعليم الثانوي سينفذون إضرابا '
            "إنذارا عن العمل بساعتين يوم الثلاثاء.",
            "PROTEST",
        ),
        # (seed 10677): talks to come, the doer between the verb and its act
        (
            "وأفاد وليد فارس وهو مستشار لترامب في شؤون السياسة الخارجية لرويترز إن ترامب "
            "سيجري أيضا محادثات مع السيسي في نفس اليوم.",
            "CONSULT",
        ),
        # (seed 10678): a visit to come, told with "سيقومون ب"
        (
            "من الجدير بالذكر أن عددا من المسؤولين الغربيين سيقومون بزيارة إيران قريبا ومن "
            "ضمنهم وزير الخارجية الفرنسي لوران فابيوس.",
            "CONSULT",
        ),
    ],
)
def test_an_act_a_future_verb_carries_out_is_not_done(nlp, text, kind):
    assert kind not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # (seed 10678): the request is made; the session it asks for is to come
        (
            "في هذه الأثناء، نقلت رويترز عن دبلوماسيين أن مجلس الأمن الدولي سيعقد جلسة "
            "طارئة الليلة بناء على طلب دولة الكويت من أجل بحث التداعيات في قطاع غزة.",
            "DEMAND",
        ),
        (
            "ونفذ أساتذة التعليم الثانوي إضرابا عن العمل يوم الثلاثاء أمام مقر وزارة التربية.",
            "PROTEST",
        ),
    ],
)
def test_an_act_done_or_asked_before_stands(nlp, text, kind):
    assert kind in event_types(nlp, text)
