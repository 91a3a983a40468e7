"""Speech-act events read from the quotes layer, attacks and protests told as
background, and the stage's windows over very long sentences."""

from __future__ import annotations

import pytest

from rasd.events.extract import EventExtractor
from rasd.events.sentence import WINDOW, windows
from rasd.events.speech_lexicon import SpeechActs
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def test_the_lexicon_reads_cues_with_clitics_and_phrases_as_words():
    acts = SpeechActs.load()
    assert acts.cue_type("ووصفه") == "DISAPPROVE"
    assert acts.cue_type("وطالبت") == "DEMAND"
    assert acts.cue_type("قال") is None
    assert acts.content_type("ولا نقبل أن تتدخل أي دولة أخرى في شؤوننا") == "REJECT"
    assert acts.content_type("لا نقبلهم") is None  # whole words only
    # possessives of any person, and unjustified measures (audits of unseen articles)
    assert acts.content_type("عبروا عن مساندتهم لقرار الإضراب") == "SUPPORT"
    assert acts.content_type("تضامننا الكامل معكم") == "SUPPORT"
    assert acts.content_type("الرسوم الجمركية غير مبررة وتبعث على خيبة الأمل") == "DISAPPROVE"


def test_a_demand_quoted_with_its_speaker_is_an_event_from_the_speaker(nlp):
    doc = nlp.analyze(
        'وطالب سفير روسيا في الأمم المتحدة فاسيلي نيبنزيا الغرب بـ"الإنهاء الفوري '
        'لتحركاته ضد سوريا والامتناع عنها في المستقبل".'
    )
    demands = [e for e in doc.events if e.type == "DEMAND"]
    assert demands
    sources = [doc.slice(e.source) for e in demands if e.source]
    assert any("نيبنزيا" in s or "سفير روسيا" in s for s in sources), sources


def test_a_criticism_in_plain_said_words_is_a_disapproval_of_the_named_state(nlp):
    doc = nlp.analyze('وقال وزير الخارجية الفرنسي جان إيف لودريان إن "تركيا تنتهك القانون الدولي".')
    disapprovals = [e for e in doc.events if e.type == "DISAPPROVE"]
    assert disapprovals
    event = disapprovals[0]
    assert event.attrs.get("speech") is True
    assert "لودريان" in doc.slice(event.source)
    assert event.target is not None and "تركيا" in doc.slice(event.target)


def test_a_negated_cue_is_no_act(nlp):
    doc = nlp.analyze('ولم يطالب الوزير الحكومة بـ"الاستقالة".')
    assert not [e for e in doc.events if e.type == "DEMAND" and e.attrs.get("speech")]


def test_background_attacks_are_flagged_and_kept_only_when_asked():
    text = "وتشهد المدينة أعلى عدد من جرائم القتل في العالم منذ سنوات."
    kept = Pipeline(["text", "events"], components={"events": EventExtractor(keep_background=True)})
    default = Pipeline(["text", "events"])
    flagged = [e for e in kept.analyze(text).events if e.attrs.get("background")]
    shown = {id(e) for e in default.analyze(text).events if e.attrs.get("background")}
    assert not shown
    for event in flagged:
        assert event.type in ("ASSAULT", "PROTEST")


def test_a_sentence_of_thousands_of_words_is_coded_in_bounded_windows():
    nlp = Pipeline(["text"])
    doc = nlp.analyze("هاجم الجيش المدينة و" * 600)
    extractor = EventExtractor()
    words = extractor._reader.words(doc, doc.sentences[0])
    parts = windows(words)
    assert sum(len(w) for w in parts) == len(words)
    assert all(len(w) <= WINDOW for w in parts)
    assert EventExtractor()(doc).events
