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
            "إلى أن إيران مستعدة لاستئناف تخصيب اليورانيوم",  # نبه takes إلى (qrows)
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


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        (
            "وقالت المتحدثة إن بلادها تحترم الوساطة الكويتية والجهود التي يبذلها أمير "
            "الكويت، فيما يتعلق بالأزمة الخليجية.",
            "إن بلادها تحترم الوساطة الكويتية والجهود التي يبذلها أمير الكويت، فيما "
            "يتعلق بالأزمة الخليجية",
        ),
        (
            "وقال محللون إن الشركة تخلفت وراء منافستيها الأوروبيتين بكثير، فيما يتعلق "
            "بإعادة الهيكلة.",
            "إن الشركة تخلفت وراء منافستيها الأوروبيتين بكثير، فيما يتعلق بإعادة الهيكلة",
        ),
    ],
)
def test_as_regards_goes_on_with_the_reported_clause(nlp, sentence, quote) -> None:
    """ "، فيما يتعلق/يخص بـ…" (as regards) is part of what was said, not the writer's
    "while" clause that "، فيما" opens."""
    assert quote_texts(nlp.analyze(sentence)) == [quote]


@pytest.mark.parametrize(
    "sentence",
    [
        "وأكد الدكتور أن الجمعية تتعاون مع مركز الملك سلمان، فيما يخص ذوي الإعاقة "
        "البصرية فهناك تقديم الاستشارات.",
        "وقال الوزير إن الحكومة ستواصل دعم المزارعين، فيما أعلنت الوزارة أنها ستخفض الضرائب.",
    ],
)
def test_a_fronted_topic_or_while_still_ends_the_clause(nlp, sentence) -> None:
    """ "، فيما يخص X فهناك …": the topic of a new clause (a ف or a cue after it); and
    "، فيما" with a verb is the writer's "while": the reported clause ends at the comma."""
    first = quote_texts(nlp.analyze(sentence))[0]
    assert "فيما" not in first, first
