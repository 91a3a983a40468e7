"""A definite adjective that judges or places what a name names is no word of it
(rasd.ner.descriptor_edges): a listed descriptor leaves a name's end, while names that
end on an adjective of their own stay whole. Sentences from unseen news articles."""

from __future__ import annotations

import pytest

from rasd.ner.descriptor_edges import descriptor_edges
from rasd.ner.stage import EntityRecognizer


def _kept(ner: EntityRecognizer, sentence: str, tags: str) -> str:
    stems = [ner.tagger.featurizer.form(w).stem for w in sentence.split()]
    out = tags.split()
    descriptor_edges(stems, out)
    return " ".join(out)


@pytest.mark.parametrize(
    ("sentence", "tags", "expected"),
    [
        (  # a judging adjective after a militia
            "قتلت عبوة ناسفة زرعتها ميليشيا الحوثي الانقلابية، الثلاثاء",
            "O O O O B-ORG I-ORG I-ORG O",
            "O O O O B-ORG I-ORG O O",
        ),
        (  # a participle of the body's standing
            "الذي عينه مجلس النواب المنتخب قائدا عاما",
            "O O B-ORG I-ORG I-ORG O O",
            "O O B-ORG I-ORG O O O",
        ),
        (  # a tie to another body
            "إن جيش خالد بن الوليد الموالي لتنظيم الدولة",
            "O B-ORG I-ORG I-ORG I-ORG I-ORG O O",
            "O B-ORG I-ORG I-ORG I-ORG O O O",
        ),
        (  # an event's time
            "قبل خوض منافسات المونديال المقبل فى روسيا",
            "O O O B-MISC I-MISC O B-LOC",
            "O O O B-MISC O O B-LOC",
        ),
    ],
)
def test_descriptor_leaves_the_name(
    ner: EntityRecognizer, sentence: str, tags: str, expected: str
) -> None:
    assert _kept(ner, sentence, tags) == expected


@pytest.mark.parametrize(
    ("sentence", "tags"),
    [
        # adjectives that belong to the name (names of the unseen design articles)
        ("قال الأمين العام للأمم المتحدة أنطونيو غوتيريس", "O O O B-ORG I-ORG B-PER I-PER"),
        ("مع فصائل الجيش السوري الحر في إدلب", "O O B-ORG I-ORG I-ORG O B-LOC"),
        ("وأعلنت القوات المسلحة السعودية", "O B-ORG I-ORG O"),
        # a person's family name spelt as a listed adjective (a dev fold 0-1 article)
        ("وقال عبد العزيز المقبل إن", "O B-PER I-PER I-PER O"),
        ("برجل الأعمال شفيق الجراية الموقوف، أكدت", "O O B-PER I-PER I-PER O"),
    ],
)
def test_names_with_their_own_adjective_stay(
    ner: EntityRecognizer, sentence: str, tags: str
) -> None:
    assert _kept(ner, sentence, tags) == tags
