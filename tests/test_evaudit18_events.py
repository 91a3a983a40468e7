"""Event classes from the audit of unseen articles (evaudit18, seeds 10030 and 10031, all
types): a prayer after a calling cue ("داعياً الله أن …") demands nothing of anyone
(events/speech.py); a court upholding a ruling or a measure ("أيدت المحكمة الإدارية
حكم …") is no actor's support, "يهدد التعاون الأمني" endangers cooperation, and
"استقبلنا خبر استشهاد" receives news, no visitor, and "تحقيق تطلعات" is
achieving (events/senses.py)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # audit, seed 10030
        "وألقى وكيل محافظ الخفجي الأستاذ زيد العتيبي كلمته للأهالي التي هنأهم بحلول عيد "
        "الفطر المبارك، داعياً الله تعالى أن يتقبل منهم الصيام والقيام وأن يُعيده على "
        "الأمتين العربية والإسلامية أعواماً مديدة.",
        # unseen (SaudiNewsNet), shortened: God named with an honorific after the one who prays
        "وقدّم الشيخ الحجري تهنئته لأمير المنطقة بعيد الفطر المبارك، ودعا الشيخ المولى "
        "عز وجل أن يُديم الأمن والأمان على هذه الأرض المباركة.",
    ],
)
def test_a_prayer_is_no_demand(nlp, text):
    assert "DEMAND" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "ودعا حزب الله الحكومة اللبنانية إلى الاستقالة فورا.",
        "ودعا الملك عبد الله الثاني المجتمع الدولي إلى دعم اللاجئين السوريين.",
    ],
)
def test_names_that_hold_the_word_still_demand(nlp, text):
    assert "DEMAND" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # audit, seed 10031
        "ورغم الطعن الذي تقدمت به الجزائرية المتزوجة من فرنسي، أيدت المحكمة الإدارية حكم "
        "رفض منحها جواز السفر الفرنسي.",
        # an unseen headline in a sentence: the court before the verb
        "وقالت الصحيفة إن المحكمة الإسرائيلية العليا تؤيد استخدام الجيش للقوة ضد المتظاهرين.",
    ],
)
def test_a_court_upholding_a_ruling_is_no_support(nlp, text):
    assert "SUPPORT" not in event_types(nlp, text)


def test_a_person_backing_a_ruling_still_supports(nlp):
    assert "SUPPORT" in event_types(nlp, "وأيدت فرنسا قرار الرئيس الأمريكي بفرض العقوبات.")


def test_endangering_cooperation_is_no_threat(nlp):
    # audit, seed 10031
    text = (
        "وبدأت المفوضية الأوروبية في استبعاد بريطانيا وشركاتها من أعمال مستقبلية حساسة "
        "بشأن مشروع غاليليو، في إجراء قالت بريطانيا إنه يهدد التعاون الأمني."
    )
    assert "THREATEN" not in event_types(nlp, text)


def test_news_received_is_no_meeting(nlp):
    # audit, seed 10030
    text = (
        "وقال والد الشهيد علي أحمد عسيري: بقلوب مؤمنة، استقبلنا خبر استشهاد ابننا مفرح "
        "بمسجد قوات الطوارئ الخاصة بعسير."
    )
    assert "CONSULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # unseen (statement of Egypt's foreign ministry)
        'وأضاف البيان أن "مصر إذ تعبر عن تضامنها مع الشعب السوري الشقيق في سبيل تحقيق '
        'تطلعاته للعيش في أمان واستقرار".',
        # unseen (SaudiNewsNet)
        "وأشادت بالخطوات الإصلاحية الكبيرة التي تقوم بها القيادة السعودية لتحقيق تطلعات "
        "الشعب السعودي الشقيق.",
    ],
)
def test_achieving_aspirations_is_no_inquiry(nlp, text):
    assert "INVESTIGATE" not in event_types(nlp, text)
