"""The events stage on sentences written for these tests and a few GSR lines
(tests/fixtures/events): no ../shared needed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasd.document import Document
from rasd.events.counts import casualties
from rasd.events.extract import EventExtractor
from rasd.pipeline import Pipeline

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "events"


@pytest.fixture(scope="module")
def events_nlp() -> Pipeline:
    return Pipeline(["text", "events"])


def _events(
    nlp: Pipeline, text: str, published: str | None = "2018-03-01"
) -> tuple[Document, list]:
    doc = nlp.analyze(text, published=published)
    assert doc.events is not None
    return doc, doc.events


def _names(doc: Document, ev) -> set[str]:
    return {doc.slice(m) for m in (ev.source, ev.target) if m is not None}


def test_agreement_between_two_states_is_coded_with_countries_and_date(events_nlp):
    doc, events = _events(
        events_nlp, "واتفقت روسيا وتركيا يوم الثلاثاء على وقف إطلاق النار في إدلب."
    )
    agree = [e for e in events if e.type == "AGREE"]
    assert len(agree) == 1
    ev = agree[0]
    assert _names(doc, ev) == {"روسيا", "تركيا"}
    assert {ev.source.attrs["code"], ev.target.attrs["code"]} == {"RUS", "TUR"}
    assert ev.when.attrs["date"] == "2018-02-27"  # the Tuesday before 1 March 2018
    assert ev.where.attrs["country"] == "SYR"
    assert not any(e.type == "ASSAULT" for e in events)  # a ceasefire is no attack


def test_demand_has_source_and_target(events_nlp):
    doc, events = _events(events_nlp, "وطالب الاتحاد الأوروبي إيران بالإفراج عن المعتقلين.")
    demand = next(e for e in events if e.type == "DEMAND")
    assert doc.slice(demand.source) == "الاتحاد الأوروبي"
    assert demand.source.attrs["code"].startswith("IGO")
    assert doc.slice(demand.target) == "إيران"


def test_attack_with_casualties_place_and_relative_date(events_nlp):
    doc, events = _events(
        events_nlp, "وقتل 12 شخصا على الأقل في هجوم شنه مسلحون على سوق في مدينة الموصل أمس."
    )
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.attrs["dead"] == 12
    assert attack.when.attrs["date"] == "2018-02-28"
    assert attack.where.canonical == "الموصل" and attack.where.attrs["country"] == "IRQ"
    assert "مسلحون" in _names(doc, attack)


def test_a_place_describing_a_source_is_not_where_the_event_happened():
    _, events = _events(
        Pipeline(["text", "ner", "events"]),
        "ووفقا للمرصد الذي يتخذ من لندن مقرا له، قتل 36 من القوات الحكومية في الاشتباكات.",
    )
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.attrs["dead"] == 36 and attack.where is None


def test_a_verb_before_a_count_takes_no_agent_from_an_earlier_sentence():
    _, events = _events(
        Pipeline(["text", "ner", "events"]),
        "وهاجمت قوات تابعة للمعارضة السورية مواقع الجيش أمس.\n"
        "ووفقا للمرصد، قتل 36 من القوات الحكومية في الاشتباكات.",
    )
    killing = next(e for e in events if e.attrs.get("dead") == 36)
    assert killing.source is None and killing.target is not None


def test_a_second_verb_after_a_passive_trigger_is_not_its_object(events_nlp):
    doc, events = _events(events_nlp, "وقتل 36 من الجنود في الاشتباكات، كما أصيب وأسر عشرات.")
    objects = [doc.slice(e.target) for e in events if e.target is not None]
    assert objects and not any("أسر" in o for o in objects)


def test_protest_by_participants_in_a_city(events_nlp):
    doc, events = _events(events_nlp, "تظاهر آلاف الطلاب في القاهرة احتجاجا على رفع الأسعار.")
    protest = next(e for e in events if e.type == "PROTEST")
    assert doc.slice(protest.source).startswith("آلاف الطلاب")
    assert protest.where.attrs["country"] == "EGY"


def test_arrests_are_coerce_with_count(events_nlp):
    _doc, events = _events(events_nlp, "واعتقلت الشرطة التركية 25 شخصا في إسطنبول.")
    arrest = next(e for e in events if e.type == "COERCE")
    assert arrest.source.attrs["code"] == "TURCOP"
    assert arrest.attrs["arrested"] == 25


def test_exchange_of_accusations_between_two_sides(events_nlp):
    _doc, events = _events(
        events_nlp, "وشهد الاجتماع تبادل اتهامات بين وزير الخارجية الروسي ونظيره الأميركي."
    )
    disapprove = next(e for e in events if e.type == "DISAPPROVE")
    codes = {disapprove.source.attrs.get("country"), disapprove.target.attrs.get("country")}
    assert codes == {"RUS", "USA"}


def test_failure_cancels_and_can_be_kept_as_negated():
    text = "وفشلت روسيا وتركيا في الاتفاق على هدنة."
    assert not [e for e in Pipeline(["text", "events"]).analyze(text).events if e.type == "AGREE"]
    extractor = EventExtractor(keep_negated=True, keep_background=True)
    keep = Pipeline(["text", "events"], components={"events": extractor})
    doc = keep.analyze("ونفى الجيش قصف المدينة.")
    # The denied shelling is kept as negated; the denial itself is a REJECT.
    assert sorted((e.type, e.attrs.get("negated")) for e in doc.events) == [
        ("ASSAULT", True),
        ("REJECT", None),
    ]


def test_casualty_counts():
    assert casualties("ومقتل نحو 20 شخصا") == {"dead": 20}
    assert casualties("أسفر عن سقوط 21 قتيلا وإصابة 16 آخرين") == {"dead": 21, "injured": 16}
    assert casualties("مقتل ثلاثة أشخاص") == {"dead": 3}
    assert casualties("اجتماع مطول") == {}


def test_gsr_sample_lines(events_nlp):
    """A few labelled GSR lines: the reported attacks and protests are found, the
    easy negatives of ASSAULT are not reported (relevance under threshold)."""
    from rasd.events.relevance import RelevanceModel

    model = RelevanceModel()
    lines = json.loads((FIXTURES / "gsr_sample.json").read_text(encoding="utf-8"))
    for line in lines:
        events = [e for e in events_nlp.analyze(line["text"]).events if e.type == line["type"]]
        reported = any(model.relevant(e.type, e.attrs.get("relevance")) for e in events)
        if line["label"] == "easy no" and line["type"] == "ASSAULT":
            assert not reported, line["text"]
    yes = [g for g in lines if g["label"] == "yes"]
    found = sum(any(e.type == g["type"] for e in events_nlp.analyze(g["text"]).events) for g in yes)
    assert found >= len(yes) - 2


@pytest.mark.parametrize("text", ["", "   ", "...", "hello world", "١٢٣", "و" * 5000, "قتل " * 300])
def test_bad_input_never_fails(events_nlp, text):
    doc = events_nlp.analyze(text)
    assert isinstance(doc.events, list)


def test_events_survive_the_json_round_trip(events_nlp):
    doc, events = _events(events_nlp, "وقتل 12 شخصا في هجوم شنه مسلحون على سوق في الموصل أمس.")
    assert events
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)))
    assert again.events == doc.events


def test_intention_flips_to_agree(events_nlp):
    doc, events = _events(events_nlp, "الرئيس السوري بشار الأسد يعتزم زيارة كوريا الشمالية.")
    assert [(e.type, e.attrs.get("intended")) for e in events] == [("AGREE", "CONSULT")]
    assert "كوريا الشمالية" in _names(doc, events[0])
