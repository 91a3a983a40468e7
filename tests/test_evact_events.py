"""The act is no target: its party is (`events/act_targets.act_party`). A target that
opens with a verbal noun of an act ("تصريحات"، "الدعم"، "الاستقبال"، "الرحيل") is
replaced by the party the noun governs (the country of its nisba, its named genitive,
its ب/ل complement) or dropped when it names none. Sentences from unseen articles
(the evaudit5 audit's seeds 11180-11182, design seeds 11265-11266, fresh 11267-11269)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.pipeline import Pipeline


def _targets(nlp: Pipeline, text: str, event_type: str) -> list[tuple[str, str]]:
    """(words, canonical name) of the target of each event of `event_type`."""
    doc = nlp.analyze(text)
    return [
        (doc.slice(e.target), e.target.canonical or "")
        for e in doc.events
        if e.type == event_type and e.target is not None
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "party", "act"),
    [
        # seed 11182 (and its wire copy in 11267): was "شدة تصريحات نائب رئيس …"
        (
            "استنكر الأمين العام لمجلس التعاون لدول الخليج العربية عبداللطيف الزياني, بشدة "
            "تصريحات نائب رئيس الجمهورية العراقي نوري المالكي تجاه المملكة العربية السعودية "
            "التي أدلى بها إلى إحدى محطات التلفزيون العراقية.",
            "DISAPPROVE",
            "المالكي",
            "تصريحات",
        ),
        # seed 11269: was "الاستقبال بالوفد الكويتي"
        (
            "ورحب الدكتور الربيعة خلال الاستقبال بالوفد الكويتي, مقدماً لهم شرحاً لما قام "
            "به المركز من أعمال ومساعدات إغاثية وطبية للشعب اليمني الشقيق.",
            "SUPPORT",
            "الوفد الكويتي",
            "الاستقبال",
        ),
    ],
)
def test_the_named_party_of_the_act_is_the_target(
    nlp: Pipeline, text: str, event_type: str, party: str, act: str
) -> None:
    targets = _targets(nlp, text, event_type)
    assert targets and all(party in t and act not in t for t, _ in targets), targets


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        # seed 11180: the Turkish minister demands that the United States stop its support
        (
            "وزير الخارجية الأمريكي ريكس تيلرسون يزور تركيا ويجري محادثات مع الرئيس رجب طيب "
            "أردوغان، ووزير الدفاع التركي يطالب بوقف الدعم الأمريكي لوحدات حماية الشعب "
            "الكردية في سوريا.",
            "DEMAND",
            "الولايات المتحدة",
        ),
        # seed 11268: was "التدخل التركي"
        (
            "وإذ يرى أن التدخل في هذا الوقت، حاسم بالنسبة لتركيا لمنع تمدد الأكراد، يعرب "
            "عبد الرحمن عن استغرابه من التدخل التركي في هذا الوقت.",
            "DISAPPROVE",
            "تركيا",
        ),
    ],
)
def test_the_nisba_of_the_act_names_its_country(
    nlp: Pipeline, text: str, event_type: str, country: str
) -> None:
    targets = _targets(nlp, text, event_type)
    assert (targets[-1][1] if targets else "") == country, targets


@pytest.mark.parametrize(
    ("text", "event_type", "act"),
    [
        # seed 11266: what was asked for names no party
        (
            "قرر مجلس إدارة النادي الأهلي المصري إقالة وائل جمعة من منصب مدير الكرة بالفريق "
            "الأحمر، بسبب الخلافات التي حدثت بين جمعة وعدد من اللاعبين كان آخرهم حسام غالي "
            "الذي طلب الرحيل عقب نهاية الموسم.",
            "DEMAND",
            "الرحيل",
        ),
        # seed 11266: "حل" after the act noun is no town either
        (
            "ودعا خبراء الحكومة اللبنانية إلى ايجاد حل شامل لأزمة النفايات، وهي مشكلة مزمنة "
            "منذ نهاية الحرب الاهلية في لبنان (1975-1990).",
            "DEMAND",
            "حل",
        ),
        # seed 11180: Madrid agreed to receive migrants, who are no party of the deal
        (
            "أبدت مدريد السبت استعدادها لاستقبال مهاجرين أنقذتهم السفينة أكواريوس.",
            "AGREE",
            "مهاجرين",
        ),
    ],
)
def test_an_act_with_no_party_is_no_target(
    nlp: Pipeline, text: str, event_type: str, act: str
) -> None:
    sides = event_sides(nlp, text, event_type)
    assert not any(act in t for _, t in sides), sides
