"""Common words the tagger reads as names are no names (rasd.ner.common_words): the
link line that closes SaudiNewsNet's al-Weeam articles, Latin abbreviations of
technologies and units. Sentences from unseen news articles."""

from __future__ import annotations

import pytest

from rasd.ner.common_words import common_words
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


def _kept(ner: EntityRecognizer, sentence: str, tags: str) -> str:
    forms = [ner.tagger.featurizer.form(w) for w in sentence.split()]
    out = [tags.split()]
    common_words([[f.stem for f in forms]], [[f.word for f in forms]], out)
    return " ".join(out[0])


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (  # the footer: the link is untagged, the newspaper after it stays
            "رابط الخبر بصحيفة الوئام : طيران ناس تكرم طاقم طائرة",
            "B-ORG I-ORG O B-ORG O B-ORG I-ORG O O O",
            "O O O B-ORG O B-ORG I-ORG O O O",
        ),
        (  # "لرابط الدم العربي" (to the bond of Arab blood) names nothing either
            "ثم لرابط الدم العربي ، ثم للغة والأدب",
            "O B-ORG I-ORG I-ORG O O O O",
            "O O O O O O O O",
        ),
        (  # a league (رابطة) is a name: the list is compared with ة kept
            "في الجولة الثالثة عشر من بطولة الرابطة المحترفة الاولى",
            "O O O O O O B-ORG I-ORG I-ORG",
            "O O O O O O B-ORG I-ORG I-ORG",
        ),
        (  # a phone's specifications: technologies and units stand alone
            "الشاشة : سوبر أموليد بحجم 5.8 بدقة QHD تدعم HDR",
            "O O O O O O O B-ORG O B-ORG",
            "O O O O O O O O O O",
        ),
        (  # inside a longer name the abbreviation stays
            "ERT 1 / ERT HD -Eutelsat",
            "B-ORG O O B-ORG I-ORG O",
            "B-ORG O O B-ORG I-ORG O",
        ),
    ],
)
def test_common_words(ner: EntityRecognizer, sentence: str, tags: str, expected: str) -> None:
    assert _kept(ner, sentence, tags) == expected


def test_footer_through_the_stage(ner: EntityRecognizer) -> None:
    text = (
        "وأكد المدير العام لقناة «الإخبارية» جاسر الجاسر قرب انفصال القناة.\n"
        "رابط الخبر بصحيفة الوئام: الجاسر: «الإخبارية» ستنفصل عن التلفزيون السعودي"
    )
    doc = ner(Pipeline(["text"]).analyze(text))
    names = {doc.text[e.start : e.end] for e in doc.entities}
    assert "رابط الخبر" not in names
    assert "الوئام" in names
