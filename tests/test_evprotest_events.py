"""Who holds a protest (evprotest, issue 13): the subject of "نفذ"/"نظم" in any person
before the protest noun, with only time words between ("نفذت رابطة أمهات المختطفين
اليمنيين، الثلاثاء، وقفة"), or told before a plural verb after كان/أن ("وكان الأساتذة
الجامعيون نفذوا وقفة"، "أن عمال … دخلوا في إضراب"); the side ranker keeps it
(events/frames.py `holder`, `fronted`); a Maghrebi تظاهرة an official oversees
(أشرف)، guests attend (حضور) or artists or tourists join is a public event (words.tsv
`festivities`); the people after the لـ of a protest noun hold it ("اعتصام لمناصري
مرسي"، "احتجاجات لموظفي غوغل"; frames.py `lam_group`); a protest noun told as the
purpose of a held one ("احتجاجا على") is that one (merging.py `_purposes_held`)."""

from __future__ import annotations

import pytest

from event_types import event_sides


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # multisource (unseen): a feminine verb, the group's head before a known name
        (
            "نفذت رابطة أمهات المختطفين اليمنيين، الثلاثاء، وقفة احتجاجية أمام مكتب المفوضية "
            "السامية لحقوق الإنسان، في العاصمة صنعاء.",
            "رابطة أمهات المختطفين",
        ),
        # multisource (unseen): not a name told later in the sentence
        (
            "وقال المرصد في بيان «نفذ أكثر من ألف شخص اعتصاما عند دوار الزراعة في مدينة "
            "اللاذقية احتجاجا على قتل سليمان هلال الأسد -نجل ابن عم بشار الأسد- للعقيد حسان "
            "الشيخ».",
            "ألف شخص",
        ),
        # Jawhara FM (unseen): a plural verb after كان, its subject before it
        (
            "وكان الأساتذة الجامعيون بصفاقس نفذوا سابقا وقفة احتجاجية امام مقر الجامعة.",
            "الأساتذة الجامعيون",
        ),
        # Jawhara FM (unseen): after أن, past the place and the date
        (
            "أعلن الاتحاد العام التونسي للشغل أن أعوان النظافة بباب العسل وكامل بلدية تونس "
            "ينفذون اليوم الجمعة 31 مارس 2017 وقفة احتجاجية، بعد اقدامهم على اغلاق القنطرة.",
            "أعوان النظافة",
        ),
        # Jawhara FM (unseen): a dual verb "دخلا في" after إن
        (
            "وقال لطفي بن ساسي، عضو نقابة الشركة التعاونية بسوق الجملة إن عاملين اثنين دخلا "
            "في إضراب جوع وحشي احتجاجا على تصرفات المؤتمن العدلي.",
            "عاملين اثنين",
        ),
        # Jawhara FM (unseen): a counted subject, "من" and a protester noun in it
        (
            "وكان المئات من المواطنين نظموا، في (2 آب 2015)، تظاهرة حاشدة أمام مبنى محافظة "
            "بابل لمطالبة الحكومة بتحسين الخدمات.",
            "المئات من المواطنين",
        ),
    ],
)
def test_who_holds_a_protest(nlp, text, holder):
    sides = event_sides(nlp, text, "PROTEST")
    assert sides and any(source.startswith(holder) for source, _ in sides)


def test_a_pronoun_subject_names_no_holder(nlp):
    # Jawhara FM (unseen): "أنهم نفذوا": no noun before the verb is its subject
    text = "وأشار إلى أنهم نفذوا منذ يومين وقفة احتجاجية، تعهدت خلالها السلط المحلية."
    assert not any(source.startswith("إلى") for source, _ in event_sides(nlp, text, "PROTEST"))


def test_the_subject_of_another_verb_is_not_the_holder(nlp):
    # news-gold style (unseen construction): a hunger strike object, then "احتجاجا"
    text = "وفي الفترة التي قضتها في السجن، نفذت إضرابين عن الطعام احتجاجا على الظروف في سجن إيوين."
    assert not any(source.startswith("إضراب") for source, _ in event_sides(nlp, text, "PROTEST"))


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (unseen): an official oversees a show
        "اشرف صباح اليوم السبت 11 مارس 2017، وزير تكنولوجيات الاتصال والاقتصاد الرقمي أنور "
        "معروف، على تظاهرة اجتماعية تحسيسية في القيروان، تأتي بمبادرة من البنك الدولي.",
        # Jawhara FM (unseen): an artist takes part
        "وقالت الفنانة الجزائرية انها نادمة على مشاركتها في التظاهرة وعلى السفر الى تونس.",
        # Jawhara FM (unseen): guests attend
        "وسجلت تظاهرة هذه السنة حضور مشاركين أجانب من فرنسا وروسيا والصين، وهي مشاركة دولية مهمة.",
    ],
)
def test_a_maghrebi_public_event_is_no_protest(nlp, text):
    assert not event_sides(nlp, text, "PROTEST")


def test_a_protest_attended_is_still_a_protest(nlp):
    # multisource (unseen): protest words beside the attendance
    text = (
        "ونظم المئات من الطلاب تظاهرة احتجاجية ضد قرار الوزارة بحضور عدد من النواب أمام "
        "مقر البرلمان."
    )
    assert event_sides(nlp, text, "PROTEST")


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # multisource (unseen): a group in the dictionaries after لـ
        (
            "وقال سكان إن هذه أول مظاهرة لمؤيدي القذافي في ثاني أكبر مدينة ليبية.",
            "مؤيدي القذافي",
        ),
        # multisource (unseen): a sound plural, not the protest's target
        (
            "وقد فرقت الشرطة بواسطة الغاز المسيل للدموع تظاهرة لناشطين مؤيدين للأكراد كانوا "
            "يحتجون على تدخل الجيش التركي في شمال غرب سوريا.",
            "ناشطين",
        ),
        # multisource (unseen): a broken plural of people, past the adjective
        (
            "وفي وقت سابق، أجبرت موجة احتجاجات لموظفي غوغل الشركة على إلغاء عقد مع وزارة "
            "الدفاع الأمريكية.",
            "موظفي غوغل",
        ),
    ],
)
def test_the_people_after_the_lam_hold_the_protest(nlp, text, holder):
    sides = event_sides(nlp, text, "PROTEST")
    assert sides and any(source.startswith(holder) for source, _ in sides)


def test_a_purpose_after_the_lam_holds_nothing(nlp):
    # Jawhara FM (unseen): "للتنديد" is why, not who
    text = (
        "نفّذ أعوان الحرس البحري بسوسة اليوم الثلاثاء وقفة احتجاجية للتنديد بالاعتداءات "
        "المتكررة على المقرات الأمنية."
    )
    sides = event_sides(nlp, text, "PROTEST")
    assert sides and all(source.startswith("أعوان") for source, _ in sides)


def test_a_protest_told_as_a_purpose_is_the_one_held(nlp):
    # multisource (unseen): "احتجاجا" is the sit-in's purpose, not the reporter's protest
    text = (
        "وقال المرصد في بيان «نفذ أكثر من ألف شخص اعتصامًا عند دوار الزراعة في مدينة "
        "اللاذقية احتجاجًا على قتل سليمان هلال الأسد - نجل ابن عم بشار الأسد- للعقيد حسان "
        "الشيخ»."
    )
    sides = event_sides(nlp, text, "PROTEST")
    assert sides and all(source.startswith("ألف شخص") for source, _ in sides)
