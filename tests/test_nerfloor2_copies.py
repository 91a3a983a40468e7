"""ANERcorp's own-word attributes copied (issue 14): with the `OWN_COPY` prefix only the
bias and the word's own convention-bearing attributes (word, stem, suffixes, name-list
matches) are repeated as "ao:<attribute>"; neighbours', shape, prefixes, clusters and
lexicon counts are not, so their weights stay shared with news."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from ner_copies import PLAIN_GROUPS, half_copied_model
from rasd.cli import app
from rasd.ner.features import OWN_COPY
from rasd.ner.model import META_RESOURCE, Tagger, _attributes, default_featurizer
from rasd.ner.news_data import ANERCORP_MARK, ANERCORP_OWN_COPY

runner = CliRunner()
# A sentence of the seed article (../shared/seed/000_2514444d647d30b0.txt).
WORDS = "وقال وزير الخارجية الأميركي جون كيري بعد الاجتماع".split()
COPIED = ("b", "w=", "s=", "pro=", "al=", "x1=", "x2=", "x3=", "g1=", "gz=")


@pytest.fixture(scope="module")
def own_copied_model(fixtures, tmp_path_factory):
    """A small model whose ANERcorp half had its own-word attributes copied."""
    return half_copied_model(fixtures, tmp_path_factory, ANERCORP_OWN_COPY)


def test_only_the_words_own_convention_attributes_are_copied():
    featurizer = default_featurizer(PLAIN_GROUPS)
    plain = featurizer.sentence(WORDS)
    copied = featurizer.sentence(WORDS, copy=OWN_COPY)
    for usual, item in zip(plain, copied, strict=True):
        assert item[: len(usual)] == usual
        extra = item[len(usual) :]
        assert extra == [f"ao:{f}" for f in usual if f == "b" or f.startswith(COPIED[1:])]
    # "الأميركي": its nisba suffix and name-list types are copied, its neighbours',
    # shape and clusters are not.
    nisba = copied[3]
    assert {"ao:b", "ao:x1=ي", "ao:al=True"} <= set(nisba)
    assert any(f.startswith("ao:g1=") for f in nisba)
    assert not any(f.startswith(("ao:-", "ao:+", "ao:sh=", "ao:cf=", "ao:p2=")) for f in nisba)


def test_the_own_copies_are_recorded_and_used_only_in_the_anercorp_convention(
    own_copied_model, fixtures
):
    meta = json.loads(own_copied_model.with_name(META_RESOURCE).read_text(encoding="utf-8"))
    assert meta["copies"] == [ANERCORP_OWN_COPY]
    assert any(a.startswith("ao:") for a in _attributes(own_copied_model))
    tagger = Tagger(own_copied_model)
    assert tagger.copy is None  # news is tagged without the copies
    assert not any(f.startswith(b"ao:") for item in tagger.featurizer.sentence(WORDS) for f in item)
    sample = fixtures / "ner_anercorp_train_sample.bio"
    args = ["eval", "ner", "--data", str(sample), "--model", str(own_copied_model), "--json"]
    scores = {}
    for convention in ("news", ANERCORP_MARK):
        result = runner.invoke(app, [*args, "--convention", convention])
        assert result.exit_code == 0, result.output
        scores[convention] = json.loads(result.output)["micro_f1"]
    # The copied half is tagged better with its copies than without them.
    assert scores[ANERCORP_MARK] >= scores["news"]
