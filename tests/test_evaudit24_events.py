"""Event classes from the audit of unseen articles (evaudit24, seeds 10056 and 10057): a
unit or court that "تعهد بالبحث" or "تعهد به" takes up a case (Tunisian usage), no pledge
(events/sense_talk.py `case_taken_up`); "طلب عروض" is a call for tenders, no demand
(events/data/words.tsv `sought`); "نسقها" with a possessive is the noun "pace", no
coordination (events/data/words.tsv `paces`); a news agency or radio station told to
("في تصريح لوكالة تونس افريقيا للأنباء"، "ل"الجوهرة أف أم""، "لجوهرة "اف ام"") is no
side (events/side_targets.py `audience`); "مطالب(ا) بـ" after كان or a sister is "required to",
no demand (events/sense_talk.py `obliged`, also for speech cues)."""

from __future__ import annotations

import pytest

from event_types import event_types, ungated_sides


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10056)
        "وأكد بن حسن أن الأمن تعهد بالبحث في هذه الحادثة.",
        # Jawhara FM (audit, seed 10056): the unit named between
        "بتعليمات من النيابة العمومية بالقطب القضائي لمكافحة الارهاب تعهدت لوحدة الوطنية "
        "للابحاث في جرائم الارهاب للحرس الوطني بالعوينة بالبحث في الموضوع.",
        # Jawhara FM (unseen)
        "وأوضح أن المحضر المتعلق بهذه المسألة تعهدت به الإدارة الفرعية للقضايا الإجرامية.",
    ],
)
def test_a_case_taken_up_is_no_pledge(nlp, text):
    assert "AGREE" not in event_types(nlp, text)


def test_what_a_government_pledged_is_still_a_pledge(nlp):
    # Jawhara FM (unseen): "تعهد به" after a relative
    text = (
        "اعطى رئيس الحكومة يوسف الشاهد، مساء الخميس اشارة انطلاق برنامج السكن الاول للفئات "
        "متوسطة الدخل، الذي تعهدت به حكومة الوحدة الوطنية."
    )
    assert "AGREE" in event_types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (unseen)
        "وأضاف أن الوزارة أطلقت طلب عروض لمشغل بنية تحتية يقدم خدمته للمشغلين.",
        # Jawhara FM (unseen)
        "سحبت نحو عشر شركات تونسية وأوروبية ملفات للمشاركة في طلب العروض الدولي.",
    ],
)
def test_a_call_for_tenders_is_no_demand(nlp, text):
    assert "DEMAND" not in event_types(nlp, text)


def test_a_demand_made_is_still_a_demand(nlp):
    # Jawhara FM (audit, seed 10057)
    text = "وطالب الأطباء الدولة و وزارة الصحة على وجه الخصوص بتدخل عاجل."
    assert "DEMAND" in event_types(nlp, text)


def test_traffic_back_to_its_pace_is_no_coordination(nlp):
    # Jawhara FM (unseen; the audit's "عادت الحركة في مدينة تطاوين إلى نسقها المعتاد",
    # seed 10057, is the same construction)
    text = (
        "أعلنت وزارة النقل اليوم أنه تم بعد جلسة انعقدت صباح اليوم بمقر الوزارة حضرها وفد عن "
        "المجتمع المدني بولاية قفصة وممثلين عن معتصمي محطة السكك الحديدية بمنزل بوزيان بولاية "
        "سيدي بوزيد فكّ الاعتصام لتعود بذلك الحركة إلى نسقها العادي لنقل الفسفاط."
    )
    assert "COOPERATE" not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "event_type", "outlet"),
    [
        # Jawhara FM (audit, seed 10057): the agency's name runs past two words
        (
            "وقال عضو التنسيقية المحلية، العوني بن مسعود في تصريح لوكالة تونس افريقيا للأنباء "
            "إن المحتجين طالبوا بمزيد توفير الإطار الطبي بالمستشفى المحلي.",
            "DEMAND",
            "للأنباء",
        ),
        # Jawhara FM (audit, seed 10057): the station in quotation marks
        (
            'وقال مدير التجارة الإلكترونية، خباب الحضري في تصريح ل"الجوهرة أف أم" إن عملية '
            "التسويق الشبكي لا تخضع لأي قوانين تنظمها.",
            "DISAPPROVE",
            "أف أم",
        ),
        # Jawhara FM (audit, seed 10057): "اف ام" after the station's name
        (
            'وبتفتيشه تم العثور على مقاطع فيديو تدعو للجهاد وفق ما أكده مصدر أمني لجوهرة "اف ام" .',
            "DEMAND",
            "ام",
        ),
    ],
)
def test_an_outlet_told_to_is_no_side(nlp, text, event_type, outlet):
    # the second holds no word of blame, which the speech-act model asks since evmodel
    sides = ungated_sides(nlp, text, event_type)
    assert sides
    assert not any(outlet in side for pair in sides for side in pair)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10057)
        "وأشار إلى أن كطبيب بات مطالبا بحل اشكالية التجهيزات المعدومة ومشاكل مادية لاذنب له فيها.",
        # multisource (unseen)
        "وتحت قيادة إيمري، سيكون أوزيل مطالبا بإثبات جدارته من ناحية وكسب ثقة الجماهير مجددا "
        "من ناحية أخرى.",
    ],
)
def test_required_to_is_no_demand(nlp, text):
    assert "DEMAND" not in event_types(nlp, text)


def test_demanding_after_a_clause_is_still_a_demand(nlp):
    # BBC (unseen): the participle after its speaker's clause
    text = (
        "تحدى الرئيس التركي رجب طيب أردوغان السعودية، مطالبا إياها بتقديم دليل يثبت مغادرة "
        "الصحفي جمال خاشقجي لقنصليتها في مدينة إسطنبول."
    )
    assert "DEMAND" in event_types(nlp, text)
