"""Event classes from the audit of unseen articles (evaudit22, seeds 10042 and 10043): a
town's name read in a word with a pronoun ("ذكره"، "طاقتها") is no place (events/actors.py
`ActorFinder._dictionary_at`); "قاضي التحقيق"، "حاكم التحقيق" name a judge and "على ذمة التحقيق" a
state someone is held in, no investigation (events/data/words.tsv `investigators`,
`pending`); munitions found and then detonated ("باكتشاف وتفجير 163 عبوة") are no attack
(events/sense_force.py `munition_handled`)."""

from __future__ import annotations

import pytest

from event_types import event_types


def _places(nlp, text: str) -> list[str]:
    doc = nlp.analyze(text)
    return [doc.slice(e.where) for e in doc.events or [] if e.where is not None]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # BBC (audit, seed 10042): "ذكره" is not the Maldivian town ذكر
        (
            "أطلق سراح العديد من تلميذات المدرسة اللائي اختطفتهن ميليشيا من مدينة دابشي ، "
            "وذلك بحسب ما ذكره سكان محليون لبي بي سي.",
            "ذكره",
        ),
        # Jawhara FM (audit, seed 10043): "طاقتها" is not the Omani town طاقة
        (
            "ونفت الوزارة في بلاغ لها تقارير تشير الى بلوغ 14 سدا طاقتها القصوى رغم غزارة "
            "الامطار التي سجلت يوم 29 سبتمبر2016.",
            "طاقتها",
        ),
    ],
)
def test_a_common_word_is_no_town(nlp, text, word):
    assert word not in _places(nlp, text)


def test_a_town_with_the_article_in_its_name_is_still_a_place(nlp):
    # multisource (unseen)
    text = "نفت الوزارة وقوع هجوم على مقرها في القاهرة أمس."
    assert "القاهرة" in _places(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # Jawhara FM (audit, seed 10043)
        "وأشار إلى أن قاضي التحقيق قام اليوم بعد الاستماع للمعتدي بتطبيق القانون.",
        # Jawhara FM (unseen)
        "أصدر قاضي التحقيق بسوسة بطاقة ايداع بالسجن في حق متهم بسرقة نحو 200 راس غنم "
        "بجهة سيدي بوعلي.",
        # multisource (unseen)
        "وكان مقررا أن يمثل الثلاثاء أمام قضاة التحقيق في باريس سعد صبار رئيس مجلس إدارة لافارج.",
        # Jawhara FM (unseen)
        "وأذنت النيابة العمومية اليوم بايقاف التلميذة على ذمة التحقيق.",
    ],
)
def test_an_investigating_judge_is_no_investigation(nlp, text):
    assert "INVESTIGATE" not in event_types(nlp, text)


def test_an_inquiry_opened_is_still_an_investigation(nlp):
    # Jawhara FM (unseen): a headline
    assert "INVESTIGATE" in event_types(
        nlp, "فتح تحقيق قضائي في ملابسات انتحار سجين بالسجن المدني بالمنستير"
    )


@pytest.mark.parametrize(
    "text",
    [
        # BBC/multisource (audit, seed 10042): army engineers detonate the IEDs they found
        "ولفت البيان الى قيام (المهندسين العسكريين) باكتشاف وتفجير 163 عبوة ناسفة تم زرعها "
        "لاستهداف قوات المداهمات بمناطق العمليات.",
        # multisource (unseen): a count in brackets
        "وقيام عناصر المهندسين العسكريين باكتشاف وتفجير عدد (101) عبوة ناسفة تم زراعتها "
        "لاستهداف قوات المداهمات على طرق التحرك بمناطق العمليات.",
        # multisource (unseen): found, defused, detonated
        "وأضافت القوات المسلحة أن عناصر المهندسين العسكريين اكتشفوا وفككو وفجروا 15 عبوة "
        "ناسفة تم زراعتها على محاور التحرك المختلفة.",
        # Jawhara FM (unseen): a wartime shell found at sea
        "تم عشية اليوم الثلاثاء، اكتشاف قذيفة من مخلفات الحرب العالمية في عرض البحر قبالة "
        "القصر الرئاسي بمنطقة المرازقة من معتمدية الحمامات.",
    ],
)
def test_munitions_found_and_detonated_are_no_attack(nlp, text):
    assert "ASSAULT" not in event_types(nlp, text)


def test_a_bomb_set_off_against_a_patrol_is_still_an_attack(nlp):
    # multisource (unseen)
    text = (
        "وكان جيش الاحتلال قد أعلن في وقت سابق السبت إصابة 4 من جنوده، اثنان منهم بحالة "
        "خطرة، إثر تفجير عبوة ناسفة استهدفت دورية على الشريط الحدودي."
    )
    assert "ASSAULT" in event_types(nlp, text)
