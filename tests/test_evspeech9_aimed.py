"""The speech-act model's `aimed` option: an act it types is kept only when the side
rules read a person or body other than the speaker as its target."""

from __future__ import annotations

import copy

import pytest

from rasd.events.extract import EventExtractor
from rasd.events.speech_model import SpeechActModel, load_speech_model
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def quotes_nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.fixture(scope="module")
def aimed_model() -> SpeechActModel:
    model = load_speech_model()
    assert model is not None
    model = copy.copy(model)
    model.aimed = True
    return model


def _learned(doc, model) -> list:
    events = EventExtractor(speech_model=model, confidence=False)(doc).events or []
    return [e for e in events if e.attrs.get("learned")]


def test_the_option_travels_with_the_model(aimed_model):
    data = aimed_model.to_dict()
    assert data["aimed"] is True
    assert SpeechActModel.from_dict(data).aimed
    del data["aimed"]  # a model written before the option codes as it did
    assert not SpeechActModel.from_dict(data).aimed


def test_an_act_aimed_at_a_person_is_kept(quotes_nlp, aimed_model):
    # BB-internationalNews-937 (news-gold development fold)
    text = "قال جيمس في مقابلة إن ترامب مثير للانقسام، وأنه شجّع العنصريين على التمادي."
    acts = _learned(quotes_nlp.analyze(text), aimed_model)
    assert [e.type for e in acts] == ["DISAPPROVE"]


def test_a_statement_aimed_at_no_one_is_no_act(quotes_nlp, aimed_model):
    # BB-internationalNews-680 (news-gold development fold 0): a plain account
    text = (
        "وقالت المرأة إنها أبلغت عن تصرفات زميلها لرئيسها في العمل، وإنها تلقت بعد ذلك "
        "الوساطة لحل الأزمة."
    )
    bare = copy.copy(aimed_model)
    bare.aimed, bare.judging, bare.threshold = False, False, 0.85  # no gate (evmodel)
    assert _learned(quotes_nlp.analyze(text), bare)  # the model reads an act
    assert not _learned(quotes_nlp.analyze(text), aimed_model)
