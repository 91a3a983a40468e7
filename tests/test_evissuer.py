"""A document's issuer that no dictionary knows, and the document kept apart from its
object (`events/drafted.py`, `_group_genitive` and `kept_apart`): "وطالب بيان أمهات
المختطفين" is the mothers' demand, not "بيان"'s, and "ودعا البيان مادورو" asks Maduro,
not "البيان مادورو". Sentences from unseen news articles (design seeds 11626-11630 of the
evissuer helper and a grep of the news corpus, not in the gold sets)."""

from __future__ import annotations

from event_types import event_sides as _sides
from rasd.pipeline import Pipeline


def test_document_kept_apart_from_its_object(nlp: Pipeline) -> None:
    # seed 11629: the title rule had read "البيان" as Maduro's title: was
    # "البيان مادورو -> -"
    text = "ودعا البيان مادورو إلى الإفراج عن المعتقلين السياسيين وإجراء انتخابات حرة."
    assert ("البيان", "مادورو") in _sides(nlp, text, "DEMAND")


def test_unknown_genitive_group_issues_the_document(nlp: Pipeline) -> None:
    # seed 11629: a group with no entity tag after an article-less document: was "بيان"
    text = (
        'وطالب بيان أمهات المختطفين في الحديدة "بوقف عمليات الاختطافات المتزايدة ضد '
        'المدنيين بدون مسوغ قانوني"، والكشف عن مصير العشرات من المخفيين قسراً منذ '
        "ثلاثة أعوام، والإفراج الفوري عنهم."
    )
    sources = [source for source, _ in _sides(nlp, text, "DEMAND")]
    assert "أمهات المختطفين" in sources


def test_issuer_after_bare_issued_word(nlp: Pipeline) -> None:
    # news grep: "بيان صادر عن X" names its issuer as "الصادر عن" does: was
    # "بيان -> الخارجية الأميركية"
    text = (
        "ودعا بيان صادر عن الخارجية الأميركية، الأحد، إلى  رد فوري من المجتمع الدولي "
        "في حال التأكد من وقوع هجوم كيماوي على دوما في الغوطة الشرقية."
    )
    sides = _sides(nlp, text, "DEMAND")
    assert sides and all(source == "الخارجية الأميركية" for source, _ in sides)


def test_group_after_definite_document_is_object(nlp: Pipeline) -> None:
    # news grep, the negative: a definite document has no genitive; the body after it
    # is asked, not the issuer
    text = 'ودعا البيان مجلس حقوق الإنسان إلى "عدم الانزلاق في منازعات عقيمة".'
    assert ("البيان", "مجلس حقوق الإنسان") in _sides(nlp, text, "DEMAND")
