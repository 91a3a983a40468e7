"""Arrests told with "أوقف"، "إيقاف" and "توقيف" (evarrest, issue 13): with a people word
as the object they are COERCE, the people word the target and the arresting force the
source; a thing stopped, a suspension from work and an arrest's paper are not
(events/sense_arrest.py). Sentences from unseen news (design seeds 11649-11653)."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # Jawhara FM, design seed 11651: the count of people after the verbal noun
        (
            "تمكنت الوحدات الأمنية بالقيروان اليوم الخميس 03 ديسمبر 2015 من إيقاف 6 أشخاص "
            "متشددين دينيا بينهم عنصر من المفتش عنهم خلال مداهمة أمنية وحجزت لديه سكينا "
            "خاصا بسلاح كلاشنكوف وفق ما أكده مراسل الجوهرة أف أم بالجهة.",
            "الوحدات الأمنية",
            "أشخاص",
        ),
        # design seed 11651: a people word right after the noun
        (
            "تمكنت إحدى الفرق التابعة للإدارة الفرعيّة للقضايا الإجراميّة بإدارة الشرطة "
            "العدليّة أبحاثها في الموضوع من إيقاف إمرأة متورّطة عملية تحيل على 5 أشخاص "
            "مقابل تمكينهم من عقود عمل وهمية بالخارج.",
            "الفرق",
            "إمرأة",
        ),
    ],
)
def test_an_arrest_noun_is_coerce(nlp, text, source, target):
    sides = event_sides(nlp, text, "COERCE")
    assert any(source in s and target in t for s, t in sides), sides


def test_an_arrest_verb_is_coerce(nlp):
    # design seed 11653: the verb with its subject, then a people word as its object
    text = "أوقفت الشرطة الفرنسية فتى يبلغ من العمر 15 سنة يشتبه في أنه كان يريد شن هجوم في فرنسا."
    assert [s for s, _ in event_sides(nlp, text, "COERCE")] == ["الشرطة الفرنسية"]


@pytest.mark.parametrize(
    "text",
    [
        # design seed 11653: the traffic stopped
        'من جهتها ذكرت وكالة "رويترز" أن الشرطة البريطانية أوقفت حركة السيارات قرب مقر '
        "رئيسة الوزراء تيريزا ماي في داوننغ ستريت.",
        # design seed 11652: an official suspended from work
        "قرر وزير التربية ، ناجي جلول إيقاف مسؤول بالمندوبية الجهوية للتربية بالمنستير عن "
        "العمل وذلك على خلفية شبهة فساد مالي تتعلّق بإحدى الصفقات و فتح تحقيق إداري ومالي "
        "عاجل.",
        # design seed 11650: a match stopped
        "و يأتي ذلك في إطار دعم لاعبين شبان تعرضا للعنصرية في غضون الأسبوع الماضي خلال "
        "إحدى المقابلات في منافسات الشبان مما تسبب في مغادرتهما الميدان و إيقاف المباراة "
        "بعد مساندتهم من قبل زملائهم .",
        # design seed 11650: a car stopped by a patrol
        "وذكر نفس المصدر أن دورية من الحرس الحدودي في المنطقة ذاتها أوقفت سيارة أخرى يبدو "
        "انها كانت ترافق السيارة الأولى محملة أيضا بكميات هامة من السجائر الفاخرة، مشيرا "
        'إلى أن دورية من الديوانة في منطقة رمادة قد أحبطت أمس عملية تهريب كمية كبيرة من "الفوشيك" '
        "والدخان بعد مطاردة طويلة عبر مسالك فلاحية وعرة.",
    ],
)
def test_a_thing_stopped_or_a_suspension_is_no_arrest(nlp, text):
    assert "COERCE" not in event_types(nlp, text)
