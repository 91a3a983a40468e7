"""Quotations, the qinanimate pass (issue 12, precision: a columnist's "I think").

The past of a cue whose alef is a hamzat wasl (اعتقد، اعتبر) and its first person
present differ only by the hamza on the alef; "وأعتقد أن" written with it is the
writer's own view, never the words of the person the column is about
(`first_person.py`, words.tsv `wasl_cue`). The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


COLUMNIST_CASES = [
    (
        "بقي مشهد الأمير سعود الفيصل في مجلس الشورى السعودي لغزا غير مفهوم لدى المراقبين. "
        "ولكنني بعد سماع خبر الرحيل أعتقد أنني عرفت الجواب: لقد كان ذلك اللقاء هو "
        "الإطلالة الأخيرة للأمير الراحل."
    ),
    (
        "كأنه أراد أن يقول للعالم إن المملكة بخير، وكذلك المجتمع السعودي. وأعتقد أن تلك "
        "الابتسامة اختصرت كل علوم وفنون وبلاغة الدبلوماسية الناجحة على مر التاريخ."
    ),
]


@pytest.mark.parametrize("text", COLUMNIST_CASES)
def test_columnist_first_person_is_no_quotation(nlp: Pipeline, text: str) -> None:
    assert not [q for q in quote_texts(nlp.analyze(text)) if q.startswith("أن")]


def test_past_without_hamza_still_reports(nlp: Pipeline) -> None:
    # The past (hamzat wasl, no hamza written) still introduces the subject's view.
    text = "واعتبر وزير الخارجية سعود الفيصل أن المملكة بخير رغم كل ما يقال."
    assert speaker_of(nlp, text, "أن المملكة") != "?"


def test_misspelt_past_with_its_subject_still_reports(nlp: Pipeline) -> None:
    # A name right after the verb is its subject: the past, its hamza misspelt.
    text = 'و أعترف عماد لـ "سبق" بعدم ثقته في الفتيات وقال إنه تعرف على العديد منهن.'
    assert speaker_of(nlp, text, "بعدم ثقته") != "?"
