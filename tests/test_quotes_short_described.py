"""Short quotations (1-3 words in marks) that say what a cue of describing (وصف، اعتبر،
نعت، صنف) called its object are quotations of the cue's speaker; sentences from the
development part of the gold articles (no ../shared needed)."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.quotes.lexicon import load_lexicon
from rasd.quotes.subjects import relative_antecedent
from rasd.quotes.view import DocView
from rasd.text.tokens import load_lexicon as load_frequencies


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _quote_of(doc: Document, text: str) -> str | None:
    """The speaker of the direct quote whose words are `text` (fails when none is)."""
    found = [q for q in doc.quotes or [] if q.kind == "direct" and doc.slice(q) == text]
    assert found, [doc.slice(q) for q in doc.quotes or []]
    speaker = found[0].speaker
    return speaker.canonical if speaker is not None else None


@pytest.mark.parametrize(
    ("sentence", "quoted", "speaker"),
    [
        # the object pronoun on the cue is what the quotation names; the subject after
        # the cue speaks
        (
            "وبدأت القوات التركية مع فصائل سورية موالية لها منذ 20 كانون الثاني/يناير "
            "هجوما في منطقة عفرين، يستهدف مقاتلي الوحدات الكردية الذين تصنفهم أنقرة "
            '"إرهابيين".',
            "إرهابيين",
            "أنقرة",
        ),
    ],
)
def test_object_pronoun_named(nlp, sentence: str, quoted: str, speaker: str) -> None:
    assert _quote_of(nlp.analyze(sentence), quoted) == speaker


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        # no object pronoun: the noun phrase after the cue is its object, not its
        # speaker, when a short quotation ends the clause right after it
        (
            "ووجهت في الماضي اتهامات لإسرائيل، التي تعتبر حركة حماس "
            '"منظمة إرهابية"، باغتيال نشطاء في الحركة في الخارج.',
            "منظمة إرهابية",
        ),
    ],
)
def test_short_quotation_is_speech(nlp, sentence: str, quoted: str) -> None:
    _quote_of(nlp.analyze(sentence), quoted)


def test_object_is_not_the_speaker(nlp) -> None:
    """ "واعتبر تنظيم النسل "خيانة"": the speaker is the one who spoke before."""
    doc = nlp.analyze(
        "وصف الرئيس التركي رجب طيب أردوغان النساء اللاتي لسن أمهات بال "
        '"ناقصات". وكان قبلها قد حث الأمهات على إنجاب ثلاثة أطفال على الأقل، '
        'واعتبر تنظيم النسل "خيانة".'
    )
    assert _quote_of(doc, "خيانة") != "تنظيم النسل"


def test_quoted_name_after_describing_cue_is_not_speech(nlp) -> None:
    """A quoted title after its naming word stays a name: "وصفت صحيفة "…""."""
    doc = nlp.analyze('وصفت صحيفة "نيويورك تايمز" القرار بأنه خطير.')
    assert all(doc.slice(q) != "نيويورك تايمز" for q in doc.quotes or [])


def test_country_before_relative_pronoun_is_antecedent(nlp) -> None:
    """ "غضب تركيا التي تعتبر …": a country or body named right before the relative
    pronoun (not only a person) is what the pronoun stands for: the cue's speaker."""
    doc = nlp.analyze(
        "ووحدات حماية الشعب حليف الولايات المتحدة الرئيسي ضد تنظيم داعش في سوريا، وهي "
        "شراكة أثارت غضب تركيا التي تعتبر القوة الكردية امتدادا لحزب العمال الكردستاني، "
        "الذي يشن تمردا في جنوب شرق تركيا."
    )
    v = DocView(doc, load_lexicon(), load_frequencies(), {})
    phrase = relative_antecedent(v, v.keys.index("تعتبر"), "f")
    assert phrase is not None and v.keys[phrase.start : phrase.end] == ["تركيا"]
