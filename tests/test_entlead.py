"""A person's first name whose first letter looks like a proclitic keeps it when the
lists know the whole word as a person's, even before a rest ending in "ة"
(`rasd.ner.clitic_names.listed_whole`; corpus sentences of `../shared/data/news`)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def ner() -> Pipeline:
    return Pipeline(["text", "ner"])


def _names(ner: Pipeline, sentence: str) -> set[str]:
    doc = ner.analyze(sentence)
    return {doc.slice(e) for e in doc.entities or []}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            # "بشارة" is listed as a person's, "شارة" (a badge) as no name.
            "وشارك في إطلاق المنصة مفتي جمهورية مصر شوقي علام، ومفتي القدس والديار "
            "الفلسطينية محمد حسين، والكاردينال بشارة الراعي ومجلس كنائس الشرق الأوسط.",
            "بشارة الراعي",
        ),
        (
            # "بدرة" is listed (as "بدر") as a person's, "درة" (a pearl) as no name.
            "تحدثت رئيسة المركز الدولي للدراسات الاستراتيجية الأمنية والعسكرية، بدرة قعلول "
            "عن وجود صفقة مالية وراء عودة المقاتلين التونسيين من بؤر التوتر.",
            "بدرة قعلول",
        ),
    ],
)
def test_a_listed_first_name_keeps_its_letter(ner, sentence, name):
    # The segmenter splits "ب" off the name; the rest ends in "ة", which before a body
    # is a feminine noun after a preposition, but a person's name heads no body.
    names = _names(ner, sentence)
    assert name in names
    assert name[1:] not in names


def test_a_body_after_a_preposition_still_loses_it(ner):
    # A body's name is no person's: the "ل" before "هيئة" stays "of".
    sentence = (
        "قال عبد الرحيم مصطفى المتحدث الإعلامي لهيئة موانئ البحر الأحمر أن ميناء "
        "الزيتيات بالسويس استقبل السفينة جاز برايد"
    )
    names = _names(ner, sentence)
    assert "هيئة موانئ البحر الأحمر" in names
    assert "عبد الرحيم مصطفى" in names
