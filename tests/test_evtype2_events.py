"""Speech acts missed or mistyped on dev (issue 13, session 15): classes of sentences
whose act the lexicon did not reach. Every sentence is from an unseen article of the
news corpus (none of them annotated)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "blamer", "blamed"),
    [
        (
            "وطالبت الرابطة بإيقاف هذه المحاكمات فوراً وسرعة إطلاق سراح المختطفين والمخفيين،"
            " محملة الحوثيين مسؤولية حياتهم وسلامتهم.",
            "الرابطة",
            "الحوثيين",
        ),
        (
            "وتوعد شيوخ عشائر محافظة المثنى، جنوبي البلاد، بإغلاق مجلس المحافظة ومكاتبها في"
            " حال لم تتم الاستجابة لمطالب المتظاهرين، محملين الحكومة المحلية مسؤولية انتشار"
            " الفساد.",
            "شيوخ عشائر",
            "الحكومة",
        ),
        (
            "وكان النجيفي نعى مساء أول من أمس مقتل 2070 شخصا من أبناء الموصل على يد مسلحي"
            " داعش، محملا الحكومة المركزية في بغداد مسؤولية الإبادة الجماعية التي يتعرض لها"
            " الموصليون.",
            "النجيفي",
            "الحكومة المركزية",
        ),
    ],
)
def test_a_participle_holding_someone_responsible_is_a_criticism(nlp, text, blamer, blamed):
    sides = event_sides(nlp, text, "DISAPPROVE")
    assert any(blamer in s and blamed in t for s, t in sides)


def test_a_truck_loaded_with_aid_blames_no_one(nlp):
    text = (
        "واعترفت المنظمة أنها فشلت في الحصول على موافقة المسؤولين السوريين للسماح بدخول 40"
        " شاحنة محملة بالمساعدات الإنسانية إلى مدينة دوما."
    )
    assert not event_sides(nlp, text, "DISAPPROVE")


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ('ووصفت موسكو هذه المزاعم بأنها "لا أساس لها من الصحة".', "موسكو"),
        (
            "ووصف نتانياهو، الذي يخضع هو أيضا لسلسلة من تحقيقات الفساد، الاتهامات الموجهة"
            ' لزوجته بأنها "سخيفة ولا أساس لها".',
            "نتانياهو",
        ),
        (
            'ووصفت هيئة الأوراق المالية والبورصات الأمريكية تعليقات ماسك بأنها "ادعاءات'
            ' كاذبة ومضللة".',
            "هيئة الأوراق المالية",
        ),
    ],
)
def test_a_claim_described_as_false_is_denied(nlp, text, denier):
    sides = event_sides(nlp, text, "REJECT")
    assert any(denier in s for s, _ in sides)
    assert not event_sides(nlp, text, "DISAPPROVE")


def test_a_body_described_as_aggressive_is_still_criticised(nlp):
    text = 'ووصف الوزير تصريحات الحكومة الإيرانية بأنها "عدوانية".'
    assert event_sides(nlp, text, "DISAPPROVE") and not event_sides(nlp, text, "REJECT")
