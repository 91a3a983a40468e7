"""The sides of speech-act events when the quotes layer took the cue's object for its
speaker: a named subject before the cue speaks, and a verbal noun after it ("تنفي
إلغاء"، "نفت تورط") is the act spoken of, never a side."""

from __future__ import annotations

import pytest

from rasd.events.speech import speech_events
from rasd.events.speech_lexicon import SpeechActs
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def _sides(doc, event_type: str) -> list[tuple[str | None, str | None]]:
    return [
        (
            doc.slice(e.source) if e.source else None,
            doc.slice(e.target) if e.target else None,
        )
        for e in doc.events
        if e.type == event_type
    ]


def test_the_named_subject_before_a_denial_is_its_source(nlp):
    # a dev news-gold headline (BB-middleEast-1055)
    doc = nlp.analyze("الرياض تنفي إلغاء مشروع طرح أسهم أرامكو للبيع")
    sides = _sides(doc, "REJECT")
    assert sides and all(source == "الرياض" for source, _ in sides), sides


def test_a_verbal_noun_after_a_denial_is_no_side(nlp):
    # a dev news-gold sentence (FR-middleEast-886): "تورط" opens what is denied
    doc = nlp.analyze(
        "وأعلنت السلطات سقوط أول قتيل بين المحتجين بإطلاق النار على رجل في كرج غربي "
        "طهران. ولكنها نفت تورط قوات الأمن حسبما قالت وكالات أنباء إيرانية."
    )
    sources = [source for source, _ in _sides(doc, "REJECT")]
    assert not any(s and "تورط" in s for s in sources), sources


@pytest.mark.parametrize(
    "text",
    [
        # dev news-gold sentences (BB-middleEast-887, AL-internationalNews-606)
        'ويحذر التقرير من احتمال بقاء "صيغة أخرى مصغرة" على قيد الحياة من تنظيم الدولة '
        "الإسلامية في كلا البلدين.",
        "حذّرت دراسة بريطانية حديثة من أن زيادة استخدام وسائل #التواصل_الاجتماعي، وعلى رأسها "
        "موقع #فيسبوك، قبل سن المراهقة، يؤثر على مستوى السعادة بين الفتيات.",
    ],
)
def test_a_study_warning_is_no_threat(nlp, text):
    doc = nlp.analyze(text)
    assert not _sides(doc, "THREATEN"), _sides(doc, "THREATEN")


def test_what_a_report_calls_for_stays_a_demand(nlp):
    doc = nlp.analyze(
        'ودعا التقرير الحكومات الأوروبية إلى "إعادة مواطنيها المحتجزين في سوريا والعراق".'
    )
    spoken = speech_events(doc, SpeechActs.load())
    assert [e.type for e, _ in spoken] == ["DEMAND"], spoken
