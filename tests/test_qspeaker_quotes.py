"""Quotations, the qspeaker pass (issue 12: quotations found with the wrong speaker).

A plural or dual verb carries its subject in its ending ("يقدرون"، "ودعوا"، "أكدوا"):
the noun after it is its object or audience, never its speaker, since Standard Arabic
keeps a verb before its subject singular. "نقلا عن" is an attribution, not a dual."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


OBJECT_CASES = [
    # The form of a dev article's headline sentence and of unseen ant-multisource
    # articles (seeds 10418-10419).
    (
        "القصف الجوي على الغوطة. نشطاء في منطقة الغوطة الشرقية يقدرون عدد القتلى "
        "المدنيين بأكثر من 500، منذ بدء القصف.",
        "المدنيين",
        "عدد القتلى",
    ),
    (
        "اتهم ترامب الديمقراطيين مجددا بالمسؤولية عن الأزمة الحالية قائلا إنهم يعطلون أي "
        "إصلاح حول الهجرة في الكونغرس.\nبرلمانيون ديمقراطيون يدعون ترامب إلى وقف فصل "
        "الأطفال عن أهلهم.",
        "إلى وقف",
        "ترامب",
    ),
    (
        "وكشفت الدراسة أيضا أن وجبات المطاعم تضم مستويات عالية من الفثالات.\nالعلماء "
        "أكدوا كذلك ارتفاع مستوى الفثالات في أطعمة معينة مثل البرغر والسندويشات.",
        "مثل البرغر",
        "ارتفاع مستوى الفثالات في أطعمة معينة",
    ),
]


@pytest.mark.parametrize(("text", "start", "not_speaker"), OBJECT_CASES)
def test_plural_verb_object_is_not_the_speaker(
    nlp: Pipeline, text: str, start: str, not_speaker: str
) -> None:
    assert speaker_of(nlp, text, start) != not_speaker


def test_attribution_after_naqlan_keeps_its_source(nlp: Pipeline) -> None:
    text = (
        'وقال "نيويورك بوست"، نقلا عن تقارير أولية، إنه لم يتم إلى حدود الساعة الإبلاغ عن أي إصابة.'
    )
    assert speaker_of(nlp, text, "إنه لم يتم") == "تقارير أولية"
