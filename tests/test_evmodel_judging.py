"""The speech-act model's `judging` option (evmodel, issue 13): an act it types stands
only when the quotation holds a word of blame or a bad judgement (words.tsv
`evaluative`); unseen news showed its other acts to be accounts of facts."""

from __future__ import annotations

import copy

import pytest

from rasd.events.extract import EventExtractor
from rasd.events.speech_model import SpeechActModel, evaluative, load_speech_model
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def quotes_nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _model(judging: bool, threshold: float | None = None) -> SpeechActModel:
    model = load_speech_model()
    assert model is not None
    model = copy.copy(model)
    model.judging = judging
    model.threshold = model.threshold if threshold is None else threshold
    return model


def _learned(doc, model) -> list:
    events = EventExtractor(speech_model=model, confidence=False)(doc).events or []
    return [e for e in events if e.attrs.get("learned")]


def test_words_of_blame_are_found_after_clitics_and_in_pairs():
    # news-gold development fold criticisms under a plain cue
    assert evaluative('إن "الحمق الأميركي" هو السبب في تدهور العلاقات بين واشنطن وموسكو')
    assert evaluative("إن الرد الإسرائيلي كان غير متناسب وغير ملائم")
    assert evaluative("اعتبر العقوبات الأمريكية على بلاده طعنة بالظهر")
    assert evaluative("إن الرد غير المتناسب")  # "غير" then a word with the article


def test_accounts_of_facts_and_look_alike_words_hold_none():
    assert not evaluative("إن العيادات تعاملت خلال هذا الأسبوع مع 970 حالة مرضية")
    assert not evaluative("إن الخطاب الذي ألقاه الرئيس كان طويلا")  # خطاب is not خطأ
    assert not evaluative("إن أسوار المدينة القديمة رممت")  # أسوار is not أسوأ
    assert not evaluative("إن المنظمات غير الحكومية وزعت المساعدات")


def test_the_option_travels_with_the_model():
    data = _model(True).to_dict()
    assert data["judging"] is True
    assert SpeechActModel.from_dict(data).judging
    del data["judging"]  # a model written before the option codes as it did
    assert not SpeechActModel.from_dict(data).judging


def test_a_criticism_holding_a_word_of_blame_is_kept(quotes_nlp):
    # BB-internationalNews-937 (news-gold development fold)
    text = "قال جيمس في مقابلة إن ترامب مثير للانقسام، وأنه شجّع العنصريين على التمادي."
    acts = _learned(quotes_nlp.analyze(text), _model(True))
    assert [e.type for e in acts] == ["DISAPPROVE"]


def test_an_account_without_one_is_no_act(quotes_nlp):
    # BB-internationalNews-680 (news-gold development fold 0): a plain account the model
    # reads as an act at the old threshold
    text = (
        "وقالت المرأة إنها أبلغت عن تصرفات زميلها لرئيسها في العمل، وإنها تلقت بعد ذلك "
        "الوساطة لحل الأزمة."
    )
    assert _learned(quotes_nlp.analyze(text), _model(False, 0.85))
    assert not _learned(quotes_nlp.analyze(text), _model(True))
