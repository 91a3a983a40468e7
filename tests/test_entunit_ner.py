"""A plural unit noun with only its field's adjective, or tied by "التابعة لـ" to the body
it belongs to, names no body (rasd.ner.unit_descriptions): "تمكنت [الوحدات الأمنية]" and
"[الوحدات التابعة للمنطقة البحرية للحرس الوطني]" are untagged; named units ("وحدات حماية
الشعب الكردية", "الوحدات الكردية") stay. Sentences from unseen news articles (Jawhara FM,
Saudi news)."""

from __future__ import annotations

import pytest

from rasd.ner.stage import EntityRecognizer
from rasd.ner.unit_descriptions import unit_descriptions


def _untagged(ner: EntityRecognizer, sentence: str, tags: str) -> str:
    forms = [ner.tagger.featurizer.form(w) for w in sentence.split()]
    out = tags.split()
    unit_descriptions(
        [f.key for f in forms], [f.stem for f in forms], out, ner.gazetteer.__contains__
    )
    return " ".join(out)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (  # a unit noun and its field's adjective
            "كما تمكنت الوحدات الأمنية خلال الليلة الماضية",
            "O O B-ORG I-ORG O O O",
            "O O O O O O O",
        ),
        (
            "لتعرضهم إلى رمايات الوحدات العسكرية المنتشرة بالمكان",
            "O O O B-ORG I-ORG O O",
            "O O O O O O O",
        ),
        (  # a tie to a body the name lists do not hold
            "خلسة ألقت الوحدات التابعة للمنطقة البحرية للحرس الوطني بصفاقس يوم",
            "O O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O O",
            "O O O O O O O O O O",
        ),
        (
            "بأن الوحدات الأمنية التابعة لمنطقة الامن الوطني بالكاف",
            "O B-ORG I-ORG I-ORG I-ORG I-ORG I-ORG O",
            "O O O O O O O O",
        ),
        (  # a named unit: its genitive is no adjective
            "مصدر إعلامي بأن وحدات حماية الشعب الكردية بالتعاون مع",
            "O O O B-ORG I-ORG I-ORG I-ORG O O",
            "O O O B-ORG I-ORG I-ORG I-ORG O O",
        ),
        (  # a people's adjective names a militia (the YPG)
            "مقاتلين اثنين من الوحدات الكردية كانا يحاولان",
            "O O O B-ORG I-ORG O O",
            "O O O B-ORG I-ORG O O",
        ),
    ],
)
def test_unit_descriptions(ner: EntityRecognizer, sentence: str, tags: str, expected: str) -> None:
    assert _untagged(ner, sentence, tags) == expected


def test_stage_leaves_security_units_untagged(ner: EntityRecognizer) -> None:
    from rasd.pipeline import Pipeline

    doc = Pipeline(["text"]).analyze("وقد حجزت الوحدات الأمنية في هذه الورشة طنا من التبغ.")
    names = [doc.text[e.start : e.end] for e in ner(doc).entities]
    assert "الوحدات الأمنية" not in names
