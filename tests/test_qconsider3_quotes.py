"""Quotations, the qconsider3 pass (issue 12: "is considered" inside a sentence read
as a quotation).

A present of اعتبر with no object pronoun whose phrase right after it is what the noun
before it is considered, not who considers, is the passive "يُعتبر": an indefinite
accusative ("الذي يعتبر أكبر حفل"، "والذي يعتبر فضاء متعدد الاختصاصات"), a word of rank
after a relative ("المملكة التي تعتبر أكثر الدول استقرارا"), or an indefinite word after
a noun that can say nothing ("فموروثاتنا تعتبر قاعدة سلوكية"، "ردة الفعل تجاهه تعتبر
قاسية"): `considered.predicate_after_verb`. One who considers, before or after the
verb, keeps the quotation. The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline
from rasd.quotes.records import quote_rows, speaker_label


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def considered(nlp: Pipeline, text: str) -> list[tuple[str, str]]:
    """(speaker, quotation) of each quotation cued by a form of اعتبر."""
    rows = quote_rows(nlp.analyze(text))
    return [(speaker_label(r), r["quote"]) for r in rows if "عتبر" in (r["cue"] or "")]


DESCRIBED = [
    'ونظم العرس، الذي يعتبر أكبر حفل في المدينة منذ 6 سنوات، في فندق "شهباء حلب" '
    "برعاية وزارة السياحة السورية.",
    "كما يحتضن بيت الشعر بالقيروان والذي يعتبر فضاء متعدد الاختصاصات عديد المعارض "
    "الفنية والسهرات الشعرية والفنية.",
    "بعكس المملكة التي تعتبر أكثر الدول استقراراً ونمواً بالمنطقة.",
    "علما بأنه جزء من القوانين الأساسية التي تعتبر بمثابة دستور.",
    "فموروثاتنا تعتبر قاعدة سلوكية ذات قيمة مضافة، تحتاج الى جهد تطوير مواكب على نسق "
    "عمل هذه الجمعية.",
    "كما دعا الجماهير لتفهم وضعية أكوستا معربا أن ردة الفعل تجاهه تعتبر قاسية بما أنه "
    "اللاعب الوحيد الذي يشغل خطة مهاجم صريح في الفريق.",
    "ومن المحتمل أن يكتشف كثيرون أن السلامة تعتبر نسبية، وأن السندات يمكن أيضا أن تفقد قيمتها.",
    "إن الأخيرة تعتبر مسؤولية المجتمع الدولي كافة.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_what_is_considered_quotes_no_one(nlp: Pipeline, text: str) -> None:
    assert considered(nlp, text) == []


HELD = [
    (
        "لكن السلطات تعتبر المعهد إحدى حواضن التيار السلفي الجهادي، ونقطة لتفويج "
        "الراغبين في الانضمام إلى التيارات الجهادية.",
        "السلطات",
    ),
    (
        "لكن الأطباء يعتبرون هذا الأمر عاديا، إلا إذا استمر لأكثر من يوم واحد.",
        "الأطباء",
    ),
    (
        "لكن تركيا تعتبر الميليشيات الكردية في شمال سوريا والعراق امتدادا لمقاتلي حزب "
        "العمال الكردستاني.",
        "تركيا",
    ),
    (
        "غير أن إسرائيل تعتبر أن معظم طالبي اللجوء الأفارقة تضرروا لأسباب اقتصادية.",
        "إسرائيل",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), HELD)
def test_one_who_considers_is_quoted(nlp: Pipeline, text: str, speaker: str) -> None:
    assert any(s.startswith(speaker) for s, _ in considered(nlp, text)), considered(nlp, text)
