"""A reported clause followed by "، إلا أنه/غير أنه/بيد أنها" and a cue: the pronoun
on the complementizer is the speaker's, and the cue opens the same speaker's next
quotation instead of running on inside the first one. Sentences from unseen articles
of ../shared/data/news."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            "وقبيل الإغلاق أكدت شركة تيسلا أن إيلون ماسك ينوي سحب الشركة من البورصة، إلا "
            "أنها أوضحت في مدونة أن القرار النهائي سيتخذ بناء على تصويت المساهمين.",
            "أن إيلون ماسك ينوي سحب الشركة من البورصة",
            "أن القرار النهائي سيتخذ بناء على تصويت المساهمين",
        ),
        (
            "وقال كيري في مؤتمر صحافي إن الولايات المتحدة تريد اقامة علاقات حسن جوار مع "
            "كوبا، إلا أنه أضاف أن هذا التقارب لا يعني نهاية العديد من الخلافات.",
            "إن الولايات المتحدة تريد اقامة علاقات حسن جوار مع كوبا",
            "أن هذا التقارب لا يعني نهاية العديد من الخلافات",
        ),
        (
            "وقال مورينيو في مقابلة خاصة إنه لا يستبعد ذلك، بيد أنه أشار إلى أن الأمر "
            "يعتمد بشكل كامل على المبلغ المالي.",
            "إنه لا يستبعد ذلك",
            "إلى أن الأمر يعتمد بشكل كامل على المبلغ المالي",
        ),
    ],
)
def test_but_he_said_opens_the_next_quotation(nlp, sentence, first, second) -> None:
    doc = nlp.analyze(sentence)
    texts = quote_texts(doc)
    assert first in texts and second in texts, texts
    who = speakers(doc)
    assert who[texts.index(first)] == who[texts.index(second)], who


def test_but_that_with_a_named_subject_is_unchanged(nlp) -> None:
    """ "…، إلا أن ناردين أكدت أنها …": the named subject still opens the next clause."""
    doc = nlp.analyze(
        "وقال المتحدث إن الوزارة لم تتلق أي طلب رسمي، إلا أن الوزيرة أكدت أنها ستدرس الأمر."
    )
    texts = quote_texts(doc)
    assert "إن الوزارة لم تتلق أي طلب رسمي" in texts, texts
