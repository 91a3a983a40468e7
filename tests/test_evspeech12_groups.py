"""The speech-act model's audit and group scripts (evspeech12, issue 13): the lexicon's
criticism words and the plain cues that group the model's held-out acts, the annotated
articles an audit of unseen news skips, and the model's probability of an act it typed.
The sentence is from a development article (fold 0-1) of benchmarks/news-gold."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark_scripts import load_benchmark
from rasd.events.keys import light_key
from rasd.events.speech_lexicon import SpeechActs
from rasd.events.speech_model import load_speech_model
from rasd.pipeline import Pipeline

groups = load_benchmark("speech_act_groups")
audit = load_benchmark("sample_speech_acts")
sample = load_benchmark("news_sample")
LEXICON = Path(__file__).resolve().parents[1] / "src/rasd/events/data/speech_acts.tsv"


def test_criticism_words_are_the_lexicons_disapprove_forms() -> None:
    stems = groups.criticism_stems(LEXICON.read_text("utf-8"))
    assert {light_key("انتقد"), light_key("نستنكر"), light_key("مشينة")} <= stems
    # a phrase's negator or preposition is no criticism word, nor another type's form
    assert not {light_key("غير"), light_key("لا"), light_key("على")} & stems
    assert light_key("نطالب") not in stems


def test_plain_cues_are_verbs_of_saying() -> None:
    assert {light_key("قال"), light_key("وأضاف"[1:]), light_key("مشيرا")} <= groups.PLAIN
    assert light_key("أعرب") not in groups.PLAIN


def test_audit_skips_annotated_articles() -> None:
    assert "AL-internationalNews-396-20180307" in sample.annotated()


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def test_probability_of_a_typed_act(nlp: Pipeline) -> None:
    model = load_speech_model()
    assert model is not None
    doc = nlp.analyze('وقال رودريغيز "بعدما خسروا الانتخابات، ها هم قد أخفقوا مرة أخرى".')
    learned = [e for e in doc.events or [] if e.attrs.get("learned")]
    assert [e.type for e in learned] == ["DISAPPROVE"]
    p = audit.probability(doc, learned[0], SpeechActs.load(), model)
    assert p is not None and p >= model.threshold
