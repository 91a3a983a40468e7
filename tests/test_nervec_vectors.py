"""The tagger's word-vector attributes, built once per stem."""

from __future__ import annotations

import pycrfsuite
import pytest

from rasd.ner.clusters import load_clusters
from rasd.ner.features import GROUPS, Featurizer
from rasd.ner.gazetteer import load_gazetteer
from rasd.ner.vectors import SLOTS, WordVectors, load_vectors
from rasd.text.tokens import Segmenter, load_lexicon

# From the seed article (../shared/seed/000_2514444d647d30b0.txt).
SENTENCE = "واجتمعت المجموعة الدولية لدعم سوريا على هامش اجتماع الأمم المتحدة في نيويورك".split()


@pytest.fixture(scope="module")
def vectors() -> WordVectors:
    return load_vectors()


def test_slot_attributes_are_what_crfsuite_made_of_nested_vectors(vectors):
    """The flat per-stem attributes give crfsuite the same items as the nested dicts
    the models were trained with ({"v": {"0": x}} → "v:0")."""
    featurizer = Featurizer(
        Segmenter(load_lexicon()), load_clusters(), load_gazetteer(), GROUPS, vectors
    )
    items = featurizer.sentence(SENTENCE)
    forms = [featurizer.form(w) for w in SENTENCE]
    nested = []
    for i, item in enumerate(items):
        plain: dict = {k: v for k, v in item.items() if isinstance(k, str)}
        for slot, j in zip(SLOTS, (i, i - 1, i + 1), strict=True):
            found = vectors.attributes(forms[j].stem) if 0 <= j < len(forms) else None
            if found is not None:
                plain[slot] = found
        nested.append(plain)
    flat = pycrfsuite.ItemSequence(items).items()
    assert flat == pycrfsuite.ItemSequence(nested).items()
    assert any("-1v:0" in item for item in flat) and "+1v:0" not in flat[-1]


def test_unknown_stem_has_no_vector(vectors):
    assert vectors.slot_attributes("كلمةغيرموجودةابدا") is None
    assert "كلمةغيرموجودةابدا" not in vectors._slots  # unknown stems are not cached
    assert vectors.slot_attributes("سوريا") is vectors.slot_attributes("سوريا")
