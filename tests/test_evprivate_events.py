"""Sides of violent crimes and kidnappings (evprivate, issue 13): a nominative plural
adjective after a plural subject ("مسلحون مجهولون") keeps the object after it out of the
subject (events/actors.py `_plural_adjective`); a town's name right after a number is a
unit, an age or a length ("أليشا، 23 سنة،"), no place (`_after_number`)."""

from __future__ import annotations

from event_types import event_sides


def test_the_object_after_a_plural_adjective_is_no_part_of_the_subject(nlp):
    # multisource (unseen)
    text = (
        "اختطف مسلحون مجهولون مقيما تركيا, في منطقة المنشية وسط مدينة سبها الليبية حسبما "
        "أكد مصدر أمني ليبي اليوم الثلاثاء."
    )
    sides = event_sides(nlp, text, "ASSAULT")
    assert ("مسلحون", "مقيما تركيا") in sides


def test_a_definite_plural_adjective_still_joins_its_phrase(nlp):
    # multisource (unseen): "الناشطون التابعون للجماعة" stays one phrase
    text = (
        "سارع الإعلام الموالي لتنظيم الإخوان والناشطون التابعون للجماعة المصنفة إرهابية، "
        "إلى انتقاد كلمة الرئيس المصري، عبدالفتاح السيسي."
    )
    sources = [s for s, _ in event_sides(nlp, text, "DISAPPROVE")]
    assert not any("السيسي" in s for s in sources)


def _places(nlp, text: str) -> list[str]:
    doc = nlp.analyze(text)
    return [doc.slice(e.where) for e in doc.events or [] if e.where is not None]


def test_an_age_is_no_town(nlp):
    # multisource (unseen): "سنة" is also a Yemeni town in the gazetteer
    text = (
        "وأطلق منفذو الهجوم النار على فادي محمد البطش، 25 سنة، أثناء توجهه إلى مسجد في "
        "ضاحية غومباك في العاصمة الماليزية كوالالمبور لأداء صلاة الفجر."
    )
    places = _places(nlp, text)
    assert "سنة" not in places
    assert "كوالالمبور" in places
