"""Cues inside a reported clause, the qnest pass: after "كان (قد)" the subject is looked
for before the auxiliary (`inner._past_auxiliary`, words.tsv `past_auxiliary`); a bare
"طالب"/"طلب"/"عبر" right after a subject that speaks is its verb (`inner._bare_ambiguous`)."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_a_subject_before_kana_qad_speaks_inside_a_reported_clause(nlp: Pipeline) -> None:
    text = (
        "وأوضح المصدر لبي بي سي أن ابنة الزوجين المتوفيين كانت قد قالت إنها "
        '"لا تتهم أحدا بالتسبب في وفاة والديها".'
    )
    texts = quote_texts(nlp.analyze(text))
    assert any(t.startswith("أن ابنة الزوجين") for t in texts), texts  # the outer one stays
    assert "ابنة الزوجين" in speaker_of(nlp, text, "لا تتهم أحدا")


def test_a_subject_before_bare_kana_speaks(nlp: Pipeline) -> None:
    text = "وقال مسؤول إن الرئيس كان قد أكد أن بلاده ستدعم الاتفاق."
    assert "الرئيس" in speaker_of(nlp, text, "أن بلاده ستدعم")


def test_a_coordinating_wakana_opens_no_inner_quotation(nlp: Pipeline) -> None:
    # "وكان" starts a new clause of the writer's: its subject is not looked for before it.
    text = "وقال مسؤول إن الوزارة ستعلن النتائج غدا وكان قد أكد أن الانتخابات نزيهة."
    texts = quote_texts(nlp.analyze(text))
    assert not any(t.startswith("أن الانتخابات") for t in texts), texts


def test_a_bare_ambiguous_cue_right_after_a_speaking_subject_is_a_verb(nlp: Pipeline) -> None:
    # `inner._bare_ambiguous`: "طالب" after a party that speaks is "demanded", not "student".
    text = (
        "وأضاف الشابي أن الحزب الجمهوري طالب بالإسراع في إرساء منظومة العدالة الانتقالية وتفعيلها."
    )
    assert "الحزب الجمهوري" in speaker_of(nlp, text, "بالإسراع في إرساء")


def test_a_bare_ambiguous_cue_after_another_verb_is_a_noun(nlp: Pipeline) -> None:
    text = "وقالت وزارة العدل إن الشركة الصينية رفعت طلب تنفيذ إلكتروني إلى محكمة التنفيذ بجدة."
    texts = quote_texts(nlp.analyze(text))
    assert not any(t.startswith("تنفيذ إلكتروني") for t in texts), texts


def test_a_bare_ambiguous_cue_takes_no_far_quoted_words(nlp: Pipeline) -> None:
    # "عبر تاريخها": "throughout", and the quoted words are the outer speaker's.
    text = (
        "وأكد جعجع أن السعودية عبر تاريخها «لم تقفز على الدولة في لبنان لتمول "
        "ميليشيا أو تنظيمات مسلحة»."
    )
    texts = quote_texts(nlp.analyze(text))
    assert not any(t.startswith("لم تقفز") for t in texts), texts


def test_a_cue_after_a_relative_man_reports_nothing(nlp: Pipeline) -> None:
    text = "من جانبه قال مكتب ماكرون إن ترمب هو من طلب المقابلة، وإنهما تناولا قضايا التجارة."
    texts = quote_texts(nlp.analyze(text))
    assert not any(t.startswith("المقابلة") for t in texts), texts


def test_a_verbal_noun_with_the_subject_pronoun_reports_its_words(nlp: Pipeline) -> None:
    # `inner._noun_cue_quote`, words.tsv `inner_speech_noun`.
    text = "وقال المحلل إن أردوغان يحلم أحلام اليقظة من خلال قوله إن عفرين ستسقط الليلة."
    assert "أردوغان" in speaker_of(nlp, text, "إن عفرين ستسقط")


def test_a_verbal_noun_after_a_place_reports_nothing(nlp: Pipeline) -> None:
    # The pronoun of "إعلانه" is the premier's, not Iran's.
    text = (
        "أعلنت مصادر عراقية أن إيران ألغت زيارة لرئيس الوزراء العراقي حيدر العبادي "
        "إلى طهران، بعد إعلانه أن بغداد ستلتزم بأحدث العقوبات الأميركية على إيران."
    )
    texts = quote_texts(nlp.analyze(text))
    assert not any(t.startswith("أن بغداد ستلتزم") for t in texts), texts
