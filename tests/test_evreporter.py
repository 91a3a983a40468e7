"""The medium that reports an act is no side of it (evreporter, issue 13): "وفقا لما
ذكرته وكالة"، "وفق ما نقلت وكالة" and "حسبما أوردت صحيفة" attribute the facts told, and
the outlet after them relays them (events/side_targets.py `attribution_word`). "وفقا" and
"وفق" begin with a و of their own; read without it they never attributed. An outlet
acted upon stays a side. Sentences from unseen news (ant-multisource)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.events.sentence import Word
from rasd.events.side_targets import _attributing


def test_the_relaying_agency_is_no_target(nlp):
    # unseen design seed 11513 (Reuters, a stabbing in Sydney)
    text = (
        "وقالت الشرطة إن شخصين قتلا في واقعة عنف أسري بمبنى في ليزويز درايف في منطقة "
        "ميري هيل، حيث يعتقد أن رجلا هاجم امرأتين قبل أن يطعنهما ويصيبهما بجراح، وفق ما "
        'نقلته وكالة "رويترز".'
    )
    sides = event_sides(nlp, text, "ASSAULT")
    assert sides
    assert all("وكالة" not in t for _, t in sides)


def test_the_act_keeps_its_own_sides_before_the_frame(nlp):
    # AL-economy-797-20180611 (unseen): the United States withdrew from the deal, not
    # "الصين" of the relaying agency's name
    text = (
        "أكد الرئيس الصيني، شي جين بينغ، لنظيره الإيراني #حسن_روحاني دعم بكين للاتفاق "
        "النووي الموقع العام 2015 بين إيران والدول الكبرى والذي كانت الولايات المتحدة "
        "أعلنت في وقت سابق انسحابها منه، وفق ما ذكرت وكالة أنباء الصين الجديدة الاثنين."
    )
    assert event_sides(nlp, text, "RETREAT") == [("الولايات المتحدة", "إيران")]


def test_a_medium_acted_upon_stays_a_side(nlp):
    # SK-internationalNews-2378-20180629 (unseen): the paper is the target of the attack
    text = (
        'وعلى ما يبدو فإن المسلح غارود راموس (38 عاما)، قد هاجم مقر صحيفة "كابيتال غازيت" '
        "في ولاية ميريلاند، للانتقام بعد أن فشل في كسب دعوى قضائية ضد الصحيفة."
    )
    assert any("صحيفة" in t or "كابيتال" in t for _, t in event_sides(nlp, text, "ASSAULT"))


def _words(text: str) -> list[Word]:
    return [Word(i, None, [w], [w], w, False, False) for i, w in enumerate(text.split())]


@pytest.mark.parametrize(
    ("text", "attributes"),
    [
        ("، وفق ما نقلته وكالة رويترز", True),
        ("، وفقا لما ذكرته صحيفة فاينانشال تايمز", True),
        ("، حسبما ذكرت وسائل اعلام رسمية", True),
        # unseen design seeds 11514 and 11513: "in keeping with", no teller follows
        ("خيبتهم من تأخر برنامج تدريب أفراد المعارضة السورية وفق برنامجهم المعلن", False),
        ("ومقترحات تطويره، وفقا للمعايير الدولية", False),
    ],
)
def test_which_words_attribute(text, attributes):
    words = _words(text)
    at = next(i for i, w in enumerate(words) if w.surface in ("وفق", "وفقا", "حسبما"))
    assert _attributing(words, at) is attributes
