"""Side classes of the evsides session, each a construction rather than a word: a
word carrying a pronoun suffix, or a verb whose ending names its subject, governs no
genitive, so no actor grows leftwards over it (but for a partitive "بينهم") and no
unknown subject starts with a preposition on a pronoun; a place told as the scene of
the event ("في سوريا") is no side the ranker adds, but for attacks and withdrawals,
or where على aims at it; the agent phrases "من جانب" and "من فعل" name the doer; a
dateline ("دبي، الإمارات العربية المتحدة (CNN)--") is no side. Every sentence is from
a development article of folds 0-1."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def test_a_preposition_on_a_pronoun_is_no_part_of_the_subject(nlp):
    text = (
        "من جهته، أكد رئيس اللجنة الانتخابية الوطنية محمد كونتيه الثلاثاء أن التصويت "
        '"سيتسم بالصدقية" مع أن قضية الفساد المستشري في سيراليون هيمنت على الحملة التي '
        "تبادل خلالها المرشحان الرئيسيان الاتهامات باختلاس أموال."
    )
    found = event_sides(nlp, text, "DISAPPROVE")
    assert found, text
    assert all(s.startswith("المرشحان") for s, _ in found), found


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        (
            "قررت وحدات حماية الشعب الكردية سحب قواتها من مدينة منبج شمال سوريا.",
            "RETREAT",
            "منبج",
        ),
        (
            "وكانت واشنطن قد أعلنت مضاعفة الرسوم الجمركية على أنقرة بعدما رفضت الإفراج "
            "عن القس الأمريكي.",
            "SANCTION",
            "أنقرة",
        ),
    ],
)
def test_a_place_withdrawn_from_or_aimed_at_stays_a_target(nlp, text, event_type, target):
    found = event_sides(nlp, text, event_type)
    assert any(target in t for _, t in found), found


def test_the_scene_of_a_demand_is_not_its_target(nlp):
    text = (
        "واعتمد مجلس الأمن الدولي بالاجماع السبت مشروع قرار يطلب وقف إطلاق نار في سوريا "
        '"في أسرع وقت" لإفساح المجال أمام وصول المساعدات الإنسانية وإجلاء حالات طبية، '
        "وذلك بعد 15 يوما من المداولات."
    )
    found = event_sides(nlp, text, "DEMAND")
    assert found, text
    assert all("سوريا" not in t for _, t in found), found
    assert any("مجلس الأمن" in s for s, _ in found), found


def test_an_agent_after_min_janib_is_the_source(nlp):
    text = (
        "حكى لنا كثيرون عن اعتقالات عشوائية من جانب القوات السورية، وعن موت أحد أفراد "
        "العائلة أو الأصدقاء."
    )
    found = event_sides(nlp, text, "COERCE")
    assert any("القوات السورية" in s for s, _ in found), found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "دبي، الإمارات العربية المتحدة (CNN)-- استقبل العاهل السعودي الملك سلمان بن عبدالعزيز، "
            'الثلاثاء، الرئيس المصري عبدالفتاح السيسي، في "نيوم"، شمال غرب السعودية، وهي المنطقة '
            "التي أعلن ولي العهد السعودي الأمير محمد بن سلمان، في عام 2017، عن خطط لبناء مشروع "
            'سياحي واقتصادي عملاق فيها باسم "نيوم" وسيشارك فيه مصر والأردن.',
            "CONSULT",
        ),
        (
            "دبي، الإمارات العربية المتحدة (CNN)-- أعرب نائب رئيس شرطة دبي الفريق ضاحي خلفان عن "
            'الاستعداد لتقديم المساعدة في "كشف من اختطف" الإعلامي السعودي جمال خاشقجي في تركيا، '
            "الذي اختفى بعد زيارته إلى القنصلية السعودية في إسطنبول، في 2 أكتوبر/ تشرين الأول "
            "الجاري.",
            "AGREE",
        ),
    ],
)
def test_the_dateline_is_no_side(nlp, text, event_type):
    found = event_sides(nlp, text, event_type)
    assert found, text
    assert all("الإمارات" not in s + t for s, t in found), found
