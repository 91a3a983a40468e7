"""Speakers, the qaudit15 pass (an audit of unseen articles, seeds 9988 and 9989).

A word the news writes with the accusative tanween ("عدداً"، "فضلاً") is an object or an
adverb, never a subject, so it never starts a speaker; nor does an interrogative
("يبين كيف أن …"). Both were taken as the speaker of a cue with no subject of its own."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_accusative_object_is_not_the_speaker(nlp: Pipeline) -> None:
    # The audit's sentences (seed 9988): "عدداً من القصص" was the speaker of "بقوله".
    text = (
        "الروائي الهنغاري لازلو كراسناوركاي، الفائز بجائزة مان بوكر الدولية لعام 2015م، "
        "يتحدَّث في بداية هذا الكتاب بشكل مباشر. ثم يروي عدداً من القصص القصيرة والغامضة "
        'والتأملية، ثم يودِّعنا بقوله: "هنا أود أن أغادر هذه الأرض وهذه النجوم ولن آخذ أي '
        'شيء معي".'
    )
    assert speaker_of(nlp, text, "هنا أود") == "لازلو كراسناوركاي"


def test_accusative_adverb_is_not_the_speaker(nlp: Pipeline) -> None:
    # Seed 9988: "ففضلاً عن غبار المعارك يتحدَّث عن": "فضلاً" (besides) said nothing.
    text = (
        "ومن بعدها ينتقل الحارثي إلى مسألة الغبار في الأغراض الشعرية. ففضلاً عن غبار "
        "المعارك يتحدَّث عن أنواع مختلفة من الغبار في الشعر الجاهلي."
    )
    doc = nlp.analyze(text)
    assert all("فضلا" not in doc.slice(q.speaker) for q in doc.quotes or [] if q.speaker)


def test_interrogative_is_not_the_speaker(nlp: Pipeline) -> None:
    # Seed 9988: "ومن ثم يبيِّن كيف أن العلوم …": "كيف" was the speaker.
    text = (
        "فبدراسة الأصول العميقة للغة ورواية القصص والفنون، يظهر كيف بدأ الإبداع منذ أكثر "
        "من مئة ألف سنة. ومن ثم يبيِّن كيف أن العلوم الإنسانية قد لعبت دوراً كبيرا."
    )
    doc = nlp.analyze(text)
    assert all(doc.slice(q.speaker) != "كيف" for q in doc.quotes or [] if q.speaker), quote_texts(
        doc
    )
