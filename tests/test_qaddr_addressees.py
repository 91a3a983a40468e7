"""Speakers that swallowed their addressee (issues 12 and 13, qaddr): verbs of asking,
urging, accusing, describing and warning put whom the act is aimed at right after the
subject; the speaker is the name and its title, the addressee the speech act's target.
Sentences from unseen news (seeds 10395-10401)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def full() -> Pipeline:
    return Pipeline(["text", "ner", "quotes", "events"])


def _acts(nlp: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = nlp.analyze(text)
    return [
        (e.type, doc.slice(e.source) if e.source else "", doc.slice(e.target) if e.target else "")
        for e in doc.events or []
    ]


def test_a_listed_addressee_after_a_definite_noun_is_the_object(nlp: Pipeline) -> None:
    text = "ودعت السلطات الجماهير إلى الابتعاد عن المنطقة."
    assert speaker_of(nlp, text, "إلى الابتعاد") == "السلطات"


def test_a_listed_addressee_after_a_construct_is_the_object(nlp: Pipeline) -> None:
    text = "ودعا رئيس الحكومة الشباب إلى الثقة في مستقبل تونس."
    assert speaker_of(nlp, text, "إلى الثقة") == "رئيس الحكومة"


def test_a_title_with_its_nationality_after_a_name_is_the_object(nlp: Pipeline) -> None:
    text = "واتهم دمرتاش الرئيس التركي بالعمل على زعزعة الوضع."
    assert speaker_of(nlp, text, "بالعمل") == "دمرتاش"


def test_a_bare_construct_after_a_definite_phrase_is_the_object(nlp: Pipeline) -> None:
    text = "وأبلغ الطبيب الشرعي شقيق المتوفى بأن قرنيته أخذت من الجثمان."
    assert speaker_of(nlp, text, "بأن قرنيته") == "الطبيب الشرعي"


def test_a_definite_word_after_a_bare_plural_is_the_object(nlp: Pipeline) -> None:
    text = "وأبلغ مسؤولون النادي الإيطالي أنه لن يتم السماح بدخول خمسة من لاعبيه."
    assert speaker_of(nlp, text, "أنه لن") == "مسؤولون"


def test_a_post_apposed_after_the_name_stays_the_speakers(nlp: Pipeline) -> None:
    text = "دعا راشد الغنوشي رئيس حركة النهضة التونسية في تصريح صحفي إلى الحفاظ على البلاد."
    doc = nlp.analyze(text)
    surfaces = [doc.slice(q.speaker) for q in doc.quotes or [] if q.speaker is not None]
    assert any(s.startswith("راشد الغنوشي رئيس حركة النهضة") for s in surfaces)


def test_the_addressee_cut_off_is_the_acts_target(full: Pipeline) -> None:
    text = "واتهم دمرتاش الرئيس التركي بالعمل على زعزعة الوضع."
    assert ("DISAPPROVE", "دمرتاش", "الرئيس التركي") in _acts(full, text)


def test_the_object_after_the_speaker_is_the_acts_target(full: Pipeline) -> None:
    text = "وحث غوتيريش الحكومات على التحرك."
    assert ("DEMAND", "غوتيريش", "الحكومات") in _acts(full, text)


def test_an_adverb_after_the_object_is_not_the_target(full: Pipeline) -> None:
    text = "وطالب ترمب كوريا الجنوبية مرارا بدفع المزيد مقابل التواجد العسكري الأميركي فيها."
    assert ("DEMAND", "ترمب", "كوريا الجنوبية") in _acts(full, text)


def test_a_genitive_the_speaker_lost_is_no_target(full: Pipeline) -> None:
    text = "طالب بعض مربي الإبل بفرض غرامات على أصحاب الإبل الذين لجأوا إلى الغش."
    assert all(target != "الإبل" for _, _, target in _acts(full, text))
