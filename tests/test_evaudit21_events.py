"""Event classes from the audit of unseen articles (evaudit21, seeds 10038 and 10039): an
ambush told with an arrest, a seizure or drugs is a police trap, no attack
(events/sense_force.py `trap_for_arrest`); the subject of "دخل … في" before a strike or
sit-in noun holds it, past the date told after the verb (events/frames.py `entrant`)."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10038): the arrest was made after a trap
        "وقال مصدر أمني مسؤول لوكالة تونس افريقيا للأنباء إن عملية إلقاء القبض عليه تمت "
        "اثر نصب كمين محكم بمدينة دوز و بعد تتبع تحركاته.",
        # Jawhara FM (audit, seed 10039): a drug squad's trap
        "تمكّنت الفرقة الجهوية لمكافحة المخدرات بسوسة من الكشف عن شبكة تنشط في الاتجار "
        "بالمخدرات والتهريب بين سوسة ونابل، بعد نصب كمين محكم في سيارة خاصة على مستوى "
        "محطة الاستخلاص بهرقلة.",
        # Jawhara FM (unseen): smuggled fuel seized
        "تمكنت فرقة الطلائع للحرس الوطني، ظهر اليوم، بعد نصب كمين محكم على مستوى معتمدية "
        "الروحية من ولاية سليانة، من إيقاف 4 شاحنات محملة بالبنزين المهرب من بلد مجاور.",
    ],
)
def test_a_police_trap_is_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_an_ambush_that_kills_is_still_an_attack(nlp):
    # multisource (unseen)
    text = (
        "قتل 27 شخصا من مقاتلي قوات الحشد الشعبي المدعومة من الحكومة العراقية، في كمين "
        'نصبه "مسلحو تنظيم الدولة الإسلامية" قرب مدينة كركوك في شمال البلاد.'
    )
    assert "ASSAULT" in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # Jawhara FM (audit, seed 10039)
        (
            "دخل عمال المجمع الكيميائي بالمظيلة من ولاية قفصة اليوم الاثنين 17 اكتوبر 2016 "
            "في اعتصام مفتوح للمطالبة بإدماجهم و تسوية وضعيتهم المهنية.",
            "عمال",
        ),
        # Jawhara FM (unseen): not the place after the subject
        (
            "دخل أعوان بطاحات جربة اليوم الإثنين 05 جوان 2017 في اضراب لمدة ثلاثة أيام إلى "
            "غاية يوم 7 جوان.",
            "أعوان",
        ),
        # Jawhara FM (unseen): past a date with a Maghrebi month
        (
            "دخل اليوم الجمعة 30 جانفي 2015 طلبة مدرسة علوم التمريض بقابس في اضراب مفتوح عن "
            "الدراسة للمطالبة بإنشاء قانون أساسي.",
            "طلبة",
        ),
    ],
)
def test_who_enters_a_strike_holds_it(nlp, text, holder):
    sides = event_sides(nlp, text, "PROTEST")
    assert sides and all(source.startswith(holder) for source, _ in sides)
