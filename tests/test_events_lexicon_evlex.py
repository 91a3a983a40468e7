"""Trigger entries of the events lexicon (evlex, issue 13): an appeal made to someone
("وجه نداء إلى") is a DEMAND. The sentences are of the unseen-news forms read for the
entry."""

from __future__ import annotations

from event_types import event_sides, event_types


def test_an_appeal_made_to_someone_is_a_demand(nlp):
    text = (
        "ووجهت زوجة مينغ نداء إلى المجتمع الدولي لمساعدتها في العثور على زوجها، "
        "وقالت إنها تخشى أن يكون حدث له مكروه."
    )
    assert "DEMAND" in event_types(nlp, text)


def test_the_appeal_is_made_by_its_subject(nlp):
    text = "وجهت الشرطة البريطانية نداء مباشرا لرجل يشتبه في تورطه في مقتل حبيبته بأن يسلم نفسه."
    sides = event_sides(nlp, text, "DEMAND")
    assert any(source == "الشرطة البريطانية" for source, _ in sides), sides


def test_an_appeal_word_without_its_verb_is_no_demand(nlp):
    # "نداء" alone names a party or a slogan as often as an appeal
    text = "وفاز حزب نداء تونس بأكبر عدد من المقاعد في الانتخابات البلدية."
    assert "DEMAND" not in event_types(nlp, text)
