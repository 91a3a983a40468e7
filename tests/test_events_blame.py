"""The one blamed for an attack ("ألقت بريطانيا باللوم على روسيا في الهجوم") or held
responsible for it ("حملت بريطانيا روسيا مسؤولية الهجوم") is its alleged doer, not
whoever lays the blame; without في and an act after it the blame is for something else. Sentences from unseen news (../shared/data/news) and from the
arabic-event-gsr train half's construction."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


@pytest.mark.parametrize(
    ("text", "blamed", "blamer"),
    [
        (
            "وتلقي ماي باللوم على روسيا في الهجوم بغاز أعصاب على الجاسوس المزدوج السابق "
            "سيرغي سكريبال وابنته يوليا في مدينة سالزبيري.",
            "روسيا",
            "ماي",
        ),
        (
            "ورحّل الجانبان دبلوماسيين، حيث تلقي بريطانيا باللوم على روسيا في هجوم بغاز "
            "أعصاب على سيرغي سكريبال وابنته.",
            "روسيا",
            "بريطانيا",
        ),
    ],
)
def test_the_one_blamed_is_the_attacks_source(nlp, text, blamed, blamer):
    sources = [s for s, _ in event_sides(nlp, text, "ASSAULT")]
    assert sources and all(blamed in s and blamer not in s for s in sources)


def test_a_passive_blame_names_the_source(nlp):
    text = (
        "وألقي اللوم على الجماعة في سلسلة من التفجيرات في بنغلاديش وأسفرت عن مقتل 30 "
        "شخصا على الأقل."
    )
    sources = [s for s, _ in event_sides(nlp, text, "ASSAULT")]
    assert sources and set(sources) == {"الجماعة"}


def test_a_blame_for_no_act_after_fi_leaves_the_rules_alone(nlp):
    # the blame is laid "فيها" before على: the act is told before it, not after في
    text = (
        "ويأتي شهر الصيام بعد سلسلة من الهجمات التي وقعت في شينجيانغ، حيث تلقي بكين "
        "باللوم فيها على اسلاميين."
    )
    assert all("اسلاميين" not in s for s, _ in event_sides(nlp, text, "ASSAULT"))


@pytest.mark.parametrize(
    ("text", "held", "holder"),
    [
        (
            "حملت بريطانيا الاثنين روسيا مسؤولية الهجوم بغاز الأعصاب نوفيتشوك الذي تسبب في "
            "وفاة سيدة في بريطانيا.",
            "روسيا",
            "بريطانيا",
        ),
    ],
)
def test_the_one_held_responsible_is_the_attacks_source(nlp, text, held, holder):
    sources = [s for s, _ in event_sides(nlp, text, "ASSAULT")]
    assert sources and all(held in s and holder not in s for s in sources)
