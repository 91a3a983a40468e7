"""Sentence boundaries."""

from __future__ import annotations


def sentences(nlp, text: str) -> list[str]:
    doc = nlp.analyze(text)
    return [doc.slice(s) for s in doc.sentences]


def test_terminators_and_paragraphs(nlp):
    assert sentences(nlp, "قال إنه سيأتي. ثم غادر! هل عاد؟ نعم\nفقرة ثانية") == [
        "قال إنه سيأتي.",
        "ثم غادر!",
        "هل عاد؟",
        "نعم",
        "فقرة ثانية",
    ]


def test_numbers_abbreviations_and_pauses_do_not_split(nlp):
    assert len(sentences(nlp, "ارتفع بنسبة 3.5 في المئة.. وقال د. أحمد إن U.S. تعافت")) == 1


def test_closing_quote_stays_with_its_sentence(nlp):
    assert sentences(nlp, 'وقال "انتهى الأمر." ثم غادر.') == ['وقال "انتهى الأمر."', "ثم غادر."]


def test_seed_sentences_cover_its_paragraphs(nlp, seed_path):
    from rasd.text.readers import read_path

    doc = nlp(next(read_path(seed_path)))
    assert len(doc.paragraphs) == 18  # title + 17 paragraphs
    assert len(doc.sentences) >= 18
    for sentence in doc.sentences:
        text = doc.slice(sentence)
        assert text == text.strip() and "\n" not in text
