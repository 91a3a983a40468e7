"""Events that did not happen (evnon, issue 13; unseen audit seeds 10770-10774): an act
whose doer the article calls late ("الزعيم الليبي الراحل") is history the story recalls,
unless the late one is the genitive of the noun that acts ("أنصار الرئيس الراحل")
(events/attributes.py `deceased_source`); the pluperfect "كان … قد" with a year after
"عام" recalls an act of years ago, and so does a year opening the clause right before
the verb ("وفي عام 2015، شن") (`recalled_in_year`); "فجر ذلك اليوم" is dawn, not
a bombing (events/senses.py, words.tsv `dawn_days`)."""

from __future__ import annotations

import pytest

from event_types import event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # unseen (seed 10770): a deal of 2003 recalled
        (
            "وفي عام 2003، وافق الزعيم الليبي الراحل معمر القذافي على التخلي عن برنامج بلده "
            "للتسلح النووي، لكنه قتل بعد سنوات على يد مسلحين معارضين مدعومين من قوى غربية.",
            "AGREE",
        ),
        # unseen (seed 10771): a memoir of Nasser's time, shortened
        (
            "حينها طلب الرئيس الراحل جمال عبدالناصر الاجتماع بالصحافيين والكتاب.",
            "DEMAND",
        ),
    ],
)
def test_an_act_of_the_late_is_history(nlp, text, event_type):
    assert event_type not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # unseen (seed 10770): his followers call now
        (
            "ودعا أنصار الرئيس الراحل، إلى فعالية لوضع أكاليل الزهور أمام منزله في شارع "
            "حدة وسط صنعاء.",
            "DEMAND",
        ),
        # unseen (seed 10771): the prosecutor who investigated his death asks now
        (
            "وجاء الإعلان الأخير من النيابة العامة الفرنسية، على لسان المدعي العام الفرنسي، "
            "الذي كان مسؤولا عن التحقيق في وفاة الزعيم الفلسطيني الراحل ياسر عرفات، "
            "مطالبا بإغلاق التحقيق في القضية.",
            "DEMAND",
        ),
    ],
)
def test_the_late_as_a_genitive_leaves_the_act(nlp, text, event_type):
    assert event_type in event_types(nlp, text)


def test_the_living_leader_still_acts(nlp):
    text = "ووافق الرئيس الليبي على التخلي عن برنامج بلده للتسلح النووي."
    assert "AGREE" in event_types(nlp, text)


def test_dawn_of_that_day_is_no_bombing(nlp):
    # BBC Arabic (unseen, seed 10772): the Grenfell fire
    text = (
        "كان حسن في مصر لمدة ستة أشهر قبل الحادث لكنه عاد فجر ذلك اليوم ليجد أنه فقد أسرته كاملة."
    )
    assert "ASSAULT" not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # unseen (seed 10770): a refusal of 2016 recalled
        (
            "وكانت أبل قد رفضت في عام 2016 مساعدة الشرطة في فتح جهاز أيفون استخدمه مسلح، "
            "قتل 14 شخصا في مدينة سان برناردينو بولاية كاليفورنيا الأمريكية.",
            "REJECT",
        ),
        # unseen (seed 10771): a travel ban of 2007 recalled
        (
            "وكان مجلس الأمن قد فرض عام 2007 حظرا دوليا على سفر قاسم سليماني قائد فيلق "
            "القدس الذي يمثل ذراع الحرس الثوري الإيراني في الخارج.",
            "SANCTION",
        ),
    ],
)
def test_a_pluperfect_act_dated_to_a_year_is_history(nlp, text, event_type):
    assert event_type not in event_types(nlp, text)


def test_a_pluperfect_act_with_no_year_stays(nlp):
    # the pluperfect alone recalls acts of last week too
    text = "وكان مجلس الأمن قد فرض حظرا دوليا على سفر قاسم سليماني قائد فيلق القدس."
    assert "SANCTION" in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # unseen (seed 10770): an offensive of 2015 recalled
        (
            "وفي عام 2015، شنّ تنظيم داعش هجوماً واسعاً على المخيم، وطرد الفصائل المعارضة "
            "وأحكم سيطرته على الجزء الأكبر منه.",
            "ASSAULT",
        ),
        # unseen (seed 10770): an inquiry opened in 2013
        (
            "وفي عام 2013، فتحت فرنسا تحقيقاً في مزاعم بأن حملة ساركوزي استفادت من ملايين "
            "اليوروات من أموال غير مشروعة من القذافي.",
            "INVESTIGATE",
        ),
    ],
)
def test_a_year_opening_the_clause_dates_history(nlp, text, event_type):
    assert event_type not in event_types(nlp, text)


def test_a_year_inside_the_clause_leaves_the_act(nlp):
    # the year names what the act is about, not when it was done
    text = "وشن تنظيم داعش هجوما واسعا على مخيم اليرموك الذي أقيم عام 1957."
    assert "ASSAULT" in event_types(nlp, text)
