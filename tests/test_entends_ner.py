"""An organisation's genitive goes on through a coordinated noun (rasd.ner.coordinated_names):
"لجنة البرامج والتقييم", not "[لجنة البرامج] والتقييم". Sentences from unseen news
articles."""

from __future__ import annotations

import pytest

from rasd.ner.coordinated_names import coordinated_genitives
from rasd.ner.stage import EntityRecognizer


def _extended(ner: EntityRecognizer, sentence: str, tags: str) -> str:
    forms = [ner.tagger.featurizer.form(w) for w in sentence.split()]
    out = tags.split()
    coordinated_genitives(
        [f.word for f in forms],
        [f.stem for f in forms],
        [f.key for f in forms],
        out,
        ner.gazetteer.__contains__,
    )
    return " ".join(out)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (  # a bare construct noun, its genitive and a second genitive
            "خلال اجتماع لجنة البرامج والتقييم التابعة للجان الفنية",
            "O O B-ORG I-ORG O O O O",
            "O O B-ORG I-ORG I-ORG O O O",
        ),
        (  # a ل complement and its second noun
            "طبقا لاحصاءات الجهاز المركزي للتعبئة والاحصاء فان 40%",
            "O O B-ORG I-ORG I-ORG O O O",
            "O O B-ORG I-ORG I-ORG I-ORG O O",
        ),
        (  # the second noun's own adjective comes with it
            "مركز محلي للصندوق الوطني للتقاعد والحيطة الاجتماعية بطريق منزل شاكر",
            "O O B-ORG I-ORG I-ORG O O O O O",
            "O O B-ORG I-ORG I-ORG I-ORG I-ORG O O O",
        ),
        (
            "التابع لهيئة أبوظبي للسياحة والثقافة كتابا جديدا",
            "O B-ORG I-ORG I-ORG O O O",
            "O B-ORG I-ORG I-ORG I-ORG O O",
        ),
        (  # a masculine nisba after a bare name is its adjective, not a genitive
            "ذات نهج داعش الخوارجي والتوحش السادي المطلق",
            "O O B-ORG I-ORG O O O",
            "O O B-ORG I-ORG O O O",
        ),
        (  # a body of its own after و
            "يأتي بسبب تجاهل وزارة العدل والحكومة لمطالبهم",
            "O O O B-ORG I-ORG O O",
            "O O O B-ORG I-ORG O O",
        ),
        (  # a party's name is its one word after the head: "the agreement" is no part
            "إلا بعد موافقة حركة النهضة والاتفاق على تجاوز هذا الخلاف",
            "O O O B-ORG I-ORG O O O O O",
            "O O O B-ORG I-ORG O O O O O",
        ),
        (  # a longer name whose genitive is a common noun goes on
            "أصدرت هيئة شؤون الأسرى والمحررين ونادي الأسير الفلسطيني تقريرا",
            "O B-ORG I-ORG I-ORG O B-ORG I-ORG I-ORG O",
            "O B-ORG I-ORG I-ORG I-ORG B-ORG I-ORG I-ORG O",
        ),
        (  # a title after و: a person of its own
            "الوزير المكلف بالعلاقة مع مجلس نواب الشعب والناطق الرسمي",
            "O O O O B-ORG I-ORG I-ORG O O",
            "O O O O B-ORG I-ORG I-ORG O O",
        ),
    ],
)
def test_coordinated_genitives(
    ner: EntityRecognizer, sentence: str, tags: str, expected: str
) -> None:
    assert _extended(ner, sentence, tags) == expected
