"""Speech acts against the quotes layer (evspeech, issue 13): where the trigger rules
code a quotation's cue too, the quotation's speaker is the act's source; a warning
threatens only when aimed at someone named before the warned-of clause or when that
clause foretells an act. Sentences from development articles of benchmarks/news-gold."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.document import Document, Event, Mention
from rasd.events.speech import one_act
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the rules read the object before the cue's subject; the speaker demands
        (
            "خبراء بالأمم المتحدة يطالبون السعودية بالإفراج عن عشرات الدعاة والكتاب "
            "والناشطين الحقوقيين.",
            ("خبراء بالأمم المتحدة", "السعودية"),
        ),
        (
            "وكانت المنظمة الأوروبية للسلامة الجوية (يوروكونترول) دعت شركات الطيران إلى "
            "توخي الحذر في شرق البحر المتوسط.",
            ("المنظمة الأوروبية للسلامة الجوية (يوروكونترول", "شركات الطيران"),
        ),
        ("وقد طلب منه الفاتيكان مؤخرا التنحي.", ("الفاتيكان", "")),
    ],
)
def test_speaker_is_the_source_of_a_coded_cue(nlp: Pipeline, text: str, sides: tuple) -> None:
    assert event_sides(nlp, text, "DEMAND") == [sides]


def test_speaker_fills_a_missing_source() -> None:
    rules = Event(0, 10, "DEMAND", 0)
    quoted = Event(0, 10, "DEMAND", 0, Mention(0, 9, "مستثمرون"), Mention(20, 28, "زوكربيرغ"))
    one_act(Document(""), rules, quoted, 10)
    assert rules.source is not None and rules.source.canonical == "مستثمرون"
    assert rules.target is not None and rules.target.canonical == "زوكربيرغ"


def test_unnamed_speaker_leaves_the_rules_source() -> None:
    rules = Event(0, 10, "THREATEN", 0, Mention(0, 9, "رجال الدين المحافظون"))
    quoted = Event(0, 10, "THREATEN", 0, Mention(30, 38, "انتهاكاً"))
    one_act(Document(""), rules, quoted, 10)
    assert rules.source is not None and rules.source.canonical == "رجال الدين المحافظون"


def test_same_speaker_keeps_the_rules_sides() -> None:
    rules = Event(0, 10, "DEMAND", 0, Mention(0, 5, "غوتيريس"), Mention(20, 28, "الدول"))
    quoted = Event(0, 10, "DEMAND", 0, Mention(0, 5, "غوتيريس"), Mention(40, 45, "سوريا"))
    one_act(Document(""), rules, quoted, 10)
    assert rules.target is not None and rules.target.canonical == "الدول"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a danger stated, the only name inside the warned-of clause: no threat
        (
            'حذرت وزارة الدفاع الأميركية "البنتاغون"، الخميس، من تداعيات نشر موسكو '
            "منظومة صواريخ إس-300 في سوريا.",
            [],
        ),
        # the warned-of clause foretells the speaker's act: a threat
        (
            "وكانت بكين حذرت في آذار/مارس من أنها لن تتوانى عن فرض رسوم جمركية على هذه "
            "الصادرات الأمريكية ردا على الرسوم الباهظة التي فرضها دونالد ترامب.",
            [("بكين", "دونالد ترامب")],
        ),
        # aimed at someone named before the clause: a threat
        (
            "وحذر قائد فيلق القدس في الحرس الثوري الإيراني اللواء قاسم سليماني الولايات "
            "المتحدة من الدخول في حرب مع إيران.",
            [("قائد فيلق القدس في الحرس الثوري الإيراني اللواء قاسم سليماني", "الولايات المتحدة")],
        ),
    ],
)
def test_warning_threatens_when_aimed_or_foretelling(nlp: Pipeline, text: str, sides: list) -> None:
    assert event_sides(nlp, text, "THREATEN") == sides
