"""Quotations, the qverbal2 pass (issue 12: a cue's complement after an adverb).

An adverb of manner or frequency between the subject and the complement ("ونددت
الوزارة بشدة بالهجوم"، "وتندد أنقرة دائما بالدعم") says how or how often it was said:
the quotation opens after it. A ب adverb is one only before the complement's own
preposition; "يأمل باستمرار نمو علاقات" hopes for the relations to keep growing.
Sentences from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import cued_quotes
from rasd.pipeline import Pipeline
from rasd.quotes.adverb_starts import adverb_at
from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.view import DocView
from rasd.text.tokens import load_lexicon as load_frequencies


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


AFTER_ADVERB = [
    (
        "ندد نائب رئيس الوزراء الإيراني لشؤون المرأة بشدة بإجراء من قبل إحدى السيدات"
        " في “الشرطة الأخلاقية” في إيران على سيدة من العامة.",
        "ندد",
        "بإجراء من قبل إحدى السيدات في “الشرطة الأخلاقية” في إيران على سيدة من العامة",
    ),
    (
        'ورحب آبي بحذر بالقمة بين الكوريتين، لكنه حث بيونغيانغ على اتخاذ "خطوات ملموسة"'
        " لنزع الأسلحة النووية.",
        "رحب",
        "بالقمة بين الكوريتين",
    ),
    ("وعلى العكس، رحبت إسرائيل بشدة بخطوة السفارة.", "رحبت", "بخطوة السفارة"),
    (
        "وتنفي كوريا الشمالية دوما أنها اختطفت الزوجين، قائلة إنهما طلبا اللجوء إلى أراضيها.",
        "تنفي",
        "أنها اختطفت الزوجين",
    ),
]


@pytest.mark.parametrize(("text", "cue", "said"), AFTER_ADVERB)
def test_the_complement_opens_after_the_adverb(
    nlp: Pipeline, text: str, cue: str, said: str
) -> None:
    assert (cue, said) in cued_quotes(nlp, text)


def test_a_bi_word_before_its_genitive_is_what_was_hoped_for(nlp: Pipeline) -> None:
    """ "كذلك يأمل باستمرار نمو علاقات اللجنة": the continuation is the object."""
    doc = nlp.analyze(
        "كذلك يأمل باستمرار نمو علاقات اللجنة مع اللجنة الأولمبية الكورية الشمالية بشكل مشجع."
    )
    v = DocView(doc, load_lexicon(), load_frequencies(), {})
    assert not adverb_at(v, v.keys.index("باستمرار"))
    sharply = nlp.analyze("وعلى العكس، رحبت إسرائيل بشدة بخطوة السفارة.")
    v = DocView(sharply, load_lexicon(), load_frequencies(), {})
    assert adverb_at(v, v.keys.index("بشدة"))
