"""An attribution frame with no comma before it that closes its sentence stays out of
the quotation's span (issue 12, qframe3): "… في إقليم كنر حسب ما نقلته وكالة
رويترز." ends the reported clause before the frame, as "…، حسب …" already did; a
frame whose phrase is no source ("حسب رغبة المدرب") is part of what was said, and
"وذلك" before a frame only leads to it. Sentences from unseen news articles (not
annotated)."""

from __future__ import annotations

import pytest

from quote_speakers import cued_quotes, quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "cue", "quote"),
    [
        (
            "وبعد مقتل ملا فضل الله أكد الجيش الأمريكي الخميس أنه نفذ ضربة جوية استهدفت "
            "قائدا كبيرا للمتشددين في إقليم كنر حسب ما نقلته وكالة رويترز.",
            "أكد",
            "أنه نفذ ضربة جوية استهدفت قائدا كبيرا للمتشددين في إقليم كنر",
        ),
        (
            "أعلنت موانىء دبي العالمية انها تدرس إنشاء مجمع لوجستي في أثيوبيا لتقديم أفضل "
            "الخدمات والتسهيلات لدول أفريقيا التي ليس لها منفذ بحري بحسب وكالة الأنباء "
            "الإماراتية.",
            "أعلنت",
            "انها تدرس إنشاء مجمع لوجستي في أثيوبيا لتقديم أفضل الخدمات والتسهيلات لدول "
            "أفريقيا التي ليس لها منفذ بحري",
        ),
        (
            "المجلة عادت على عملية الانتخاب وأشارت إلى بعض المخالفات التي شابتها كإرغام "
            "الناس على المجيء للتصويت، لكن هذه المخالفات لم تقوض انتخابات أمس حسب اللجنة "
            "المركزية للانتخابات.",
            "أشارت",
            "إلى بعض المخالفات التي شابتها كإرغام الناس على المجيء للتصويت، لكن هذه "
            "المخالفات لم تقوض انتخابات أمس",
        ),
    ],
)
def test_bare_closing_frame_ends_the_span(nlp: Pipeline, sentence: str, cue: str, quote: str):
    assert (cue, quote) in cued_quotes(nlp, sentence)


def test_frame_with_no_source_stays_in_the_span(nlp: Pipeline):
    # "حسب رغبة المدرب" (as the coach wished) is what the team official said.
    sentence = (
        "وأكد إداري الفريق سليمان العمار أن المعسكر يسير وفق ما خطط له، مضيفاً بقوله "
        "بأن الفريق سيخوض 5 مباريات في معسكره حسب رغبة المدرب خليل المصري."
    )
    texts = quote_texts(nlp.analyze(sentence))
    assert any(t.endswith("حسب رغبة المدرب خليل المصري") for t in texts), texts


def test_wa_dhalika_before_a_frame_leads_to_it(nlp: Pipeline):
    sentence = (
        "ويعد العمودي داعما رئيسيا للنظام في إثيوبيا لدرجة أن المعارضة أعربت عن "
        "ارتياحها لاحتجازه وذلك بحسب سيماهاغن أبيبي الأستاذ المساعد للدراسات الدولية "
        "بجامعة إنديكوت."
    )
    texts = quote_texts(nlp.analyze(sentence))
    assert "عن ارتياحها لاحتجازه" in texts, texts
    assert not any(t.endswith("وذلك") for t in texts), texts
