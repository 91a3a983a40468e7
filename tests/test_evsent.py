"""A speech-act event stands in its cue's sentence (evsent, issue 13): a speaker carried
from an earlier sentence ("وقال X: «…». وأضاف: «…»") no longer pulls the act back to
the sentence before the one that holds it; the earlier sentence is kept as `opens_in`
for merging (`events/speech_anchor.py`). Sentences from unseen news (saudinewsnet,
design seed 11536)."""

from __future__ import annotations

from rasd.document import Event
from rasd.events.speech_anchor import opens_with

FIRST = (
    "وقال حسين دواس آل منصور (عم الشهيد عبدالله دواس الذي استشهد أمس الأول إثر إصابته "
    "بمقذوف عسكري من الأراضي اليمنية): «نحن مطمئنون ونعيش في أمن وأمان وجنودنا البواسل "
    "قادرون على التصدي وإسكات قذائف مليشيات المخلوع صالح والحوثي»."
)
ADDED = (
    "وأضاف: «نحن مستعدون للذود عن حياض الوطن بأرواحنا، لأن أمن الوطن خط أحمر لا يقبل "
    "التهاون أو المساس به»."
)


def _speech(nlp, text: str) -> list[tuple[Event, object]]:
    doc = nlp.analyze(text)
    return [(e, doc) for e in doc.events or [] if e.attrs.get("speech")]


def test_a_carried_speakers_act_stands_in_its_cues_sentence(nlp):
    found = _speech(nlp, f"{FIRST}\n{ADDED}")
    assert [e.type for e, _ in found] == ["REJECT"]
    event, doc = found[0]
    assert event.sentence == 1  # "وأضاف", not the sentence the speaker was named in
    assert doc.sentences[1].start <= event.start < event.end <= doc.sentences[1].end
    assert "آل منصور" in doc.slice(event.source)
    assert event.attrs["opens_in"] == 0


def test_a_speaker_named_in_its_cues_sentence_keeps_it(nlp):
    # the negative of the class: the same statement with its speaker named at its cue
    text = f"{FIRST}\n{ADDED.replace('وأضاف:', 'وأضاف حسين دواس آل منصور:')}"
    found = _speech(nlp, text)
    assert [e.type for e, _ in found] == ["REJECT"]
    event, doc = found[0]
    assert event.sentence == 1
    assert doc.slice(event).startswith("أضاف حسين")  # from its cue
    assert "opens_in" not in event.attrs


def test_merging_reads_the_opening_sentence_as_the_acts():
    told = Event(0, 10, "DISAPPROVE", 3)
    quoted = Event(20, 40, "DISAPPROVE", 4, attrs={"speech": True, "opens_in": 3})
    assert opens_with(quoted, told)
    assert not opens_with(told, quoted)
    assert not opens_with(Event(20, 40, "DISAPPROVE", 4, attrs={"speech": True}), told)
