"""Speakers, the qextent pass (issue 12): the speaker phrase ends before the verb's
complement. إلى joins to a noun phrase only a post and where it is held; after any
other subject it opens what the verb governs ("توصلت الدراسة إلى نتيجة"). Sentences of
a development article (fold 0) and of unseen ANT articles (in neither gold set)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # A body's name, then the opening verb's complement; the quote's cue comes later.
    pytest.param(
        'دعت جماعة الإخوان المسلمين إلى إخراج مصر مما وصفته بـ"النفق المظلم"، وذلك في '
        'الذكرى الخامسة لفض اعتصامي "رابعة" و"النهضة".',
        "النفق المظلم",
        "جماعة الإخوان المسلمين",
        id="dev-body-then-complement",
    ),
    pytest.param(
        "وتوصلت الدراسة إلى نتيجة مفادها أن الركاب الذين يجلسون في صف واحد مع المريض "
        "أكثر عرضة للعدوى.",
        "أن الركاب",
        "الدراسة",
        id="unseen-study-reached",
    ),
    pytest.param(
        "ودعا المركز إلى حظر الإعلان عن الوجبات السريعة، وحث الحكومة على تشجيع الناس "
        "على تناول أطعمة أكثر فائدة صحية.",
        "على تشجيع",
        "المركز",
        id="unseen-called-for",
    ),
    # A post keeps where it is held.
    pytest.param(
        "وقال نائب المندوب الروسي إلى الأمم المتحدة إن بلاده تسهل دخول المراقبين.",
        "إن بلاده",
        "نائب المندوب الروسي إلى الأمم المتحدة",
        id="post-held-at",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_speaker(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker
