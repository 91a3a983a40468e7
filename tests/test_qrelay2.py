"""Quotations, the qrelay2 pass (issue 12: a relay frame whose relayed one is a pronoun).

"بحسب ما نقلت عنه وكالة X"، "وفق ما نقلته عنه الوكالة": the medium after the frame's
relaying verb only passed the words on; they are those of the one "عنه" stands for,
the subject of a cue before the frame in its sentence or the latest speaker of the
pronoun's gender (`unsaid_sources.unsaid_source`, `sources.frame_source`). The
sentences are from unseen news articles (ant-multisource)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


PRONOUN_CASES = [
    # The frame closes a sentence with no cue: the latest speaker said it.
    (
        'وقال الرئيس اليمني عقب وصوله: "إن ساعة الانتصار قد دنت وعودة الحق قد حانت '
        'للانتصار لإرادة الشعب اليمني". وحيا صمود أبناء اليمن وتحمله معاناة وتداعيات '
        "الحرب الانقلابية الحوثية الظالمة طوال الفترات الماضية، بحسب ما نقلته عنه وكالة "
        "الأنباء اليمنية الرسمية.",
        "وحيا صمود",
        "الرئيس اليمني",
    ),
    # The frame follows the cue's subject: that subject said it.
    (
        "انتقد وزير الخارجية الروسي سيرغي لافروف، الاثنين، تقارير عن أن قوات النظام "
        "السوري مسؤولة عن هجوم بغاز الكلور في الغوطة الشرقية، حسبما نقلت عنه وكالة "
        "الإعلام الروسية.",
        "انتقد وزير",
        "سيرغي لافروف",
    ),
    # Between the cue's subject and its quotation: the cue reads its words past it.
    (
        "وقال نوير بحسب ما نقلت عنه وسائل إعلام ألمانية من معسكر فريقه بايرن ميونيخ: "
        '"تحدثنا كثيرا عن أوزيل وكتبنا الكثير عن ذلك".',
        "تحدثنا كثيرا",
        "نوير",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), PRONOUN_CASES)
def test_pronoun_of_the_relay_speaks(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_no_referent_leaves_the_speaker_unsaid(nlp: Pipeline) -> None:
    # No one named before "عنها": the words are someone's, not the agency's.
    text = (
        "والسبت الماضي، قتل شخصان وأصيب 48 آخرون في احتجاج بمدينة كازرون جنوب غربي "
        "إيران، حسبما نقلت عنها وكالة أنباء شبه رسمية."
    )
    assert speaker_of(nlp, text, "والسبت الماضي") == "?"
