"""A word written with a nunation mark (tanween) ends no name (rasd.ner.common_words):
the indefinite ending of a noun or an adjective that the tagger reads by its letters as a
country ("دوماً": always, not Douma) or as a name's last word. Sentences from unseen news
articles."""

from __future__ import annotations

import pytest

from rasd.ner.common_words import common_words
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline

TANWEEN = "\u064b\u064c\u064d"


def _kept(ner: EntityRecognizer, sentence: str, tags: str) -> str:
    forms = [ner.tagger.featurizer.form(w) for w in sentence.split()]
    out = [tags.split()]
    common_words([[f.stem for f in forms]], [[f.word for f in forms]], out)
    return " ".join(out[0])


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (  # an adverb alone: untagged
            "وجعل رايته خفاقة عالية دوماً",
            "O O O O B-LOC",
            "O O O O O",
        ),
        (  # two adjectives, each tagged alone
            "حتى أني سألت كينياً إفريقياً عن أصول هذه الأكلات",
            "O O O B-LOC B-LOC O O O O",
            "O O O O O O O O O",
        ),
        (  # the name ends before the circumstantial adjective
            "كان كريستنسن مذعوراً عند دخول المكتب",
            "O B-PER I-PER O O O",
            "O B-PER O O O O",
        ),
        (  # the country written without a mark stays
            "ومن المنتظر أن تنتخب كاتالونيا رئيسا قبل 22 أيار/مايو",
            "O O O O B-LOC O O O O",
            "O O O O B-LOC O O O O",
        ),
    ],
)
def test_nunated_words(ner: EntityRecognizer, sentence: str, tags: str, expected: str) -> None:
    assert _kept(ner, sentence, tags) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وأوضح أن تعرض السفينة، التي على متنها 23 بحاراً تركياً، ما استدعى سحبها إلى ميناء.",
        "وهي التي تبني دوماً علاقتها بالآتي والمستقبل كقضية.",
        "التنويع والتخفيف من المخاطر. خامساً، المحركات الرئيسة لمعظم أسعار النفط.",
    ],
)
def test_no_name_carries_tanween(ner: EntityRecognizer, text: str) -> None:
    doc = ner(Pipeline(["text"]).analyze(text))
    names = [doc.text[e.start : e.end] for e in doc.entities]
    assert not [n for n in names if any(mark in n for mark in TANWEEN)], names
