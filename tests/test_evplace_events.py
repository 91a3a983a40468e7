"""The count of those a killing or arresting verb hit, read across what stands between
them (evplace, session 27, issue 13): a time phrase ("بعد ظهر اليوم الأحد"), the bound of
the count ("ما لا يقل عن"، "أكثر من"), a preposition on the pronoun of the place
("قتل فيها") or the verb's subject ("اعتقلت السلطات الإيرانية 67 شخصا"). Unread, the
count left the target to a place, a country or nothing (events/verb_sides.py,
`_counted_after`). Sentences from unseen news: ant-multisource (seeds 10986, 10988) and
ant-jawharafm (the evaudit4 audit, seed 10962)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        # ant-multisource, seed 10986: the count after "ما لا يقل عن"
        (
            "وقتل ما لا يقل عن 34 شخصا يوم الاثنين من جراء الغارات الجوية والقصف، وفقا "
            "للمرصد السوري لحقوق الإنسان",
            "ASSAULT",
            "",
            "34 شخصا",
        ),
        (
            "قتل ما لا يقل عن ثلاثين شخصا في انفجار استهدف مركزا لتسجيل الناخبين في شرق "
            "أفغانستان الأحد",
            "ASSAULT",
            "",
            "ثلاثين شخصا",
        ),
        # ant-jawharafm, seed 10962 (evaudit4): the count after a time phrase, not the
        # settlement named later
        (
            "قتل بعد ظهر اليوم الأحد 3 جنود صهاينة على الأقل وأصيب أكثر من 15 آخرين في "
            'عملية دهس نفذها بالقرب من مستوطنة "ارمون هنتسيف" القريبة من جبل المكبر '
            "بالقدس المحتلة فيما تم إطلاق النار على المنفذ.",
            "ASSAULT",
            "",
            "3 جنود صهاينة",
        ),
        # ant-multisource, seed 10986: the count after the subject
        (
            "اعتقلت السلطات الإيرانية 67 شخصا خلال الأسابيع الماضية ومنعت أكثر من 100 "
            "موظف حكومي من مغادرة البلاد",
            "COERCE",
            "السلطات الإيرانية",
            "67 شخصا",
        ),
        (
            "واعتقلت تركيا أكثر من 50 ألف شخص، في إطار حملة واسعة النطاق منذ محاولة "
            "انقلاب عام 2016",
            "COERCE",
            "تركيا",
            "50 ألف شخص",
        ),
    ],
)
def test_the_count_past_a_time_phrase_bound_or_subject_is_the_target(
    nlp, text, event_type, source, target
):
    assert (source, target) in event_sides(nlp, text, event_type)


def test_the_count_after_the_pronoun_of_a_place_died_there(nlp):
    # ant-multisource, seed 10986: فيها is the town; the twenty civilians are the dead
    text = "وسجلت مدينة حمورية أعلى حصيلة إذ قتل فيها 20 مدنيا على الأقل جراء الغارات"
    assert any(target == "20 مدنيا" for _, target in event_sides(nlp, text, "ASSAULT"))


@pytest.mark.parametrize(
    "text",
    [
        # a count of days after بعد, a date after a day name: no victims
        "وقتل الرهينة بعد 3 أيام من اختطافه على يد مسلحين.",
        "وقتل الأحد 18 نوفمبر جندي في هجوم على حاجز.",
    ],
)
def test_days_and_dates_are_not_counted_victims(nlp, text):
    targets = [target for _, target in event_sides(nlp, text, "ASSAULT")]
    assert not any(t.startswith(("3 أيام", "18 نوفمبر")) for t in targets)


def test_a_length_of_detention_is_not_the_one_held(nlp):
    # ant-multisource, seed 10988: the pronoun of حبسته is the one held, 15 days its length
    text = (
        "وقد حبسته النيابة 15 يوما على ذمة التحقيقات في اتهامات وجهت إليه وتشمل "
        '"نشر وإذاعة أخبار كاذبة من شأنها الإضرار بالمصالح القومية للبلاد"'
    )
    assert all(target != "15 يوما" for _, target in event_sides(nlp, text, "COERCE"))
