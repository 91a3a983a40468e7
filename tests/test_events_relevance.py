"""Relevance of ASSAULT/PROTEST events and the actor rules added with it, on sentences
of the arabic-event-gsr train half (never its dev half) and the committed GSR sample
(tests/fixtures/events): no ../shared needed."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from rasd.document import Document
from rasd.events.extract import EventExtractor
from rasd.events.gsr import is_dev
from rasd.events.relevance import (
    TYPES,
    ContextVectors,
    Example,
    FeatureRecorder,
    RelevanceModel,
    _fit,
    annotator_f1,
    save,
    sentence_features,
    train,
)
from rasd.pipeline import Pipeline
from rasd.text.normalize import match_key

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "events"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    # Every coded event, with the ones the model calls background, carries a score.
    return Pipeline(["text", "events"], components={"events": EventExtractor(keep_background=True)})


@pytest.fixture(scope="module")
def sample() -> list[dict]:
    return json.loads((FIXTURES / "gsr_sample.json").read_text(encoding="utf-8"))


def _typed(nlp: Pipeline, text: str, event_type: str) -> tuple[Document, list]:
    doc = nlp.analyze(text)
    return doc, [e for e in doc.events or [] if e.type == event_type]


def _side(doc: Document, mention) -> str:
    return doc.slice(mention) if mention is not None else ""


def test_sample_is_train_half(sample):
    assert sample and not any(is_dev(line["id"]) for line in sample)


def test_shipped_model_covers_both_types():
    model = RelevanceModel()
    assert set(model.types) == set(TYPES)
    assert all(0.0 < t < 1.0 for t in model.thresholds.values())


def test_cue_classes_of_a_sentence():
    text = "وقال مصدر امني إن مسلحين سوف يهاجمون المدينة غدا"
    feats = sentence_features(text, [match_key(w) for w in text.split()])
    assert {"L:future", "L:reported"} <= feats
    assert "L:negation" not in feats


def test_every_coded_attack_or_protest_has_a_relevance(nlp, sample):
    for line in sample:
        _, events = _typed(nlp, line["text"], line["type"])
        assert all(0.0 <= e.attrs["relevance"] <= 1.0 for e in events)


def test_a_reported_attack_scores_above_rhetorical_mentions(nlp, sample):
    """Train-half lines: reports of attacks ("yes") against questions about killing
    ("easy no") that the trigger rules also code."""

    def scores(label: str) -> list[float]:
        out = []
        for line in sample:
            if line["type"] == "ASSAULT" and line["label"] == label:
                _, events = _typed(nlp, line["text"], "ASSAULT")
                out.extend(e.attrs["relevance"] for e in events)
        return out

    yes, no = scores("yes"), scores("easy no")
    assert yes and no
    assert min(yes) > max(no)


def test_a_dated_protest_report_is_relevant(nlp):
    text = (
        "تظاهر الاف الاسرائيليين مساء امس في تل ابيب واحتجاجا على حملة اليمين المتطرف "
        "ضد جمعيات يسارية."
    )
    _, events = _typed(nlp, text, "PROTEST")
    model = RelevanceModel()
    assert any(model.relevant("PROTEST", e.attrs["relevance"]) for e in events)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # A count after the subject starts the object.
        (
            "الى ذلك قتلت قوات الامن الباكستانية ستة متشددين سلاميين في غارة شنتها ليلا.",
            "قوات الامن الباكستانية",
            "ستة متشددين",
        ),
        # A noun after a nominative plural is not its genitive.
        ("كما هاجم مفجرون انتحاريون سياسيين بينهم زعيمة المعارضة.", "مفجرون انتحاريون", "سياسيين"),
    ],
)
def test_actor_phrases_stop_where_the_object_begins(nlp, text, source, target):
    doc, events = _typed(nlp, text, "ASSAULT")
    assert _side(doc, events[0].source) == source
    assert _side(doc, events[0].target).startswith(target)


def test_a_count_before_a_plural_killing_verb_names_the_dead(nlp):
    doc, events = _typed(
        nlp, "وكان التحالف ذكر امس، ان ثلاثين متمردا قتلوا في منطقة شينداند.", "ASSAULT"
    )
    assert "متمردا" in _side(doc, events[0].target)
    assert "متمردا" not in _side(doc, events[0].source)


def test_injured_with_wounds_are_the_target_not_the_wounds(nlp):
    text = "ذكر مصدر في الشرطة أن اربعة مدنيين أصيبوا بجروح أمس إثر انفجار سيارة مفخخة."
    doc, events = _typed(nlp, text, "ASSAULT")
    assert _side(doc, events[0].target) == "اربعة مدنيين"
    assert events[0].source is None


def test_suffering_an_attack(nlp):
    text = "وافاد بيان عسكري بأن القوات الاميركية تعرضت لهجوم في الرمادي مساء الخميس."
    doc, events = _typed(nlp, text, "ASSAULT")
    assert [_side(doc, e.target) for e in events] == ["القوات الاميركية"]


def test_a_gathered_crowd_is_a_protest(nlp):
    doc, events = _typed(nlp, "وتجمع مئات من الأقباط أمام الكاتدرائية الشهيرة.", "PROTEST")
    assert _side(doc, events[0].source) == "مئات من الأقباط"


def test_tiny_training_run(nlp, sample):
    """The recorder collects what the extractor would score; `train` fits one shared
    model on them (lines repeated so that 5-fold cross-validation can run)."""
    recorder = FeatureRecorder()
    record = Pipeline(["text", "events"], components={"events": EventExtractor(relevance=recorder)})
    examples = []
    for line in sample * 5:
        recorder.clear()
        doc = record.analyze(line["text"])
        coded = any(e.type == line["type"] for e in doc.events or [])
        yes = line["label"] == "yes"
        feats = recorder.seen.get(line["type"]) if coded else None
        examples.append(Example(line["type"], feats, 3 * yes, 3 * (not yes), line["label"]))
    model = train(examples, seeds=(0,))
    assert model["weights"] and set(model["cv"]) == set(TYPES)
    assert model["train_yes"]["ASSAULT"] == 15


def test_context_vectors_are_shipped_as_the_fitted_regression_scores(nlp, sample, tmp_path):
    """A model fitted with the sentence's mean word vector scores a sentence from
    its saved weights exactly as the fitted regression does."""
    recorder = FeatureRecorder()
    record = Pipeline(["text", "events"], components={"events": EventExtractor(relevance=recorder)})
    context = ContextVectors()
    examples = []
    for line in sample:
        recorder.clear()
        record.analyze(line["text"])
        if feats := recorder.seen.get(line["type"]):
            yes = line["label"] == "yes"
            examples.append(Example(line["type"], feats, 3 * yes, 3 * (not yes), line["label"]))
    dense = np.array([context(ex.feats or ()) for ex in examples])
    assert dense.shape == (len(examples), 25) and np.abs(dense).sum() > 0
    fitted = _fit(examples, 1.0, frozenset(TYPES), dense)
    save({**fitted.export(), "thresholds": dict.fromkeys(TYPES, 0.5)}, tmp_path / "m.json.gz")
    model = RelevanceModel(tmp_path / "m.json.gz")
    shipped = [model.score(ex.event_type, ex.feats or set()) for ex in examples]
    assert shipped == pytest.approx(fitted.predict(examples, dense).tolist(), abs=1e-3)


def test_the_sentence_vector_reads_words_without_their_proclitics():
    context = ContextVectors()
    plain = context({"s:المتظاهرين"})
    assert plain.any()
    assert context({"s:وبالمتظاهرين"}) == pytest.approx(plain)
    assert context({"s:للمتظاهرين", "s:المتظاهرين"}) == pytest.approx(plain)
    assert not context({"E:def", "w:ظاهر"}).any()  # only the sentence's forms count


def test_one_annotator_misses_the_unanimous_label_on_disputed_sentences():
    """A "yes" needs every vote; a drawn annotator accepts a "difficult no" (1 of 3
    accepts) a third of the time, so its expected F1 is 2 / (2 + 1/3)."""
    examples = [
        Example("ASSAULT", None, 3, 0, "yes"),
        Example("ASSAULT", None, 1, 2, "difficult no"),
        Example("ASSAULT", None, 0, 3, "easy no"),
        Example("PROTEST", None, 3, 0, "yes"),
    ]
    assert annotator_f1(examples, "ASSAULT") == pytest.approx(2 / (2 + 1 / 3))
    assert annotator_f1(examples, "PROTEST") == 1.0


def test_rows_carry_the_relevance_of_attacks_only(nlp):
    from rasd.events.records import event_row

    doc = nlp.analyze(
        "وقتل 12 شخصا في هجوم شنه مسلحون على سوق في الموصل أمس. واتفقت روسيا وتركيا على هدنة."
    )
    rows = {r["type"]: r for r in (event_row(doc, e) for e in doc.events or [])}
    assert 0.0 < rows["ASSAULT"]["relevance"] < 1.0
    assert rows["AGREE"]["relevance"] is None


def test_a_verb_voweled_as_passive_takes_its_subject_as_the_victim(nlp):
    doc, events = _typed(nlp, "وقال الجيش إن الجندي قُتل لاحقا.", "ASSAULT")
    assert events[0].source is None
    assert _side(doc, events[0].target) == "الجندي"
