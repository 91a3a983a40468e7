"""Quotations, the qbayan pass (issue 12: "في بيان" before a noun complement).

Right after a bare occasion head ("في بيان"، "في تغريدة") a cue that takes a bare noun
has it as what was said (`circumstances.occasion_noun`), unless the word is a relative
clause's verb, an adjective agreeing with the head, or is followed by a
complementizer. The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


NOUN_CASES = [
    (
        "وكانت اللجنة التنسيقية الدولية لمسيرة العودة الكبرى أكدت في بيان أهمية الالتزام "
        "بالسلمية التامة في كافة الحراكات الشعبية والفعاليات التضامنية.",
        "أهمية الالتزام",
    ),
    (
        "من جهته أكد مكتب رئاسة الحكومة العراقية في بيان مقتل العميد إسماعيل، موضحا أن "
        'رئيس الوزراء "أمر بفتح تحقيق فوري".',
        "مقتل العميد",
    ),
    (
        "وبعد ساعات من تقرير الصحيفة، أكد الرئيس الأميركي في تغريدة استياءه من قرار تعيين سيشنز.",
        "استياءه من",
    ),
]


@pytest.mark.parametrize(("text", "start"), NOUN_CASES)
def test_noun_after_bare_occasion_is_said(nlp: Pipeline, text: str, start: str) -> None:
    assert any(q.startswith(start) for q in quote_texts(nlp.analyze(text)))


MODIFIER_CASES = [
    # A relative clause's verb with its resumptive pronoun.
    (
        "وأكد وزير الخارجية التركي في تصريحات أدلى بها خلال مؤتمر صحفي عقده الثلاثاء، "
        "أن التحقيق سيشمل منزل العتيبي وبعض المركبات.",
        "أن التحقيق",
    ),
    # An adjective agreeing with a plural head.
    (
        'وكان حبيب قد أكد في تصريحات سابقة لـ"العربية.نت" أنه في حال تزوج شيرين سيعلن '
        "الأمر للجميع.",
        "أنه في حال",
    ),
]


@pytest.mark.parametrize(("text", "start"), MODIFIER_CASES)
def test_modifier_after_bare_occasion_is_not_said(nlp: Pipeline, text: str, start: str) -> None:
    assert speaker_of(nlp, text, start) != "-"
