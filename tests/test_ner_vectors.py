"""Word-vector features of the NER tagger and the development split used to tune it."""

from __future__ import annotations

import numpy as np
import pytest

from rasd.ner.clusters import load_clusters
from rasd.ner.corpora import dev_split, read_bio
from rasd.ner.features import GROUPS, Featurizer
from rasd.ner.gazetteer import load_gazetteer
from rasd.ner.vectors import (
    DIMENSIONS,
    SCALE,
    WordVectors,
    load_vectors,
    reduce_vectors,
    write_vectors,
)
from rasd.text.tokens import Segmenter, load_lexicon


@pytest.fixture(scope="module")
def vectors() -> WordVectors:
    return load_vectors()


def test_reduction_keeps_neighbours_apart_from_others(tmp_path):
    rng = np.random.default_rng(0)
    centres = rng.normal(size=(3, 100))
    # Three groups of noisy copies: after PCA a word stays closest to its own group.
    raw = np.vstack([c + 0.1 * rng.normal(size=(40, 100)) for c in centres])
    reduced = reduce_vectors(raw, dimensions=5)
    assert reduced.shape == (120, 5) and reduced.dtype == np.float16
    assert abs(float(reduced.astype(np.float32).std()) - SCALE) < 0.01
    distances = np.linalg.norm(reduced[:1].astype(np.float32) - reduced.astype(np.float32), axis=1)
    assert distances[1:40].max() < distances[40:].min()
    path = tmp_path / "v.npz"
    write_vectors([f"w{i}" for i in range(120)], reduced, path)
    loaded = load_vectors(path)
    assert len(loaded) == 120 and loaded.attributes("w3") is not None
    assert loaded.attributes("missing") is None


def test_shipped_vectors_place_capitals_together(vectors):
    def vec(word: str) -> np.ndarray:
        attrs = vectors.attributes(word)
        assert attrs is not None and len(attrs) == DIMENSIONS
        return np.array(list(attrs.values()), dtype=np.float32)

    def cos(a: np.ndarray, b: np.ndarray) -> float:
        return float(a @ b / np.linalg.norm(a) / np.linalg.norm(b))

    # Two capitals are nearer to each other than a capital is to a verb.
    assert cos(vec("القاهرة"), vec("دمشق")) > cos(vec("القاهرة"), vec("قال"))


def test_featurizer_adds_vectors_of_word_and_neighbours(vectors):
    featurizer = Featurizer(
        Segmenter(load_lexicon()), load_clusters(), load_gazetteer(), GROUPS, vectors
    )
    items = featurizer.sentence(["وصل", "الوزير", "إلى", "القاهرة"])
    last = items[-1]
    assert isinstance(last, dict)
    assert last["w=القاهرة"] == 1.0
    assert sum(1 for k in last if isinstance(k, bytes) and k.startswith(b"v:")) == DIMENSIONS
    assert b"-1v:0" in last and b"+1v:0" not in last
    assert b"-1v:0" not in items[0]


def test_vector_group_requires_vectors():
    with pytest.raises(ValueError, match="vectors"):
        Featurizer(Segmenter(load_lexicon()), {}, {}, GROUPS, None)


def test_dev_split_is_contiguous_and_window_aligned(fixtures):
    sentences = list(read_bio(fixtures / "ner_anercorp_train_sample.bio")) * 30
    train, dev = dev_split(sentences)
    assert len(train) % 20 == 0 and train + dev == sentences
    assert 0.1 < len(dev) / len(sentences) < 0.3
