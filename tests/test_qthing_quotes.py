"""Quotations, the qthing pass: cues whose subject is a thing that shows, not a speaker.

"ارتفعت مبيعات التجزئة قليلا بما يشير إلى أن الطلب ظل فاترا"، "وهو ما يؤكد أن أنقرة
تحاول …": the subject of the cue is the fact told before the relative "ما"; nobody
speaks. A subject after the verb ("وهو ما يؤكده الخبراء") still speaks, and "ما" after an
adverb of frequency ("نادرا ما تؤكد إسرائيل") or "بحسب" is no such relative. So is an
event, a sign or an object as the subject of a cue meaning "show" ("وتشير الزيارة إلى"،
"الوقائع تؤكد أن"); documents and figures do speak ("وتشير الإحصاءات إلى أن"), and
protests still demand ("تطالب المظاهرات بإغلاق")."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline
from rasd.quotes.cue_readings import what_shows
from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.records import quote_rows
from rasd.quotes.view import DocView
from rasd.text.tokens import load_lexicon as load_frequencies


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def quotes(nlp: Pipeline, text: str) -> list[tuple[str, str, str]]:
    rows = quote_rows(nlp.analyze(text))
    return [(r["speaker"] or "?", r["cue"] or "", r["quote"]) for r in rows]


FACTS = [
    # Unseen news (ant-multisource).
    "وأظهرت بيانات رسمية ارتفاع مبيعات التجزئة البريطانية قليلا في يناير بما يشير إلى أن "
    "طلب المستهلكين ظل فاترا في بداية 2018.",
    "وبقيت أسعار النفط ثابتة يوم الإثنين، ما يشير إلى أن الأسواق رفضت في الوقت الراهن المخاطر.",
    "وأطلق عليه اسم دلماسي، وهو ما يشير إلى أن الاسم لا يعود إلى منطقة دالماسيا.",
]


@pytest.mark.parametrize("text", FACTS)
def test_what_a_fact_shows_is_no_quotation(nlp: Pipeline, text: str) -> None:
    assert [q for q in quotes(nlp, text) if q[1].endswith(("يشير", "يؤكد"))] == []


def test_the_relative_after_a_speaker_is_no_quotation(nlp: Pipeline) -> None:
    found = quotes(nlp, "وقال الوزير إن الأسعار تراجعت. وهو ما يؤكد أن الأزمة مستمرة.")
    assert [q[1] for q in found] == ["قال"]


def test_a_subject_after_the_cue_still_speaks(nlp: Pipeline) -> None:
    found = quotes(nlp, "وتراجعت الأسعار، وهو ما يؤكده الخبراء الذين يرون أن الأزمة مستمرة.")
    assert ("الخبراء", "يرون", "أن الأزمة مستمرة") in found


def test_often_before_what_is_no_relative(nlp: Pipeline) -> None:
    found = quotes(nlp, "وتل أبيب نادرا ما تؤكد أنها نفذت غارات في سوريا.")
    assert [q[1:] for q in found] == [("تؤكد", "أنها نفذت غارات في سوريا")]


MUTE = [
    # Unseen news (ant-multisource).
    "ولكن الوقائع تؤكد أن بين طهران والدوحة روابط وثيقة.",
    "كما يشير بدء انسحاب الشركات من إيران إلى مدى النفوذ الأميركي التجاري.",
    "وتشير الزيارة إلى تحركات تقودها السلطات الكردية.",
    "ورصدت الأقمار نشاطا ملحوظا في مواقع الصواريخ، الأمر الذي يرجح أن عمليات التطوير لا "
    "تزال مستمرة.",
]


@pytest.mark.parametrize("text", MUTE)
def test_an_event_or_sign_that_shows_says_nothing(nlp: Pipeline, text: str) -> None:
    assert quotes(nlp, text) == []


def test_figures_still_speak(nlp: Pipeline) -> None:
    found = quotes(nlp, "وتشير الإحصاءات إلى أن عدد طلبات اللجوء انخفض.")
    assert [q[:2] for q in found] == [("الإحصاءات", "تشير")]


def test_protests_still_demand(nlp: Pipeline) -> None:
    found = quotes(nlp, "وتطالب المظاهرات بإغلاق مركز الاحتجاز في جزيرة مانوس.")
    assert [q[1] for q in found] == ["تطالب"]


def test_a_cue_with_its_object_pronoun_is_no_fact_that_shows(nlp: Pipeline) -> None:
    """ "وهو ما تعتبره عرب سات إساءة عميقة": the judge is named after the verb."""
    doc = nlp.analyze("وأوقفت الشركة البث، وهو ما تعتبره عرب سات إساءة عميقة.")
    v = DocView(doc, load_lexicon(), load_frequencies(), {})
    k = v.keys.index("تعتبره")
    hit = v.cue(k)
    assert hit is not None and not what_shows(v, k, hit, None)
    shown = nlp.analyze("وتراجعت الأسعار، وهو ما يؤكد أن الأزمة مستمرة.")
    v = DocView(shown, load_lexicon(), load_frequencies(), {})
    k = v.keys.index("يؤكد")
    hit = v.cue(k)
    assert hit is not None and what_shows(v, k, hit, None)
