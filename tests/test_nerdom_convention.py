"""The ANERcorp corpus attribute (issue 14): trained on ANERcorp's sentences, recorded in
model.json, added when tagging only by `rasd eval ner --convention anercorp`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from rasd.cli import app
from rasd.ner.corpora import read_bio
from rasd.ner.model import META_RESOURCE, MODEL_RESOURCE, Tagger, default_featurizer, train
from rasd.ner.news_data import ANERCORP_MARK

runner = CliRunner()


@pytest.fixture(scope="module")
def marked_model(fixtures, tmp_path_factory):
    """A small model whose first half of sentences carried the ANERcorp attribute."""
    sentences = list(read_bio(fixtures / "ner_anercorp_train_sample.bio"))
    half = len(sentences) // 2
    marks = [ANERCORP_MARK] * half + [None] * (len(sentences) - half)
    path = tmp_path_factory.mktemp("marked") / MODEL_RESOURCE
    train(sentences, default_featurizer(), path, {"max_iterations": 30}, marks=marks)
    return path


def test_the_marks_are_recorded_and_tagging_adds_none_by_default(marked_model):
    meta = json.loads(marked_model.with_name(META_RESOURCE).read_text(encoding="utf-8"))
    assert meta["marks"] == [ANERCORP_MARK]
    tagger = Tagger(marked_model)
    assert tagger.marks == (ANERCORP_MARK,) and tagger.mark is None
    words = ["قال", "الرئيس", "الروسي", "فلاديمير", "بوتين"]
    plain = tagger.featurizer.sentence(words)
    marked = tagger.featurizer.sentence(words, mark=ANERCORP_MARK)
    # A model's featurizer emits its attribute names as bytes (`Featurizer.for_model`).
    attribute = ("dom=" + ANERCORP_MARK).encode()
    assert not any(attribute in item for item in plain)
    assert all(attribute in item for item in marked)


def test_eval_tags_anercorp_data_in_its_convention(marked_model, fixtures):
    sample = fixtures / "ner_anercorp_train_sample.bio"
    args = ["eval", "ner", "--data", str(sample), "--model", str(marked_model), "--json"]
    for convention in ("news", ANERCORP_MARK):
        result = runner.invoke(app, [*args, "--convention", convention])
        assert result.exit_code == 0, result.output
        assert 0 <= json.loads(result.output)["micro_f1"] <= 1


def test_eval_refuses_an_unknown_convention_or_a_model_without_it(fixtures, tmp_path):
    sample = fixtures / "ner_anercorp_train_sample.bio"
    path = tmp_path / MODEL_RESOURCE
    train(list(read_bio(sample)), default_featurizer(), path, {"max_iterations": 10})
    args = ["eval", "ner", "--data", str(sample), "--model", str(path)]
    unknown = runner.invoke(app, [*args, "--convention", "conll"])
    assert unknown.exit_code == 2 and "unknown convention" in unknown.output
    unmarked = runner.invoke(app, [*args, "--convention", ANERCORP_MARK])
    assert unmarked.exit_code == 2 and "without the ANERcorp attribute" in unmarked.output
