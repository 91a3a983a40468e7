"""Speakers of participle cues (issue 12): the participle's subject is the subject of
the clause's main verb, not the subject of a relative clause inside its object ("رفض
جريصاتي الاعتذار الذي قدمه المشنوق قائلا") nor the object of a verb-subject-object
clause ("وشكر الرئيس عبد الفتاح السيسي الملك سلمان قائلا")."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    (
        "من جانبه رفض وزير العدل اللبناني سليم جريصاتي الاعتذار الذي قدمه المشنوق قائلا "
        '"إن المسألة ليست شخصية".',
        "إن",
        "سليم جريصاتي",
    ),
    (
        'وشكر الرئيس عبد الفتاح السيسي الملك سلمان قائلا "نحن ممتنون لهذا الدعم".',
        "نحن",
        "عبد الفتاح السيسي",
    ),
    (
        "واستقبل الملك سلمان بن عبد العزيز الرئيس الأمريكي دونالد ترامب مؤكدا "
        '"أن العلاقات بين البلدين قوية".',
        "أن",
        "سلمان بن عبد العزيز",
    ),
    # One name after the verb is the subject itself.
    ('وأكد الرئيس عبد الفتاح السيسي قائلا "نحن ممتنون لهذا الدعم".', "نحن", "عبد الفتاح السيسي"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_participle_subject_is_the_main_verbs(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker
