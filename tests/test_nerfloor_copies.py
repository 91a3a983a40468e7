"""Feature augmentation for ANERcorp (issue 14, Daumé 2007): every attribute of an
ANERcorp training word is copied as "a:<attribute>"; news words carry the usual
attributes only, and so does tagging unless `rasd eval ner --convention anercorp`."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ner_copies import PLAIN_GROUPS, half_copied_model
from rasd.cli import app
from rasd.ner.model import META_RESOURCE, Tagger, _attributes, default_featurizer
from rasd.ner.news_data import ANERCORP_COPY, ANERCORP_MARK

runner = CliRunner()
# A sentence of the seed article (../shared/seed/000_2514444d647d30b0.txt): news, tagged plain.
WORDS = "وقال وزير الخارجية الأميركي جون كيري بعد الاجتماع".split()


@pytest.fixture(scope="module")
def copied_model(fixtures, tmp_path_factory):
    """A small model whose ANERcorp half had all its attributes copied."""
    return half_copied_model(fixtures, tmp_path_factory, ANERCORP_COPY)


def test_every_attribute_is_copied_only_for_the_copied_corpus():
    featurizer = default_featurizer(PLAIN_GROUPS)
    plain = featurizer.sentence(WORDS)
    copied = featurizer.sentence(WORDS, copy=ANERCORP_COPY)
    for usual, item in zip(plain, copied, strict=True):
        assert not any(f.startswith("a:") for f in usual)
        # The usual attributes (own, neighbours', gazetteer matches), then each once more.
        assert item == [*usual, *(f"a:{f}" for f in usual)]


def test_the_copies_are_recorded_and_news_is_tagged_without_them(copied_model):
    meta = json.loads(copied_model.with_name(META_RESOURCE).read_text(encoding="utf-8"))
    assert meta["copies"] == [ANERCORP_COPY] and meta["marks"] == []
    assert any(a.startswith("a:") for a in _attributes(copied_model))
    tagger = Tagger(copied_model)
    assert tagger.copies == (ANERCORP_COPY,) and tagger.copy is None
    # A model's featurizer emits its attribute names as bytes (`Featurizer.for_model`).
    plain = tagger.featurizer.sentence(WORDS)
    copied = tagger.featurizer.sentence(WORDS, copy=ANERCORP_COPY)
    assert not any(f.startswith(b"a:") for item in plain for f in item)
    assert all(any(f.startswith(b"a:") for f in item) for item in copied)
    assert len(tagger.tag(WORDS)) == len(WORDS)


def test_eval_tags_anercorp_data_with_the_copies(copied_model, fixtures):
    sample = fixtures / "ner_anercorp_train_sample.bio"
    args = ["eval", "ner", "--data", str(sample), "--model", str(copied_model), "--json"]
    for convention in ("news", ANERCORP_MARK):
        result = runner.invoke(app, [*args, "--convention", convention])
        assert result.exit_code == 0, result.output
        assert 0 <= json.loads(result.output)["micro_f1"] <= 1
