"""Quotations, the qagree pass (issue 12: speakers the sentence does not name).

A plural or dual cue with no subject after it ("وعبروا"، "وأكدا"، "سائلين") is not the
words of one named person, though the ranker's gender features let "p" agree with any
candidate (a verb before its subject stays singular). A name joined by "و" to a name
or a group ("ترامب ومستشاروه") and a name under a group's head ("أنصار مرسي") are
several."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.document import Mention
from rasd.pipeline import Pipeline
from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.number import one_person
from rasd.quotes.view import DocView
from rasd.text.tokens import load_lexicon as load_frequencies


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.fixture(scope="module")
def ner() -> Pipeline:
    return Pipeline(["text", "ner"])


PLURAL_CASES = [
    # Unseen ant-multisource articles, audit seeds 10340 and 10342.
    (
        "خيم حزن كبير على الوسط الفني بعد رحيل الفنان الشاب ماهر عصام، عن عمر يناهز ال 38 "
        "عاماً، إثر إصابته بنزيف حاد في المخ.\n\nومن خلال شبكات التواصل الاجتماعي قدم عدد "
        "كبير من زملاء الراحل تعازيهم، وعبروا عن حزنهم لفراقه في توقيت لم يتمكن فيه من "
        "الحصول على كامل فرصته.",
        "عن حزنهم",
        "ماهر عصام",
    ),
    # Unseen saudinewsnet article, seed 10344.
    (
        "وقال الرئيس الأميركي باراك أوباما إن الاتفاق مع إيران يحقق هذا الهدف أفضل من أي "
        "بديل آخر.\n\nويرى الكثير من المشرعين الجمهوريين فضلا عن العديد من المشرعين من حزب "
        "الرئيس أوباما الديمقراطي أن الاتفاق لا يذهب بعيدا بما فيه الكفاية، وأشاروا إلى "
        "قيود في الاتفاق ستنتهي في نهاية المطاف.",
        "إلى قيود",
        "باراك أوباما",
    ),
]


@pytest.mark.parametrize(("text", "start", "not_speaker"), PLURAL_CASES)
def test_plural_cue_is_not_one_persons(
    nlp: Pipeline, text: str, start: str, not_speaker: str
) -> None:
    assert speaker_of(nlp, text, start) != not_speaker


PERSON_CASES = [
    ("وقال الرئيس الأميركي دونالد ترامب إن", "الرئيس الأميركي دونالد ترامب", True),
    ("وشن ترامب ومستشاروه هجمات على فريق مولر", "ترامب", False),
    ("وقال أنصار محمد مرسي إن", "أنصار محمد مرسي", False),
]


@pytest.mark.parametrize(("text", "phrase", "one"), PERSON_CASES)
def test_one_person(ner: Pipeline, text: str, phrase: str, one: bool) -> None:
    doc = ner.analyze(text)
    v = DocView(doc, load_lexicon(), load_frequencies(), {})
    start = doc.text.index(phrase)
    assert one_person(v, Mention(start, start + len(phrase))) is one
