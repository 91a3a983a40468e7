"""The crime convention of issue 13 (docs/accuracy.md, events/data/triggers.tsv): a
violent crime is an ASSAULT whoever commits it (a husband, a gang, kidnappers for
ransom), as PLOVER codes crime as a context of the act and the gold codes such acts;
a thing snatched after a kidnapping word ("خطف الأضواء"، "خطف حقيبتها") is a figure of
speech or a theft, no abduction (events/senses.py, evkidnap)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    "text",
    [
        # unseen news (Jawhara FM 2017, SaudiNewsNet 2015)
        "لينجحا في اختطاف إعجاب الحضور.",
        "في بادرة طريفة، نجحت طفلة تبلغ من العمر 7 سنوات في اختطاف أضواء الشهرة و دخول عالم "
        "التوظيف من أوسع أبوابه.",
        "وأشار إلى أن الفريق قام بمسيرة شباب الوطن إلى أبها، وسط الأمطار، وخطف أنظار "
        "المتنزهين والسياح.",
        "وذكرت صحيفة «ذا تايمز أوف إنديا» أن القرد انقض على المرأة (50 عاماً) التي كانت تسير "
        "مع أسرتها، وخطف حقيبتها في معبد بانكي بيهاري في بلدة فريندافان.",
        # unseen news (Sky News Arabia 2018, Al Arabiya 2018): the thing past the subject,
        # death as the one who snatches
        "وخطف رونالدو الأنظار بعد فوز ريال 3-1 على ليفربول في النهائي في كييف أمس السبت.",
        "وخلّفت وراءها مسيرة حافلة، وقد خطفها الموت مساء أمس الأحد إثر أزمة قلبية مفاجئة وهي في "
        "عز عطائها للفن.",
    ],
)
def test_a_thing_snatched_is_no_abduction(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # unseen news (Jawhara FM 2016): a kidnapping for ransom by an armed group
        "أقدمت مجموعة ليبية مسلحة، الأحد الماضي على اختطاف مواطنين تونسيين وطالبت بدفع فدية "
        "من أجل الإفراج عنهما.",
        # unseen news (Jawhara FM 2016): a murder between private persons
        "أقدم شابّ في العقد الثّالث من عمره صباح اليوم على قتل زوجته طعنا بالسّكين بعد نشوب "
        "خلاف عائلي بينهما.",
    ],
)
def test_violent_crime_is_an_assault(nlp, text):
    assert "ASSAULT" in event_types(nlp, text)
