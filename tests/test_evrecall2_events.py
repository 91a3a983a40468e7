"""Missed events of dev folds 0-1 (issue 13, `benchmarks/event_misses.py`): urging with
the doubled verb حضّ, and the doubled verbs written with two letters after "و" ("وحث"،
"وحض"). Every sentence is from an unseen article of the news corpus (none annotated)."""

from __future__ import annotations

import pytest

from event_types import event_sides, event_types
from rasd.events.lexicon import TriggerLexicon
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "أعلن أحمد محجوب، المتحدث باسم وزارة الخارجية العراقية، الثلاثاء أن الوزارة حضت"
            " دول العالم على تسلم أطفال جهاديين أجانب لديها.",
            "الوزارة",
        ),
        (
            "وحضت طهران المنظمة على رفض طلبات الرئيس الأمريكي، دونالد ترامب، برفع الإنتاج.",
            "طهران",
        ),
    ],
)
def test_urging_with_hadda_is_a_demand(nlp, text, source):
    found = event_sides(nlp, text, "DEMAND")
    assert any(source in s for s, _ in found), found


def test_the_urger_after_a_joined_waw_is_the_source(nlp):
    text = (
        "وحث العميد الغرير الجميع على توخي الحذر أثناء ممارسة السباحة في البحر، وأخذ"
        " الاحتياطات الواجبة."
    )
    sources = [s for s, _ in event_sides(nlp, text, "DEMAND")]
    assert "العميد الغرير" in sources, sources


def test_urging_to_hatred_is_incitement_not_a_demand(nlp):
    text = "وقالت الشركة إنها تحذف مشاركة أي حساب ينشر محتوى يحض على الكراهية والعنصرية."
    assert "DEMAND" not in event_types(nlp, text)


def test_a_two_letter_stem_gives_no_n_forms_of_other_words():
    forms = TriggerLexicon().by_form
    assert "وحض" in forms and "وحث" in forms
    # "حضنه" (his lap), "يحضن" (hugs), "أحضان" (embraces) are no forms of حضّ
    assert not {"حضنه", "يحضن", "احضان"} & forms.keys()


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        (
            "دافع الرئيس الأمريكي، دونالد ترامب، عن علاقته مع الزعيم الكوري الشمالي كيم جونغ"
            " أون، وذلك أثناء مقابلته في برنامج تلفزيوني.",
            "SUPPORT",
            "دونالد ترامب",
        ),
        (
            "دعا مجلس العموم البريطاني مؤسس فيسبوك، مارك زوكربرغ، الثلاثاء، إلى الإدلاء"
            " بشهادته في فضيحة تسريب بيانات ملايين المستخدمين.",
            "DEMAND",
            "مجلس العموم البريطاني",
        ),
    ],
)
def test_a_required_object_is_found_past_a_name_in_apposition(nlp, text, kind, source):
    found = event_sides(nlp, text, kind)
    assert any(source in s for s, _ in found), found


def test_a_demand_governs_the_act_it_asks_for_past_an_apposition(nlp):
    text = (
        "ودعا الرئيس الروسي، فلاديمير بوتين، إلى انسحاب جميع القوات الأجنبية من سوريا، وهي"
        " الدعوة التي كررها وزير خارجيته."
    )
    assert "RETREAT" not in event_types(nlp, text)


def test_the_named_speaker_in_apposition_is_the_source_not_a_word_of_the_title(nlp):
    text = (
        "من جهته، دعا رئيس أركان القوات المسلحة المصرية، الفريق محمد فريد حجازي، إلى إدارة"
        " علاقات البلدين بما يضمن حصانتها."
    )
    sources = [s for s, _ in event_sides(nlp, text, "DEMAND")]
    assert any("محمد فريد حجازي" in s for s in sources), sources
