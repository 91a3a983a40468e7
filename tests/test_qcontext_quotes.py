"""Quotations, the qcontext pass (issue 12): "في هذا الشأن"، "في هذا الجانب"، "في هذا
الاتجاه"، "في هذه المناسبة" between a cue and its complement.

The context adverbial says what the words bear on; like "في هذا السياق" it is skipped
(words.tsv `context_noun`), so the preposition the cue takes after it opens what was
said. The sentences come from unseen news articles (seeds 11392 to 11396). A context
phrase inside what was said stays in the quotation."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CONTEXT_CASES = [
    (
        "وطالب الخبراء في هذا الشأن بضرورة تغيير الطريقة التي يتم التعامل بها مع الفيروس "
        "والسيطرة عليه.",
        "بضرورة تغيير الطريقة التي يتم التعامل بها مع الفيروس والسيطرة عليه",
        "الخبراء",
    ),
    (
        "واشارت الهيئة العليا المستقلة للاتصال السمعي البصري في بيان لها اليوم الخميس الى "
        "أن هذه الممارسات تتعارض مع أهم المبادئ الأساسية لحرية العمل الصحفي، مؤكدة في هذا "
        "الجانب على ضرورة استناد المؤسسات الإعلامية السمعية والبصرية إلى مرجعية مهنية "
        "وأخلاقية داخلية.",
        "على ضرورة استناد المؤسسات الإعلامية السمعية والبصرية إلى مرجعية مهنية وأخلاقية داخلية",
        "الهيئة العليا المستقلة للاتصال السمعي البصري",
    ),
    (
        "وقال الاتحاد إن على الحكومة وضع خطط وإيجاد آليات تحد من تأثير هذه المخاطر، داعيا "
        "في هذا الاتجاه إلى التريث في إصدار قانون المصالحة الاقتصادية وفتح مشاورات جادة مع "
        "جميع الأطراف.",
        "إلى التريث في إصدار قانون المصالحة الاقتصادية وفتح مشاورات جادة مع جميع الأطراف",
        "الاتحاد",
    ),
    (
        'وجدد البابا في هذه المناسبة دعوته إلى "الحوار" و"التفاوض" و"تجنيب المدنيين" ويلات الحرب.',
        'دعوته إلى "الحوار" و"التفاوض" و"تجنيب المدنيين" ويلات الحرب',
        "البابا",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), CONTEXT_CASES)
def test_context_phrase_before_the_complement(
    nlp: Pipeline, text: str, quote: str, speaker: str
) -> None:
    doc = nlp.analyze(text)
    assert (speaker, quote) in list(zip(speakers(doc), quote_texts(doc), strict=True))


def test_context_phrase_inside_what_was_said_stays(nlp: Pipeline) -> None:
    doc = nlp.analyze("وقال المتحدث باسم الوزارة إن الحكومة لم تتخذ أي قرار في هذا الشأن حتى الآن.")
    assert quote_texts(doc) == ["إن الحكومة لم تتخذ أي قرار في هذا الشأن حتى الآن"]
