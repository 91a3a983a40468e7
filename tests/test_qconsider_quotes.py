"""Quotations, the qconsider pass (issue 12: "is considered" read as a quotation).

A present of اعتبر opening its sentence, with a subject after it that can say nothing
(no name, title, source or body, nor people counted: words.tsv `view_holders`) and
then what that thing is considered (a word of rank, an indefinite accusative, a
definite noun; no أن), is the passive "يُعتبر": the writer describes, nobody is quoted
(`considered.considered_thing`, through `cue_readings.considered_as`). The sentences
are from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


DESCRIBED = [
    "ويعتبر التجنيس موضوعا شائكا في لبنان، البلد الصغير المتعدد الطوائف والمذاهب.",
    "ويعتبر ميناء مدينة الحديدة المدخل الرئيسي للمساعدات الموجهة إلى المناطق الواقعة "
    "تحت سلطة الحوثيين في هذا البلد الفقير.",
    "ويعتبر استهداف الجاسوس المشترك عملا جنائيا تتولاه السلطات البريطانية من دون "
    "حاجة لأي دعم خارجي.",
    "ويعتبر العالم الآن غارقا في النفط.",
    "ويعتبر الاستقرار في جنوب السودان أمراً مهماً للسودان والدول المجاورة.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_is_considered_quotes_no_one(nlp: Pipeline, text: str) -> None:
    assert quote_texts(nlp.analyze(text)) == []


HELD = [
    ('وتعتبر تركيا الحزب "منظمة إرهابية" ترتبط بالمتمردين الأكراد.', "الحزب"),
    ("ويعتبر آخرون السينما والتمثيل عملا لا يتوافق مع الإسلام.", "عملا"),
    ("وتعتبر معظم الدول المستوطنات الإسرائيلية في الضفة الغربية غير قانونية.", "الدول"),
    ("ويعتبر البعض أن التقارب بين الكوريتين خطوة من كوريا الشمالية.", "أن التقارب"),
    (
        "ويعتبر الفلسطينيون في غزة هذه البالونات والطائرات الورقية وسيلة مشروعة لمقاومة "
        "الحصار الإسرائيلي.",
        "هذه البالونات",
    ),
]


@pytest.mark.parametrize(("text", "start"), HELD)
def test_someone_who_considers_is_quoted(nlp: Pipeline, text: str, start: str) -> None:
    quotes = quote_texts(nlp.analyze(text))
    assert any(q.startswith(start) for q in quotes), quotes
