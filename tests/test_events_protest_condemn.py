"""A protest that condemns someone ("احتجاجات … تندد بالسياسات الضريبية للحكومة",
"شعارات تدين تدخل إيران") is aimed at what it condemns, as one that demands or is
against: تدين، تندد، منددين are in words.tsv's `against` list. Sentences from unseen
news (../shared/data/news)."""

from __future__ import annotations

import pytest

from event_types import event_sides
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def test_what_a_protest_condemns_is_its_target(nlp):
    text = (
        "يستقبل الاثنين العاهل الأردني الملك عبد الله الثاني رئيس الوزراء هاني الملقي على "
        "خلفية احتجاجات واسعة تجتاح البلاد تندد بالسياسات الضريبية للحكومة وتطالب بإقالة "
        "رئيس وزرائها."
    )
    targets = [t for _, t in event_sides(nlp, text, "PROTEST")]
    assert targets and all("السياسات الضريبية" in t for t in targets)


def test_slogans_condemning_a_country_aim_the_protest_at_it(nlp):
    text = (
        "في تلك الاحتجاجات رفع المتظاهرون شعارات تدين تدخل إيران في دول المنطقة، فعلى سبيل "
        'المثال هتف المحتجون: "اترك سوريا وعالج مشاكلنا".'
    )
    targets = [t for _, t in event_sides(nlp, text, "PROTEST")]
    assert targets and all(t == "إيران" for t in targets)
