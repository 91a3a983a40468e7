"""Audit of unseen articles, seeds 10078-10079 (docs/accuracy.md): the market's
demand ("طلب قوي على النفط") is no DEMAND and a comment ("علّق على/عن") no SANCTION;
two persons the entity layer tagged apart elsewhere are two sides; a killing or
arresting verb right before a preposition is a passive with no carried subject; the
day told before "على يد" keeps the agent in the clause; an indefinite accusative role
noun ("ضابطا") starts the verb's object."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types


@pytest.mark.parametrize(
    "text",
    [
        # audit, seed 10079 (a headline)
        "أسعار النفط ترتفع بفعل طلب قوي",
        # unseen news
        "ارتفعت أسعار النفط الخميس بدعم من احتمال تجديد عقوبات أميركية على إيران وهبوط "
        "إنتاج الخام في فنزويلا وطلب عالمي قوي، وهو ما بدد تأثيرات ارتفاع الدولار.",
        "وأفاد تقرير أبل بتسجيل طلب قوي على الطرازات الأغلى سعرا من أجهزة أيفون باهظة "
        "الثمن، الأمر الذي عزز الأرباح الفصلية.",
    ],
)
def test_the_markets_demand_is_no_demand(nlp, text):
    assert "DEMAND" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # audit, seed 10078
        "وعلّق تيلرسون في ذات اليوم عن دوره في المحادثات المقبلة مع كوريا الشمالية "
        'بالقول: "أثق بقدرتي على تهيئة الظروف الملائمة لنجاح هذه المفاوضات".',
        # unseen news
        'وقال "إن الصين تعلق أهمية كبرى على علاقاتها مع تركيا.',
        "وفيما يعلق البعض آمالا على المساعدة الدولية لانتعاش الوضع الاقتصادي في لبنان، "
        "يقول متابعون إن الدعم كان مخيبا.",
    ],
)
def test_a_comment_or_a_hope_is_no_suspension(nlp, text):
    assert "SANCTION" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # unseen news
        "وعلقت مجموعة السبع الكبرى عضوية روسيا بعد سيطرتها على شبه جزيرة القرم من أوكرانيا.",
        'وعلقت الولايات المتحدة المساعدات في أغسطس 2017 بسبب ما وصفتها بمخاوف بشأن "حقوق الإنسان".',
    ],
)
def test_a_suspension_is_still_a_sanction(nlp, text):
    assert "SANCTION" in event_types(nlp, text)


def test_two_persons_named_apart_are_two_sides(nlp):
    # audit, seed 10078: the article names "دونالد ترامب" and "ريكس تيلرسون"; the
    # entity layer reads "ترامب تيلرسون" as one name in the last sentence
    text = (
        "أقال الرئيس الأميركي دونالد ترامب وزير خارجيته ريكس تيلرسون. وكانت الخلافات برزت "
        "إلى العلن لأول مرة بين الرجلين مطلع أكتوبر الماضي، حيث وبخ ترامب تيلرسون في "
        'تغريدة على تويتر "لإضاعته وقته" في محاولة التفاوض مع كوريا الشمالية.'
    )
    assert ("ترامب", "تيلرسون") in event_sides(nlp, text, "DISAPPROVE")


def test_a_killing_verb_before_a_preposition_carries_no_subject(nlp):
    # audit, seed 10078: قُتل, its victim after the place; the journalists of the
    # sentence before killed no one
    text = (
        "وفي بغداد، فإن مكاتب الاقتراع التي كانت مفتوحة أمام الصحافيين، لم تشهد إقبالا "
        "واسعا. وفيما يتعلق بالحوادث الأمنية، قتل في محافظة ديالى شرطي وأصيب خمسة آخرون "
        "بجروح، جراء سقوط ثماني قذائف هاون."
    )
    sides = event_sides(nlp, text, "ASSAULT")
    assert sides and all(source != "الصحافيين" for source, _ in sides)


def test_an_arrest_before_a_preposition_is_passive(nlp):
    # unseen news: the Filipino presidency arrested no one
    text = (
        "وشددت الرئاسة الفلبينة على ضرورة تحقيق العدالة في هذه القضية، وسرعة محاكمة "
        "القاتل. وكان وزير الخارجية الفلبيني أعلن، الجمعة، أن واحدا من مشتبهين في وفاة "
        "عاملة منازل فلبينية عثر على جثتها مجمدة في شقة سكنية في الكويت، اعتقل في لبنان."
    )
    assert all(source != "الرئاسة الفلبينة" for source, _ in event_sides(nlp, text, "COERCE"))


def test_the_day_before_the_agent_keeps_it_the_source(nlp):
    # unseen news: "أمس السبت،" between the passive and "على يد"
    text = (
        'وقالت مصادر في المقاومة الشعبية إن المسؤول الأمني في محافظة إب يدعى "أبو عقيل '
        'السالمي" قتل أمس السبت، على يد عناصر المقاومة الشعبية في مديرية حزم العدين في إب.'
    )
    assert event_sides(nlp, text, "ASSAULT") == [("المقاومة الشعبية", "أبو عقيل السالمي")]


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        # audit, seed 10078, with an accusing body for the court: a court's verdict is no
        # DISAPPROVE (evaudit2, events/sense_words.py)
        (
            "وفي قضية أخرى، اتهمت السلطات الأمريكية ضابطا سابقا في المخابرات الأمريكية "
            "بالتجسس ونقل معلومات سرية إلى عميل صيني.",
            "DISAPPROVE",
            ("السلطات الأمريكية", "ضابطا"),
        ),
        # unseen news
        (
            "اعتقلت الشرطة الأميركية مسلحا اقتحم أحد متاجر سلسلة تريدر جو وتحصن به "
            "واحتجز عددا من الرهائن أثناء مطاردة الشرطة له بعد مواجهة استمرت أكثر من "
            "ساعتين.",
            "COERCE",
            ("الشرطة الأميركية", "مسلحا"),
        ),
    ],
)
def test_an_accusative_role_noun_starts_the_object(nlp, text, event_type, sides):
    assert sides in event_sides(nlp, text, event_type)
