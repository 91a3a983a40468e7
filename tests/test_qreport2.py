"""Quotations, the qreport2 pass (issue 12: the relay inside an attribution frame).

"وفق ما نقلت وكالة X عن Y" and "وفقا لما نقلته X نقلاً عن Y": the medium after the
frame's verb only passed the words on; they are Y's, as a relaying cue's words are the
one named after its "عن" (`sources._relayed_source`). A frame whose verb relays nothing
("بحسب ما ذكرته وزارة الدفاع") keeps its medium. The sentences are from unseen news
articles (ant-multisource)."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


RELAYED_CASES = [
    (
        "قُتل أربعة عناصر أمن سعوديين وأصيب أربعة آخرون بجروح الخميس عندما تعرضت نقطة "
        "تفتيش أمنية في منطقة عسير جنوب البلاد لإطلاق نار، وفق ما نقلت وكالة الأنباء "
        "الرسمية السعودية عن المتحدث الأمني باسم وزارة الداخلية.",
        "قُتل أربعة عناصر",
        "المتحدث الأمني باسم وزارة الداخلية",
    ),
    (
        "وبقيت 105 مراكز اقتراع مغلقة بسبب مخاوف أمنية، بحسب ما نقل التلفزيون الرسمي عن "
        "وزارة الأمن.",
        "وبقيت 105 مراكز",
        "وزارة الأمن",
    ),
    # "نقلاً عن" right after the medium.
    (
        'اعترضت قوات التحالف "لدعم الشرعية"، مساء الإثنين، صاروخاً بالستياً أطلق من قبل '
        '"الميليشيا الحوثية المدعومة من إيران" من اليمن باتجاه محافظة نجران، وفقاً لما '
        'نقلته وكالة الانباء السعودية "واس" نقلاً عن المتحدث باسم التحالف، العقيد الركن '
        "تركي المالكي.",
        "اعترضت قوات التحالف",
        "المتحدث باسم التحالف",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), RELAYED_CASES)
def test_relayed_source_speaks(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_relay_frame_ends_before_the_frame(nlp: Pipeline) -> None:
    # The frame and its relayed source stay outside the words attributed.
    text = (
        "وبقيت 105 مراكز اقتراع مغلقة بسبب مخاوف أمنية، بحسب ما نقل التلفزيون الرسمي عن "
        "وزارة الأمن."
    )
    assert quote_texts(nlp.analyze(text)) == ["وبقيت 105 مراكز اقتراع مغلقة بسبب مخاوف أمنية"]


def test_frame_without_relay_keeps_its_source(nlp: Pipeline) -> None:
    # "ذكر" relays nothing: the ministry after the verb is the source.
    text = (
        "وقد تحطمت الطائرة خلال هبوطها في قاعدة حميميم الجوية، قرب مدينة اللاذقية "
        "الساحلية، بحسب ما ذكرته وزارة الدفاع الروسية."
    )
    assert speaker_of(nlp, text, "وقد تحطمت الطائرة") == "وزارة الدفاع الروسية"
