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


def test_call_after_an_object_with_its_participle_phrase(nlp: Pipeline) -> None:
    text = (
        "دعا وزير الخارجية البريطاني، بوريس جونسون، الأطراف الموقعة على اتفاقية حظر "
        "الأسلحة الكيمياوية إلى اجتماع في يونيو/حزيران للاتفاق على سبل تعزيز الاتفاقية."
    )
    assert speaker_of(nlp, text, "إلى اجتماع في يونيو") == "بوريس جونسون"


def test_call_after_people_described_by_a_prepositional_phrase(nlp: Pipeline) -> None:
    text = "دعت وزارة العدل الراغبين في شغل هذه الوظائف إلى مراجعة إدارة شؤون الموظفين بالوزارة."
    assert speaker_of(nlp, text, "إلى مراجعة إدارة") == "وزارة العدل"


def test_denial_of_all_that_was_reported(nlp: Pipeline) -> None:
    text = (
        "نفى الناطق باسم #حركة_فتح أسامة القواسمي، الاثنين، كل ما تردد من أنباء عن "
        "وفاة الرئيس الفلسطيني محمود عباس."
    )
    assert speaker_of(nlp, text, "كل ما تردد") == "أسامة القواسمي"


def test_all_of_opening_the_subject_is_not_what_was_said(nlp: Pipeline) -> None:
    # The negative case: "كل من" opens the subject, "أن" what was said.
    text = "وأكد كل من الفارس مقبل سعد السويدي فيصل الوزران وعبدالله السويدي أن فرحتهم فرحتين."
    quotes = quote_texts(nlp.analyze(text))
    assert quotes and all(q.startswith("أن فرحتهم") for q in quotes)


def test_denial_of_what_went_round(nlp: Pipeline) -> None:
    text = (
        "نفت الممثلة رجاء الجداوي ما تردد عن عزمها تقديم سيرة حياة خالتها الفنانة "
        "الراحلة تحية كاريوكا."
    )
    assert speaker_of(nlp, text, "ما تردد عن عزمها") == "رجاء الجداوي"


def test_denial_of_what_an_agency_reported(nlp: Pipeline) -> None:
    text = (
        "نفت حركة المقاومة الإسلامية حماس ما أوردته وكالة أنباء إيرانية بشأن اتفاق "
        "الحركة مع المملكة العربية السعودية."
    )
    assert speaker_of(nlp, text, "ما أوردته وكالة") == "حركة المقاومة الإسلامية حماس"


def test_denial_past_a_statement_and_its_day(nlp: Pipeline) -> None:
    text = (
        "نفت رئاسة الجمهورية في بيان لها اليوم الأربعاء تصريحات محسن مرزوق بخصوص "
        "لقائه مع المشير خليفة حفتر، مشيرة إلى أنه لم يتم التنسيق مع رئاسة الجمهورية."
    )
    assert speaker_of(nlp, text, "تصريحات محسن مرزوق") == "رئاسة الجمهورية"


def test_report_name_inside_the_speaker_stays_his(nlp: Pipeline) -> None:
    # The negative case: "الأنباء" after a bare noun is the genitive of the speaker's
    # agency, and what was confirmed follows the whole name.
    text = (
        "وأكد مراسل وكالة الأنباء الفرنسية أيضا عدم تسجيل أن تحركات في المنطقة في الأيام الأخيرة."
    )
    assert speaker_of(nlp, text, "عدم تسجيل") == "مراسل وكالة الأنباء الفرنسية"
