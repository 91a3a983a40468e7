"""A town before a masculine nationality adjective is its club, which agrees with the
masculine "نادي" (rasd.ner.document_rules.national_clubs): "روما الإيطالي" is the club,
while a town after a masculine noun the adjective agrees with ("مطار الشعيرات
السوري", "مشروع بارس الجنوبي الإيراني") and a homograph of a nationality ("سوق دبي
المالي") stay places. Sentences from unseen news articles (issue 14)."""

from __future__ import annotations

import pytest

from rasd.ner.document_rules import national_clubs
from rasd.ner.stage import EntityRecognizer


def _clubs(ner: EntityRecognizer, sentences: list[tuple[str, str]]) -> list[str]:
    forms = [[ner.tagger.featurizer.form(w) for w in text.split()] for text, _ in sentences]
    tags = [labels.split() for _, labels in sentences]
    national_clubs(
        [[f.key for f in fs] for fs in forms],
        [text.split() for text, _ in sentences],
        tags,
        ner._is_country,
        ner._is_nationality,
        ner._is_town,
    )
    return [" ".join(t) for t in tags]


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (  # a club of a match's results
            "ثم خسر أمام نيفيتشي باكو التركي 1/2",
            "O O O B-LOC I-LOC O O",
            "O O O B-ORG I-ORG O O",
        ),
        (  # a city's club
            "في ملعبه على روما الإيطالي أمس الأربعاء",
            "O O O B-LOC O O O",
            "O O O B-ORG O O O",
        ),
        (  # the feminine adjective: the city
            "أمس في مدينة ليون الفرنسية",
            "O O O B-LOC O",
            "O O O B-LOC O",
        ),
        (  # the adjective agrees with the airport
            "بشن ضربات صاروخية على مطار الشعيرات السوري بعد",
            "O O O O B-LOC I-LOC O O",
            "O O O O B-LOC I-LOC O O",
        ),
        (  # and with the project
            "تجاه مشروع بارس الجنوبي الإيراني، وأضافت",
            "O O B-LOC I-LOC O O",
            "O O B-LOC I-LOC O O",
        ),
        (  # financial, not Malian
            "وتراجع سهم سوق دبي المالي وهي الشركة",
            "O O O B-LOC O O O",
            "O O O B-LOC O O O",
        ),
    ],
)
def test_national_clubs(ner: EntityRecognizer, sentence: str, tags: str, expected: str) -> None:
    assert _clubs(ner, [(sentence, tags)]) == [expected]


def test_recognizer_reads_the_clubs(ner: EntityRecognizer) -> None:
    from rasd.pipeline import Pipeline

    text = "ثلاثة انتصارات متتالية حققها على اميركا المكسيكي (1 -صفر) وسان خوسيه اورثكوايكس الاميركي (3-1)."
    doc = ner(Pipeline(["text"]).analyze(text))
    labels = {text[e.start : e.end]: e.label for e in doc.entities}
    assert labels.get("اميركا") == "ORG"
    assert labels.get("سان خوسيه اورثكوايكس") == "ORG"
