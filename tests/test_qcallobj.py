"""Quotations, the qcallobj pass (issue 12: a call's object, or what was denied, between
the cue and its content).

A call's object may carry a participle or a prepositional phrase before the cue's own
preposition ("دعا … الأطراف الموقعة على اتفاقية … إلى اجتماع",
`described_objects.preposition_after_described_object`); "كل ما", or "ما" before a
verb of reporting or of news going round, is what was denied ("نفى الناطق … كل ما
تردد من أنباء", `cue_complements._what_was_said`); a listed report noun after the
speaker is the object, not more of the speaker (`reported_objects.report_start`); a
bare noun may follow an occasion and its time ("في بيان لها اليوم الأربعاء تصريحات",
`circumstances.occasion_noun`). The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # A call's object with its participle phrase, then with a prepositional phrase.
    (
        "دعا وزير الخارجية البريطاني، بوريس جونسون، الأطراف الموقعة على اتفاقية حظر "
        "الأسلحة الكيمياوية إلى اجتماع في يونيو/حزيران للاتفاق على سبل تعزيز الاتفاقية.",
        "إلى اجتماع في يونيو",
        "بوريس جونسون",
    ),
    (
        "دعت وزارة العدل الراغبين في شغل هذه الوظائف إلى مراجعة إدارة شؤون الموظفين بالوزارة.",
        "إلى مراجعة إدارة",
        "وزارة العدل",
    ),
    # What was denied: all that went round, what went round, what an agency reported.
    (
        "نفى الناطق باسم #حركة_فتح أسامة القواسمي، الاثنين، كل ما تردد من أنباء عن "
        "وفاة الرئيس الفلسطيني محمود عباس.",
        "كل ما تردد",
        "أسامة القواسمي",
    ),
    (
        "نفت الممثلة رجاء الجداوي ما تردد عن عزمها تقديم سيرة حياة خالتها الفنانة "
        "الراحلة تحية كاريوكا.",
        "ما تردد عن عزمها",
        "رجاء الجداوي",
    ),
    (
        "نفت حركة المقاومة الإسلامية حماس ما أوردته وكالة أنباء إيرانية بشأن اتفاق "
        "الحركة مع المملكة العربية السعودية.",
        "ما أوردته وكالة",
        "حركة المقاومة الإسلامية حماس",
    ),
    # A bare noun denied past the statement it was denied in and the day.
    (
        "نفت رئاسة الجمهورية في بيان لها اليوم الأربعاء تصريحات محسن مرزوق بخصوص "
        "لقائه مع المشير خليفة حفتر، مشيرة إلى أنه لم يتم التنسيق مع رئاسة الجمهورية.",
        "تصريحات محسن مرزوق",
        "رئاسة الجمهورية",
    ),
    # The negative case of report_start: "الأنباء" after a bare noun is the genitive of
    # the speaker's agency, and what was confirmed follows the whole name.
    (
        "وأكد مراسل وكالة الأنباء الفرنسية أيضا عدم تسجيل أن تحركات في المنطقة في الأيام الأخيرة.",
        "عدم تسجيل",
        "مراسل وكالة الأنباء الفرنسية",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_speaker_of_the_content_past_the_object(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_all_of_opening_the_subject_is_not_what_was_said(nlp: Pipeline) -> None:
    # The negative case of _what_was_said: "كل من" opens the subject, "أن" what was said.
    text = "وأكد كل من الفارس مقبل سعد السويدي فيصل الوزران وعبدالله السويدي أن فرحتهم فرحتين."
    quotes = quote_texts(nlp.analyze(text))
    assert quotes and all(q.startswith("أن فرحتهم") for q in quotes)
