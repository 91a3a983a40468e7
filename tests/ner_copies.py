"""Small CRF models for the tests of ANERcorp's copied attributes (issue 14): the first
half of the ANERcorp training sample stands for ANERcorp and has its attributes copied
under a prefix, the second half stands for news and has not."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasd.ner.corpora import read_bio
from rasd.ner.features import GROUPS
from rasd.ner.model import MODEL_RESOURCE, default_featurizer, train

PLAIN_GROUPS = tuple(g for g in GROUPS if g != "vectors")


def half_copied_model(fixtures: Path, tmp_path_factory: pytest.TempPathFactory, copy: str) -> Path:
    """Train a 30-iteration model whose first half of sentences carry `copy` copies."""
    sentences = list(read_bio(fixtures / "ner_anercorp_train_sample.bio"))
    half = len(sentences) // 2
    copies = [copy] * half + [None] * (len(sentences) - half)
    path = tmp_path_factory.mktemp(f"copied-{copy}") / MODEL_RESOURCE
    train(sentences, default_featurizer(PLAIN_GROUPS), path, {"max_iterations": 30}, copies=copies)
    return path
