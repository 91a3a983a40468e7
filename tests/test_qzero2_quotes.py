"""Quotations, the second qzero pass (issue 12: a zero subject given to a common noun
near the cue).

A masculine cue whose subject is dropped or stands far before it took the feminine
common noun nearest it for its speaker ("في نهاية قمة …، متهما"): a
masculine verb or participle does not take a noun ending in ة or ات, so such a noun
gives way to the zero subject's speaker (`noun_gender.py`). Masculine persons written
with ة and the numbers and quantities that agree with whom they count stay
(words.tsv `masculine_feminine_form`). The sentences are from unseen saudinewsnet and
ant-multisource articles."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.document import Mention
from rasd.pipeline import Pipeline
from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.noun_gender import other_gender_noun
from rasd.quotes.view import DocView
from rasd.text.tokens import load_lexicon as load_frequencies


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


AGAINST = (
    "فما كان من ترمب إلا أن سحب بشكل مفاجئ تأييده للبيان المشترك الذي صدر في نهاية قمة "
    "#مجموعة_السبع السبت في كندا، بسبب نزاع حول التجارة، متهما رئيس الوزراء الكندي الذي "
    "ترأس القمة بأنه ضعيف وغير نزيه."
)


@pytest.mark.parametrize(("phrase", "refused"), [("نهاية قمة", True), ("ترمب", False)])
def test_a_feminine_noun_is_no_masculine_cues_speaker(
    nlp: Pipeline, phrase: str, refused: bool
) -> None:
    doc = nlp.analyze(AGAINST)
    v = DocView(doc, load_lexicon(), load_frequencies(), {})
    k = v.texts.index("متهما")
    hit = v.cue(k)
    assert hit is not None
    start = doc.text.index(phrase)
    assert other_gender_noun(v, Mention(start, start + len(phrase)), hit, k) is refused


KEPT = [
    # Masculine persons written with ة.
    (
        "فلا غرور إذًا، إن أشاد قادة العالم بجهود سعود وما أسداه من خدمة عظيمة لبلاده "
        "وأمته وللعالم كله، فشكروا له حسن صنيعه.",
        "بجهود سعود",
        "قادة العالم",
    ),
    # A number agrees with the men it counts.
    (
        'وتوقع ثمانية من أصل 16 خبيراً اقتصادياً استطلعت "رويترز" آراءهم أن يرفع البنك '
        "سعر إعادة الشراء (الريبو) لأجل أسبوع، مع توقع خمسة خبراء زيادات بين 50 و100 "
        "نقطة أساس.",
        "أن يرفع البنك",
        "ثمانية من أصل 16 خبيراً اقتصادياً استطلعت",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), KEPT)
def test_masculine_heads_in_the_feminine_form_speak(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker
