"""The feasibility script of a learned detector of missed events
(benchmarks/event_detector_cv.py): where it places gold evidence and how it counts
recovered events, on the seed article."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from benchmark_scripts import load_benchmark
from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def detector_cv():
    return load_benchmark("event_detector_cv")


@pytest.fixture(scope="module")
def seed_doc(seed_path: Path, nlp: Pipeline):
    return nlp(Document(text=seed_path.read_text(encoding="utf-8")))


def test_gold_evidence_lands_in_its_sentence(detector_cv, seed_doc) -> None:
    evidence = "وطالب كيري يوم الأربعاء بأن توقف روسيا والنظام السوري على الفور تحليق الطائرات"
    i = detector_cv.sentence_of(seed_doc, evidence)
    sentence = seed_doc.sentences[i]
    assert evidence in seed_doc.text[sentence.start : sentence.end]


def test_evidence_with_other_spelling_falls_back_to_shared_words(detector_cv, seed_doc) -> None:
    exact = "وطالب كيري يوم الأربعاء بأن توقف روسيا والنظام السوري على الفور تحليق الطائرات"
    loose = exact.replace("الأربعاء", "الاربعاء").replace("طالب", "طالب ")
    assert detector_cv.sentence_of(seed_doc, loose) == detector_cv.sentence_of(seed_doc, exact)


def test_sentence_features_see_quotes_and_lexicon(detector_cv, seed_doc) -> None:
    rows = detector_cv.sentence_features(seed_doc)
    assert len(rows) == len(seed_doc.sentences)
    assert any("quote" in row for row in rows)
    assert any(name.startswith("lex=") for row in rows for name in row)


def test_recover_counts_missed_events_at_a_precision(detector_cv) -> None:
    p = np.array([0.9, 0.8, 0.7, 0.6, 0.5])
    missed = np.array([1, 2, 0, 0, 1])
    neutral = np.array([False, False, True, False, False])
    # The neutral sentence is skipped: 3 right of 4 flagged holds at 0.6, not at 0.8,
    # where the first two sentences (3 events) are the most it can flag.
    assert detector_cv.recover(p, missed, neutral, 0.6)[:2] == (4, 4)
    assert detector_cv.recover(p, missed, neutral, 0.8)[:2] == (3, 2)
