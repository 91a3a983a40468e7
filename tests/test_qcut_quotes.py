"""A word for the press inside a body's name ("النقابة الوطنية للصحفيين التونسيين"),
read on by the speaker phrase rather than taken for whom the body spoke to (issue 12,
qcut; sentences from unannotated news, outside both annotated sets)."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _surface_of(doc: Document, start: str) -> str:
    """The speaker phrase, as written, of the quote of `doc` that starts with `start`."""
    for q in doc.quotes or []:
        if doc.slice(q).startswith(start):
            assert q.speaker is not None
            return doc.slice(q.speaker)
    raise AssertionError(f"no quote starts with {start!r}")


def test_union_named_for_journalists(nlp: Pipeline) -> None:
    """After a definite body's head and its adjective, "للصحفيين" and its own adjective
    go on the body's name."""
    text = (
        "دعت النقابة الوطنية للصحفيين التونسيين السلطات الجزائرية اليوم الاثنين إلى فتح "
        "تحقيق حول ملابسات وفاة المدون الجزائري محمد تامالت الذي قضى بسجن بعد اضرابه عن "
        "الطعام، بحسب بيان أصدرته."
    )
    doc = nlp.analyze(text)
    assert _surface_of(doc, "إلى فتح تحقيق") == "النقابة الوطنية للصحفيين التونسيين"


def test_association_of_black_journalists(nlp: Pipeline) -> None:
    text = (
        "واستنكرت الجمعية الوطنية للصحفيين السود بالولايات المتحدة الرسم الكارتوني، "
        'ووصفته بأنه "منفر على عدة مستويات".'
    )
    doc = nlp.analyze(text)
    assert _surface_of(doc, "منفر") == "الجمعية الوطنية للصحفيين السود"


def test_head_with_its_genitive_speaks_to_the_press(nlp: Pipeline) -> None:
    """A head without the article has its genitive ("لجنة الانضباط"): the press word
    after it is whom the speaker told."""
    text = (
        'وقال ارتور جريجوريانتس رئيس لجنة الانضباط للصحفيين "مفتش المباراة ومراقب '
        "المباراة لم يسجلا أي انتهاكات للنظام والالتزام من جانب جماهير سبارتاك موسكو "
        'تجاه فريمبونج خلال المباراة".'
    )
    doc = nlp.analyze(text)
    assert not _surface_of(doc, "مفتش المباراة").endswith("للصحفيين")


def test_title_alone_speaks_to_the_press(nlp: Pipeline) -> None:
    text = (
        "قال الجمهوري جون بينر رئيس مجلس النواب للصحافيين «نظرًا لأن ابرام اتفاق سيء "
        "سيهدد أمن الشعب الاميركي، سنفعل كل ما بوسعنا لوقفه»."
    )
    doc = nlp.analyze(text)
    assert not _surface_of(doc, "نظرًا").endswith("للصحافيين")
