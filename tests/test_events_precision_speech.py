"""Precision of the learned speech acts: the model codes only the act types whose
held-out acts are mostly right, and its acts are marked as learned."""

from __future__ import annotations

import pytest

from rasd.evaluate.gold import Score
from rasd.events.extract import EventExtractor
from rasd.events.speech_model import SPEECH_TYPES, SpeechActModel, load_speech_model
from rasd.events.speech_train import HeldOut, _best, reliable_types
from rasd.pipeline import Pipeline

# BB-internationalNews-937 (news-gold development fold): a criticism under "قال"
CRITICISM = "قال جيمس في مقابلة إن ترامب مثير للانقسام، وأنه شجّع العنصريين على التمادي."


@pytest.fixture(scope="module")
def quotes_nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _said(doc, model: SpeechActModel) -> list:
    events = EventExtractor(speech_model=model)(doc).events or []
    return [e for e in events if e.attrs.get("speech")]


def test_the_shipped_model_codes_a_subset_of_its_types():
    model = load_speech_model()
    assert model is not None
    assert model.coded <= set(model.models) <= set(SPEECH_TYPES)
    assert model.coded  # criticism under a plain cue is the class it reads best


def test_an_act_of_the_model_is_marked_learned(quotes_nlp):
    model = load_speech_model()
    said = _said(quotes_nlp.analyze(CRITICISM), model)
    assert [e for e in said if e.type == "DISAPPROVE" and e.attrs.get("learned")]


def test_a_type_left_uncoded_leaves_its_quotation_a_statement(quotes_nlp):
    shipped = load_speech_model()
    others = SpeechActModel(shipped.models, shipped.threshold, frozenset({"DEMAND"}))
    said = _said(quotes_nlp.analyze(CRITICISM), others)
    # the model still finds criticism most probable, so no other type takes its place
    assert not [e for e in said if e.attrs.get("learned")]


def test_reliable_types_are_those_right_at_least_half_the_time():
    acts = {"DISAPPROVE": [55, 40], "SUPPORT": [3, 16], "DEMAND": [10, 10], "REJECT": [8, 21]}
    assert reliable_types(acts) == {"DISAPPROVE", "DEMAND"}
    assert reliable_types({}) == frozenset()


def test_the_coded_types_survive_saving_and_loading():
    shipped = load_speech_model()
    model = SpeechActModel(shipped.models, 0.9, frozenset({"DEMAND"}))
    again = SpeechActModel.from_dict(model.to_dict())
    assert again.coded == {"DEMAND"} and again.threshold == 0.9
    legacy = {k: v for k, v in model.to_dict().items() if k != "coded"}
    assert SpeechActModel.from_dict(legacy).coded == set(shipped.models)


def test_a_near_tie_of_held_out_f1_goes_to_the_higher_threshold():
    # the held-out table of 2026-12-02 (SPEECH_ACT_CARD.md): 0.75 and 0.85 differ by
    # about two events of 1,724, and 0.85 is the more precise
    table = {
        0.75: HeldOut(Score(928, 1610, 1724)),
        0.85: HeldOut(Score(910, 1554, 1724)),
        0.9: HeldOut(Score(900, 1529, 1724)),
        2.0: HeldOut(Score(867, 1460, 1724)),
    }
    assert _best(table) == 0.85
    # precision under recall rules a threshold out whatever its F1
    table[0.85] = HeldOut(Score(1000, 2000, 1724))
    assert _best(table) == 0.75


@pytest.mark.parametrize(
    "text",
    [
        # SK-economy-1329 (news-gold development fold)
        'وقال المقرر الأممي فيليب ألستون إن بريطانيا تعاني من الفقر. وحذر ألستون من أن "هذه '
        'الاقتطاعات سيكون لها تأثير كبير جدا لن نراه سوى العام المقبل" عبر أرقام الفقر.',
        # CN-middleEast-663 (news-gold development fold)
        'جيري سميث، وهو مفتش سابق للأسلحة الكيماوية، حذّر من أن مواداً من الكلورين قد "تختفي خلال ساعات".',
    ],
)
def test_a_warning_aimed_at_nobody_is_no_threat(nlp, text):
    assert not [e for e in nlp.analyze(text).events or [] if e.type == "THREATEN"]


def test_a_warning_aimed_at_someone_is_a_threat(nlp):
    # SK-middleEast-1361 (news-gold development fold)
    text = 'وحذر صالحي ترامب من الانسحاب من الاتفاق قائلا "إيران لاتناور".'
    threats = [e for e in nlp.analyze(text).events or [] if e.type == "THREATEN"]
    assert threats and "ترامب" in (threats[0].target.canonical or "")
