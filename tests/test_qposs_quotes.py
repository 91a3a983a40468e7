"""A speaking subject that carries a possessive pronoun ("إلا أن معارضيه يقولون، إن"،
"إن مساعديه أكدوا أن"; words.tsv `possessed_speaker`): someone's own people speak,
where another noun with a pronoun is the object. Sentence forms of unseen articles of
../shared/data/news."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "ويقول مادورو إنه يحارب خطة إمبريالية. إلا أن معارضيه يقولون، إن الزعيم "
            "اليساري دمر اقتصاد فنزويلا وقمع المعارضة بلا رحمة.",
            "إن الزعيم اليساري دمر اقتصاد فنزويلا وقمع المعارضة بلا رحمة",
            "معارضيه",
        ),
        (
            "وقال الوزير إن مساعديه أكدوا أن الاتفاق سيوقع الأسبوع المقبل.",
            "أن الاتفاق سيوقع الأسبوع المقبل",
            "مساعديه",
        ),
    ],
)
def test_possessed_subject_speaks(nlp: Pipeline, sentence: str, quote: str, speaker: str) -> None:
    doc = nlp.analyze(sentence)
    pairs = dict(zip(quote_texts(doc), speakers(doc), strict=True))
    assert pairs.get(quote) == speaker, pairs


def test_object_with_pronoun_still_not_a_speaker(nlp: Pipeline) -> None:
    # "كشف كذبه": a noun outside the list with a pronoun stays the object.
    doc = nlp.analyze("وقال الوزير إن الصحفي كشف كذبه أمام الجميع.")
    assert "كذبه" not in speakers(doc)


def test_possessed_subject_takes_no_genitive(nlp: Pipeline) -> None:
    # "ونفت أسرته صحة ذلك": the pronoun closes the noun; what follows is the object.
    doc = nlp.analyze(
        "وقالت السلطات بعدها بأسبوعين إن سيد إمامي انتحر في سجنه. ونفت أسرته صحة ذلك."
    )
    assert "أسرته صحة" not in speakers(doc)
