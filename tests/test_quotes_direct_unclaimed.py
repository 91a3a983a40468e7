"""A long quotation that no cue claims: the words of the person or body named before
it in its sentence (sentences of dev news-gold articles)."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline
from rasd.quotes.extract import extract_quotes


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner"])


def _direct(nlp: Pipeline, text: str) -> list[tuple[str, str | None]]:
    doc = nlp.analyze(text)
    return [
        (doc.slice(q), doc.slice(q.speaker) if q.speaker else None)
        for q in extract_quotes(doc)
        if q.kind == "direct"
    ]


def test_the_named_subject_of_the_sentence_said_the_quotation(nlp: Pipeline) -> None:
    found = _direct(
        nlp,
        "وفي مايو من هذا العام، قرر أيهم أحمد جعل الموسيقى شكلا من أشكال المقاومة "
        '"أنا عازف بيانو، لم أحمل يوما راية، ثورتي هي الموسيقى".',
    )
    assert found == [("أنا عازف بيانو، لم أحمل يوما راية، ثورتي هي الموسيقى", "أيهم أحمد")]


def test_a_name_after_a_preposition_is_no_speaker(nlp: Pipeline) -> None:
    # "للرئيس فلاديمير بوتين" is whom the apology went to: with no other name, no speaker.
    found = _direct(
        nlp,
        "وقدم في العام 2016 تعازيه لعائلة الطيار وللرئيس فلاديمير بوتين "
        '"كل ما بوسعه لإصلاح العلاقات الودية بين أنقرة وموسكو".',
    )
    assert found == []


def test_a_quoted_name_is_not_speech(nlp: Pipeline) -> None:
    found = _direct(
        nlp,
        "وشنت القوات التركية هجوما على مسلحي "
        '"وحدات حماية الشعب الكردية" في منطقة عفرين شمال سوريا.',
    )
    assert found == []


def test_a_quoted_name_after_a_preposition_is_no_speaker(nlp: Pipeline) -> None:
    found = _direct(
        nlp,
        'وهذا الرأي عكس ما كتبه في مقال لموقع "بلومبيرغ" في نوفمبر 2017، إن السبب يكمن في '
        '"تحسينها لأنظمة الدفع فعالة من حيث التكلفة والتقليل من ضعفها الأمني".',
    )
    assert all(speaker != "بلومبيرغ" for _, speaker in found)


def test_after_a_colon_the_paragraph_s_own_named_speaker_comes_first(nlp: Pipeline) -> None:
    found = _direct(
        nlp,
        "أغلب الآباء الذين تحدثنا إليهم وصفوا سوريا بأنها مكان يتسم بالغموض والخطر.\n"
        'إحدى الأمهات، واسمها عائشة من حمص، سألتنا: "هل يوجد أناس يذهبون للموت بأقدامهم؟"',
    )
    assert found == [("هل يوجد أناس يذهبون للموت بأقدامهم", "عائشة")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"نحن من أكثر الدول صرامة في التعامل مع الإخوان".. بهذه الكلمات تحدث السفير '
            "البريطاني جون كاسن عن الجماعة.",
            "جون كاسن",
        ),
        (
            'و"يعمل على تشخيص التهديدات التي تتعرض لها الدولة ومواطنوها" بحسب ما كتب '
            "حينها مائير داغان.",
            "مائير داغان",
        ),
    ],
)
def test_a_speaker_named_right_after_the_quotation(nlp: Pipeline, text: str, speaker: str) -> None:
    found = _direct(nlp, "وكان اللقاء في العاصمة لندن.\n" + text)
    assert [s for _, s in found] == [speaker]


def test_a_long_title_after_its_naming_word_is_no_one_s_words(nlp: Pipeline) -> None:
    found = _direct(
        nlp,
        "ونشرت شبكة ABC الأمريكية أواخر العام الماضي تقريرا مفصلا تحت عنوان "
        '"جيش فلاديمير بوتين السري: آلاف من المقاولين الروس يقاتلون في سوريا".',
    )
    assert found == []
