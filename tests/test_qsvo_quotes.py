"""Quotations, the qsvo pass (issue 12: the subject before the cue lost).

A speaker phrase written before its verb at the head of its clause — at the sentence's
start, after "لكن", or after "كان" with or without "قد" — is the verb's subject, so the
phrase after the verb is its object, a time or what was said
(`fronted_subjects.fronted_subject`, through `cue_subjects.subject_before_qad`). Not
a noun the passive "تُعتبر" describes, nor a noun naming no one before a verb that
carries it as its object pronoun. The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


FRONTED_CASES = [
    ("لكن طهران تنفي دعم الحوثيين عسكريا.", "دعم الحوثيين", "طهران"),
    ("وكانت مصادر أمنية أعلنت سابقا مقتل ثمانية عسكريين وثمانية جهاديين.", "مقتل", "مصادر أمنية"),
    (
        "لكن ماكري أبلغ نتانياهو بأنه لا يستطيع التأثير في قرار لاعبي المنتخب الرافض "
        "للعب في إسرائيل.",
        "بأنه لا",
        "ماكري",
    ),
    # "كان" and the subject, with no "قد": a time after the verb is not who speaks.
    (
        "وكانت الحكومة التركية أكدت قرب سيطرتها على مدينة عفرين من القوات الكردية.",
        "قرب سيطرتها",
        "الحكومة التركية",
    ),
    ("أنقرة تنفي تسليم واشنطن أي تسجيل بشأن خاشقجي.", "تسليم واشنطن", "أنقرة"),
]


@pytest.mark.parametrize(("text", "start", "speaker"), FRONTED_CASES)
def test_subject_before_verb_speaks(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_passive_of_considering_is_no_quotation(nlp: Pipeline) -> None:
    text = (
        "وكانت المقامرة تعتبر سلوكا قهريا، لكن الجهات البحثية الطبية اعترفت بهذا النشاط "
        "كنوع من أنواع الإدمان في 2013 بعد ظهور أدلة جديدة."
    )
    assert not any(q.startswith("سلوكا") for q in quote_texts(nlp.analyze(text)))
    assert speaker_of(nlp, text, "بهذا النشاط") == "الجهات البحثية الطبية"


def test_object_pronoun_leaves_the_subject_after_the_verb(nlp: Pipeline) -> None:
    text = (
        "وارتفعت الحصيلة إلى تسعة قتلى. وكانت حصيلة سابقة أعلنتها متحدثة باسم الحرس "
        "الوطني في ولاية جورجيا أفادت بمقتل أفراد الطاقم الخمسة."
    )
    assert speaker_of(nlp, text, "بمقتل") == "متحدثة باسم الحرس الوطني في ولاية جورجيا"
