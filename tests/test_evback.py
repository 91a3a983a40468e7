"""Acts hoped or wished for (issue 13, evback): "أعرب عن أمله في التوصل إلى اتفاق"،
"وأتمنى أن أزور" tell no act done, while a real act whose effect is hoped ("أن تساعد
زيارة أوباما") and a disappointment ("خيبة أملها") are kept. The sentences come from
unseen news articles (evback's design seeds), none of them annotated."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "وأعرب كاتب عام النقابة عن أمله في التوصل إلى اتفاق خاصة وأن بعض المدارس مازالت"
            " الى اليوم دون معلمين وبعض المعلمين النواب يواجهون مشاكل على مستوى شهاداتهم.",
            "AGREE",
        ),
        (
            "وقد عبر الرئيس أوباما في مؤتمر صحافي الأربعاء عن أمله أن يؤدي الاتفاق إلى إجراء"
            " محادثات حول مواضيع أخرى مع إيران تكون «أقل عدوانية، وأكثر تعاونا».",
            "CONSULT",
        ),
        (
            "وأضافت: “لدي برنامج ثقافي حول العالم، وزرت الإمارات العربية المتحدة، لاطلع مشاهدي"
            " برنامج عن الثقافة والحضارة والتطور الذي تعيشه هذه الدولة بفترة زمنية قصير،"
            " وأتمنى أن أزور باقي دول الخليج خاصة السعودية”.",
            "CONSULT",
        ),
    ],
)
def test_an_act_hoped_for_is_not_done(nlp, text, event_type):
    assert event_type not in event_types(nlp, text)


def test_a_visit_whose_effect_is_hoped_is_kept(nlp):
    text = (
        "من جهته، أعرب الرئيس الكيني أوهورو كينياتا عن أمله في أن تساعد زيارة أوباما على"
        " تغيير الصورة السائدة عن أن إفريقيا التي يهيمن عليها الفقر والحروب الأهلية"
        " والإرهاب."
    )
    assert any("أوباما" in s for s, _ in event_sides(nlp, text, "CONSULT"))


def test_a_disappointment_is_no_hope(nlp):
    text = (
        "وأقر القانون الذي ينص على عقوبات تصل إلى الاعدام، رغم دعوات المدافعين عن حقوق"
        " الإنسان ومنظمات غير حكومية بينها منظمتا العفو الدولية وهيومن رايتس ووتش إلى"
        " إلغاء هذه العقوبة في تونس، وقد عبَّرت المنظمات غير الحكومية عن خيبة أملها وعن"
        " انتقادات عنيفة بعد تبنيه."
    )
    assert any("المنظمات" in s for s, _ in event_sides(nlp, text, "DISAPPROVE"))
