"""A court's conviction is no condemnation and an interview no meeting (evsense2, issue
13). "كما أدين بتدربه"، "ثبوت إدانة مواطن بافتياته"، "إدانة برلسكوني بدفع رشوة" tell a
conviction (PLOVER SANCTION, optional in the gold), not DISAPPROVE
(events/sense_convicted.py); the first person "أدين باسم بلدي الحادث" still condemns.
"أجرت صحيفة … لقاء مع"، "بث مقدم البرنامج لقاء مع" tell an interview, not CONSULT
(events/sense_talk.py `conducted`); a meeting a spy chief holds stays one. Sentences from
unseen news (ant-multisource, saudinewsnet, ant-jawharafm; design seeds 11689-11693 and
the evaudit8 audit), none of the gold sets."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types


@pytest.mark.parametrize(
    "text",
    [
        # saudinewsnet (seed 11691): the counts of a ruling, a passive with its charge
        "كما أدين بتدربه على فك وتركيب سلاح رشاش من نوع (كلاشنكوف) في المعسكرات التابعة "
        "للتنظيمات المقاتلة هناك ومشاركته في المرابطة والعمليات القتالية التي دارت هناك.",
        # saudinewsnet (seed 11691): the guilt the ruling found, after ثبوت
        "أصدرت المحكمة الجزائية المتخصصة في مقرها الصيفي في محافظة جدة حكماً ابتدائياً "
        "يقضي بثبوت إدانة مواطن بافتياته على ولي الأمر وخروجه عن طاعته.",
        # ant-multisource (seed 11689): the passive, the convicted and their charge
        "وأدين الصحفيون الستة بعلاقتهم بالداعية المقيم في أمريكا، فتح الله غولن، المتهم "
        "بتدبير محاولة الانقلاب.",
        # ant-multisource (seed 11690): a headline, the noun with its charge
        "إدانة برلسكوني بدفع رشوة لسناتور في عام 2006",
        # ant-multisource (seed 11692): the passive and the court
        "أدين بريطاني ومثل أمام المحكمة البريطانية العليا بعد اتهامه بتغييب ابنته عن دراستها.",
        # ant-multisource (seed 11689): the noun with its pronoun and its charge
        "موقف المرشح الرئاسي لحزب العمال تعقد حين أمرت محكمة برازيلية بسجنه في "
        "نيسان/أبريل المنصرم على خلفية إدانته بقضايا فساد.",
    ],
)
def test_a_conviction_is_no_condemnation(nlp, text):
    assert "DISAPPROVE" not in event_types(nlp, text)


def test_the_first_person_condemnation_stays(nlp):
    # saudinewsnet (seed 11691): "أدين باسم بلدي" is the ambassador's own condemnation
    text = (
        "وقال بامخرمة في بيان لوكالة الأنباء السعودية أمس: أدين باسم بلدي جيبوتي الحادث "
        "الإجرامي الآثم الذي استهدف عباد الله الآمنين في المسجد."
    )
    assert any(s == "بامخرمة" for s, _ in event_sides(nlp, text, "DISAPPROVE"))


@pytest.mark.parametrize(
    "text",
    [
        # ant-multisource: a paper conducts it
        'وأجرت صحيفة "غارديان" لقاء مع موظف سابق في فيسبوك سرب معلومات للصحافة، كشف عن '
        "الطريقة التي تعاملت بها الشركة معه.",
        # ant-jawharafm (evaudit8): a programme's presenter airs it
        "كما بث مقدم البرنامج لقاء مع وزيرة العدل كريستيان توبيرا واجهت خلاله اتهامات مارين لوبان.",
        # ant-multisource (seed 11689): the channel's reporter conducts it
        "بل حتى أجرى مراسلنا يوم التحرير لقاء من أرض المطار مع قائد اللواء الأول بقوات "
        "العمالقة العميد رائد الحبهي.",
    ],
)
def test_an_interview_is_no_meeting(nlp, text):
    assert "CONSULT" not in event_types(nlp, text)


def test_a_meeting_held_stays_a_meeting(nlp):
    # ant-multisource: no medium conducts it; the spy chief met Kim
    text = "ورئيس وكالة الاستخبارات سي آي إي أجرى لقاء سريا مع الرئيس الكوري الشمالي كيم جونغ أون."
    sides = event_sides(nlp, text, "CONSULT")
    assert any("كيم جونغ أون" in t for _, t in sides)
