"""Spelling variants of names and organisations named after descriptors, as learnt
from the news corpus, and how the `ner` stage uses them."""

from __future__ import annotations

from collections import Counter

import pytest

from rasd.ner.bootstrap import descriptor_names, load_news_names
from rasd.ner.clusters import load_clusters
from rasd.ner.gazetteer import load_gazetteer
from rasd.ner.variants import candidate_pairs, load_variants, name_words
from rasd.pipeline import Pipeline
from rasd.text.tokens import load_lexicon


@pytest.fixture(scope="module")
def ner() -> Pipeline:
    return Pipeline(["text", "ner"])


def test_candidates_differ_by_a_long_vowel_or_final_shin():
    pairs = candidate_pairs(load_lexicon(), name_words(load_gazetteer(), load_clusters()))
    assert ("ترمب", "ترامب") in pairs
    assert ("غوتيريس", "غوتيريش") in pairs


def test_shipped_variants_join_names_and_keep_words_apart():
    variants = load_variants()
    assert variants["ترمب"] == "ترامب"  # the corpus's usual spelling
    assert variants["نتانياهو"] == "نتنياهو" or variants["نتنياهو"] == "نتانياهو"
    for word in ("كنت", "كانت", "سالم", "سليم", "جون", "جوان"):
        assert word not in variants


def test_canonical_names_use_the_usual_spelling(ner):
    doc = ner.analyze(
        "وقال الرئيس الأمريكي دونالد ترمب إن بلاده ستفرض رسوما جديدة. وأضاف ترمب أن "
        "المفاوضات مع الصين ستستمر."
    )
    people = {doc.slice(e): e.canonical for e in doc.entities if e.label == "PER"}
    assert people.get("ترمب") == "دونالد ترامب"


def test_shipped_news_names_include_the_period_s_groups_and_media():
    names = set(load_news_names())
    for name in ("داعش", "طالبان", "رويترز", "واشنطن بوست"):
        assert name in names
    assert "واشنطن" not in names  # after "صحيفة" it goes on with بوست


def test_a_word_that_only_sometimes_follows_a_descriptor_is_no_name():
    lexicon = {"حماس": 1000, "نزوح": 5000, "واشنطن": 6000, "بوست": 300}
    counts = Counter({("حماس",): 400, ("نزوح",): 100, ("واشنطن",): 250, ("واشنطن", "بوست"): 240})
    assert descriptor_names(counts, lexicon) == ["حماس", "واشنطن بوست"]
