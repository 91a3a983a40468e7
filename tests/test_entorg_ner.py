"""A listed body head, a tagged place and a definite adjective make one organisation
(rasd.ner.place_bodies): the tagger, which knows the place and not the body, tags the
place alone. The tags are those a tagger that never saw the body gives; the sentences
are from unseen news articles (ant-multisource), the last three variants of them."""

from __future__ import annotations

import pytest

from rasd.ner.place_bodies import place_bodies
from rasd.ner.stage import EntityRecognizer


def _joined(ner: EntityRecognizer, sentence: str, tags: str) -> str:
    forms = [ner.tagger.featurizer.form(w) for w in sentence.split()]
    out = tags.split()
    place_bodies(
        [f.key for f in forms],
        [f.word for f in forms],
        [f.stem for f in forms],
        out,
        ner._is_nationality,
    )
    return " ".join(out)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (  # BB-middleEast-597-20180607
            "وأصدر مجلس منبج العسكري بياناً جاء فيه",
            "O O B-LOC O O O O",
            "O B-ORG I-ORG I-ORG O O O",
        ),
        (  # FR-middleEast-15-20180215: a party
            "وأعلن حزب مصر القوية المعارض الخميس",
            "O O B-LOC O O O",
            "O B-ORG I-ORG I-ORG O O",
        ),
        (  # FR-internationalNews-853-20180422: a head after a preposition
            "رئيس لجنة إعادة الإعمار بمجلس الرقة المدني",
            "O B-ORG I-ORG I-ORG O B-LOC O",
            "O B-ORG I-ORG I-ORG B-ORG I-ORG I-ORG",
        ),
        (  # BB-middleEast-288-20180404: a head after "و"
            "حيث يديرها مجلس منبج العسكري وقوات سوريا الديمقراطية",
            "O O O B-LOC O O B-LOC O",
            "O O B-ORG I-ORG I-ORG B-ORG I-ORG I-ORG",
        ),
    ],
)
def test_head_place_adjective_is_one_body(
    ner: EntityRecognizer, sentence: str, tags: str, expected: str
) -> None:
    assert _joined(ner, sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # CN-internationalNews-7-20180218: the adjective is the place's own
        ("أعلن جيش كوريا الجنوبية عن إنشاء", "O O B-LOC I-LOC O O"),
        # variants of the sentences above: a nationality describes the body
        ("قالت قوات دمشق السورية", "O O B-LOC O"),
        # a definite head is a description ("the council", then a place)
        ("وقال المجلس منبج العسكري", "O O B-LOC O"),
        # an adjective with a proclitic begins a second noun
        ("وقال مجلس منبج والعسكري", "O O B-LOC O"),
    ],
)
def test_other_places_stay(ner: EntityRecognizer, sentence: str, tags: str) -> None:
    assert _joined(ner, sentence, tags) == tags
