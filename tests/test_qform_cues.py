"""Cue forms the lexicon's rows lacked (cues.tsv): plural and feminine participles of
cues that take أن or their preposition (لافتين، زاعمين، مرجحين، مشترطة…), the ئ spelling
of تساءل (يتسائلون), and حكى (told), whose present needs a subject that speaks."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline
from rasd.quotes.lexicon import load_lexicon
from rasd.text.normalize import match_key


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("form", "lemma", "gender", "participle"),
    [
        ("لافتين", "لفت", "p", True),
        ("زاعمين", "زعم", "p", True),
        ("مشترطة", "اشترط", "f", True),
        ("يتسائلون", "تساءل", "p", False),
        ("تسائلت", "تساءل", "f", False),
        ("حكت", "حكى", "f", False),
    ],
)
def test_the_form_is_read(form, lemma, gender, participle) -> None:
    cue = load_lexicon().cues[match_key(form)]
    assert (cue.lemma, cue.gender, cue.participle) == (lemma, gender, participle)


@pytest.mark.parametrize(
    "noun",
    # Forms left out on purpose: nouns and adjectives as often as participles
    # ("المجيبين" respondents, "متمسكة بمواقفها" holding on, "منتقدين" critics).
    ["مجيبين", "متمسكة", "منتقدين", "مهددين", "واعدة"],
)
def test_homographs_stay_out(noun) -> None:
    assert match_key(noun) not in load_lexicon().cues


def test_a_plural_participle_after_a_plural_speaker(nlp) -> None:
    """ "…، لافتين إلى أن …": the group's next act of speech, cut from the first."""
    doc = nlp.analyze(
        "وقال مسؤولو الصحة إن أكثر من 50 شخصا قتلوا في الغارات، لافتين إلى أن الهجوم استهدف أطفالا."
    )
    pairs = list(zip(quote_texts(doc), speakers(doc), strict=True))
    found = [s for q, s in pairs if q.startswith("إلى أن الهجوم استهدف أطفالا")]
    assert found == ["مسؤولو الصحة"], pairs
    assert not any("لافتين" in q for q in quote_texts(doc)), pairs


def test_told_by_a_person(nlp) -> None:
    doc = nlp.analyze("ويحكي محمد الشلهوب أن ذهابه إلى إيطاليا كان بلا هدف.")
    pairs = list(zip(quote_texts(doc), speakers(doc), strict=True))
    assert pairs == [("أن ذهابه إلى إيطاليا كان بلا هدف", "محمد الشلهوب")], pairs


def test_a_thing_that_tells_says_nothing(nlp) -> None:
    """ "تحكي القصة عن …": a story or a hall tells of something; nobody speaks."""
    doc = nlp.analyze("وتحكي القصة عن أب مقهور أراد إنقاذ ابنه.")
    assert quote_texts(doc) == [], quote_texts(doc)
