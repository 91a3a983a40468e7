"""Quotations, the qcarry pass (issue 12: a speaker the sentence names, read as the
previous speaker carried).

A body's name right after the cue ("ووصفت صحيفة معاريف العبرية الفيديو بالمقلق") is the
subject the rules read; the speaker ranker carried an earlier sentence's speaker over it
(`named_subjects.named_subject_stays`). The sentences are from unseen news articles
(saudinewsnet, ant-multisource)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


PREVIOUS = (
    "وقالت القناة العبرية إن الصور التقطت داخل القطاع. وفي عدة مرات خلال السنوات "
    "الماضية، اتهمت الإدارة الامريكية حزب الله الشيعي بالاستفادة ماليا من زراعة "
    "الحشيش في البقاع. "
)


def test_named_body_after_the_cue_stays_the_speaker(nlp: Pipeline) -> None:
    text = PREVIOUS + "ووصفت صحيفة معاريف العبرية الفيديو بالمقلق."
    assert "معاريف" in speaker_of(nlp, text, "بالمقلق")


def test_unnamed_phrase_after_the_cue_is_left_to_the_ranker(nlp: Pipeline) -> None:
    # "جميع الأطراف" holds no name: whom he urged, the earlier speaker stays.
    text = (
        "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريس إن الوضع خطير. "
        "وحث جميع الأطراف على ضبط النفس."
    )
    assert speaker_of(nlp, text, "على ضبط النفس") != "جميع الأطراف"
