"""Quotations, the qverbspk pass (issue 12: a verb read into the speaker).

A verbal-noun cue that is the object of the verb opening its clause ("واسترجع المستشار
… وصف ولي العهد … بأنها") is said by the name after it, not by that verb's subject
(`verb_objects.object_of_clause`); an attribution's source is cut before a verb of its
own relative clause ("حسب دراسة نشرت في …": the study, `sources._before_published`).
The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_verbal_noun_after_a_clause_is_said_by_its_own_subject(nlp: Pipeline) -> None:
    text = (
        "واسترجع المستشار في الديوان الملكي السعودي وصف ولي العهد الأمير #محمد_بن_سلمان "
        "لأزمة قطر مع الدول المقاطعة بأنها صغيرة جداً جداً جداً."
    )
    assert speaker_of(nlp, text, "بأنها صغيرة") == "محمد بن سلمان"


def test_participle_after_a_clause_keeps_the_clause_subject(nlp: Pipeline) -> None:
    # The negative case: a participle takes the subject of the verb before it.
    text = (
        "وهاجم العضو الجمهوري ميتش ماكونيل الديمقراطيين، قائلا: "
        '"إنه عار وحملة تشويه حقيرة بلغت مداها".'
    )
    assert speaker_of(nlp, text, "إنه عار") == "ميتش ماكونيل"


def test_study_source_ends_before_its_published_verb(nlp: Pipeline) -> None:
    text = (
        "وبحسب دراسة نشرت في مجلة الكلية الأميركية لطب القلب، فإن زرع عدد من الأجهزة "
        "الطبية داخل جسم الإنسان، يمكن أن يشكل ثغرة."
    )
    assert speaker_of(nlp, text, "فإن زرع") == "دراسة"


def test_statement_source_keeps_the_author_after_its_verb(nlp: Pipeline) -> None:
    # The negative case: "أصدره" carries the statement as its pronoun; its author speaks.
    text = (
        "فرضت وزارة الخزانة الأمريكية عقوبات اقتصادية على خمسة مسؤولين إيرانيين زودوا "
        "الحوثيين في اليمن بخبرات تقنية مرتبطة بالصواريخ الباليستية، وفقا لبيان أصدره "
        "وزير الخزانة الأمريكية، ستيفن مونشن، الثلاثاء."
    )
    assert speaker_of(nlp, text, "فرضت") == "ستيفن مونشن"
