"""Span boundaries (issue 12, qextent): a cue's participle after a closing quotation
mark, with its object before its own preposition, is the speaker's next act of speech.
Sentence forms from development folds 0-1 and from unseen news."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        (
            'ونبه روحاني إلى أن إيران مستعدة لاستئناف تخصيب اليورانيوم "على المستوى الصناعي '
            'دون أي قيود" مطالبا الدول الأوروبية بتوفير ضمانات متينة لاستمرار العلاقات '
            "التجارية.",
            "أن إيران مستعدة لاستئناف تخصيب اليورانيوم",
            "بتوفير ضمانات متينة لاستمرار العلاقات التجارية",
        ),
        (
            'وقالت لطيفة في الفيديو إنها تريد "استعادة حياتها" متهمة والدها باحتجازها.',
            "إنها تريد",
            "باحتجازها",
        ),
    ],
)
def test_a_participle_with_its_object_after_a_closing_mark_is_the_next_act(
    nlp, sentence, first, second
) -> None:
    """ "…"دون أي قيود" مطالبا الدول الأوروبية بتوفير …": the reported clause ends at
    the closing mark, and the participle's demand or charge is a quotation of its own
    (also for اتهم, which never goes without its object)."""
    doc = nlp.analyze(sentence)
    texts = quote_texts(doc)
    assert len(texts) == 2, texts
    assert texts[0].startswith(first) and not texts[0].endswith(second), texts
    assert texts[1] == second, texts
    assert speakers(doc)[0] == speakers(doc)[1], speakers(doc)


@pytest.mark.parametrize(
    "sentence",
    [
        'وقال المحامي إن موكلته "بريئة" متهمة ظلما بالقتل.',
        'وقال المحامي إن موكلته "بريئة" متهمة بالقتل.',
    ],
)
def test_a_passive_participle_after_a_closing_mark_takes_no_object(nlp, sentence) -> None:
    """ "إن موكلته "بريئة" متهمة ظلما بالقتل": an indefinite word after the participle
    is an adverb, not its object, and a cue that never goes without its object is a
    passive predicate when the preposition follows at once: the clause runs on."""
    doc = nlp.analyze(sentence)
    assert len(quote_texts(doc)) == 1, quote_texts(doc)
