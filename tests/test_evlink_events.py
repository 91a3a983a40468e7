"""A condemnation or refusal of a kind of act ("ترفض جميع أشكال معاداة السامية"، "تندد بكل
أشكال العنصرية") is a standing position, generic: it is marked background and left out
of the layer (`events/kind_acts.kind_object`). A condemnation of one act or a refusal of
one thing stands. Sentences from unseen articles (design seeds 11326-11327, fresh seeds
11328-11330)."""

from __future__ import annotations

import pytest

from event_types import event_types
from rasd.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # seed 11328 (ant-multisource)
        (
            "وكانت الإمارات قد قدمت في وقت سابق، الثلاثاء، مذكرة الى لجنة القضاء على التمييز "
            "العنصري تؤكد التزامها بالاتفاقية الدولية للقضاء على جميع أشكال التمييز العنصري، "
            "وترفض أي شكل من أشكال التمييز.",
            "REJECT",
        ),
        # seed 11330 (ant-multisource)
        ("غير أنه عاد بالأمس ونشر تغريدة تندد بكل أشكال العنصرية.", "DISAPPROVE"),
        # seed 11326 (ant-multisource): the kind after the condemned noun
        ('وكذلك ندين معاداة السامية بجميع أشكالها".', "DISAPPROVE"),
        # seed 11327 (saudinewsnet)
        (
            "ودعا فرقة العمل المشتركة المتعددة الجنسيات في المنطقة لضرورة تكثيف جهودها في "
            "مكافحة الإرهاب، مجددًا موقف منظمة التعاون الإسلامي التي تدين بقوة جميع أعمال "
            "الإرهاب والتطرف العنيف بجميع أشكاله ومظاهره.",
            "DISAPPROVE",
        ),
    ],
)
def test_a_kind_of_act_condemned_is_generic(nlp: Pipeline, text: str, kind: str) -> None:
    assert kind not in event_types(nlp, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # seed 11326 (ant-multisource): one report refused
        (
            'رفضت إيران "بشكل قاطع" تقريرا من خبراء الأمم المتحدة يقول إن زعماء القاعدة في '
            'إيران "أصبحوا أكثر نفوذا".',
            "REJECT",
        ),
        # seed 11326 (ant-multisource): one strike condemned
        (
            'وفي وقت سابق، دان الكرملين "بأقصى درجات الحزم" الضربات على سوريا والتي جاءت '
            "ردا على هجوم كيماوي مفترض على مدينة دوما قرب دمشق.",
            "DISAPPROVE",
        ),
    ],
)
def test_one_act_condemned_or_refused_stands(nlp: Pipeline, text: str, kind: str) -> None:
    assert kind in event_types(nlp, text)
