"""The one accused of an attack ("اتهمت الدول الغربية روسيا بشن هجمات") is its alleged
doer, not whoever accuses; a name the tagger read
over both ("واتهمت روسيا التحالف الدولي") is cut where the accuser's name ends.
Sentences from unseen news (../shared/data/news)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.events.extract import EventExtractor
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    # An accused attack is background to the relevance model: kept here for its sides.
    events = EventExtractor(keep_background=True)
    return Pipeline(["text", "ner", "quotes", "events"], components={"events": events})


@pytest.mark.parametrize(
    ("text", "accused", "accuser"),
    [
        ("واتهمت الدول الغربية مرارا روسيا بشن هجمات معلوماتية عليها.", "روسيا", "الدول"),
        ("سوريا تتهم إسرائيل بشن غارات على مواقع عسكرية وإسرائيل تحضر الملاجئ", "إسرائيل", "سوريا"),
        (
            "وكانت سوريا اتهمت الشهر الماضي إسرائيل بالوقوف وراء قصف قاعدة تياس الجوية، "
            "المعروفة باسم تيفور قرب مدينة حمص وسط البلاد.",
            "إسرائيل",
            "سوريا",
        ),
        (
            'واتهمت الحكومة الفلسطينية إسرائيل بارتكاب "مذبحة رهيبة" في قطاع غزة.',
            "إسرائيل",
            "الحكومة",
        ),
    ],
)
def test_the_accused_is_the_attacks_source(nlp, text, accused, accuser):
    sides = event_sides(nlp, text, "ASSAULT")
    assert sides and all(accused in s and accuser not in s for s, _ in sides)


def test_an_accuser_read_with_the_accused_is_cut_off(nlp):
    text = "واتهمت روسيا التحالف الدولي بشن غارات على مستشفى في مدينة إدلب أمس."
    sources = [s for s, _ in event_sides(nlp, text, "ASSAULT")]
    assert sources == ["التحالف الدولي"]


def test_the_accusation_itself_keeps_the_accuser(nlp):
    # the accused is the attack's source only: the accusation is the accuser's act
    text = "واتهمت لندن المخابرات الحربية الروسية بتنفيذ الهجوم، وهو ما نفته موسكو."
    assert all("لندن" in s for s, _ in event_sides(nlp, text, "DISAPPROVE"))
