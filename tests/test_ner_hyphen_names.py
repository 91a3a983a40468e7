"""Two organisations joined by a hyphen are one name
(rasd.ner.hyphen_names.hyphenated_organisations); sentences from unseen news articles."""

from __future__ import annotations

import pytest

from rasd.ner.hyphen_names import hyphenated_organisations
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def text_stage() -> Pipeline:
    return Pipeline(["text"])


def _joined(text_stage: Pipeline, sentence: str, tags: str) -> str:
    doc = text_stage.analyze(sentence)
    out = tags.split()
    assert len(out) == len(doc.tokens)
    hyphenated_organisations(doc.text, doc.tokens, out)
    return " ".join(out)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (  # spaced on both sides
            "وقد أصبح ملف مشروع «بيجو - سيتروين» لصناعة السيارات بالمغرب جاهزا",
            "O O O O O B-ORG O B-ORG O O O O O",
            "O O O O O B-ORG I-ORG I-ORG O O O O O",
        ),
        (  # glued on both sides
            "معهد خاومي ألميرا لعلوم الأرض ICTJA-CSIC على بعد 500 متر من الملعب",
            "O O O O O B-ORG O B-ORG O O O O O O",
            "O O O O O B-ORG I-ORG I-ORG O O O O O O",
        ),
        (
            "الاتفاقيات الموقعة مع VTVCab وViettel وHTV-TMS وClip TV",
            "O O O B-ORG O B-ORG O B-ORG O B-ORG O B-ORG I-ORG",
            "O O O B-ORG O B-ORG O B-ORG I-ORG I-ORG O B-ORG I-ORG",
        ),
    ],
)
def test_hyphenated_name_is_one(text_stage: Pipeline, sentence: str, tags: str, expected: str):
    assert _joined(text_stage, sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        (  # an aside opened by a hyphen glued to its first word
            "الذي تشرف عليه وكالة شؤون الشباب -الادارة العامة للهيئات الشبابية- العديد",
            "O O O B-ORG I-ORG I-ORG O B-ORG I-ORG I-ORG I-ORG O O",
        ),
        (  # a list of Arabic names of bodies
            "والمتمثلة في (جامعة الملك سعود - جامعة حائل - جامعة الدمام - مركز التدريب التربوي في مكة)",
            "O O O B-ORG I-ORG I-ORG O B-ORG I-ORG O B-ORG I-ORG O B-ORG I-ORG I-ORG O B-LOC O",
        ),
        (  # the two sides of a match
            "الإتحاد المنستيري 2 - 1 سبورتينغ بن عروس - أولمبيك الكاف 0 - 0 النادي القربي",
            "B-ORG I-ORG O O O B-ORG I-ORG I-ORG O B-ORG I-ORG O O O B-ORG I-ORG",
        ),
    ],
)
def test_hyphen_not_joined(text_stage: Pipeline, sentence: str, tags: str):
    assert _joined(text_stage, sentence, tags) == tags
