"""Straight quotation marks in direct quotes: spacing after a colon, quotations nested
in a quotation, and marks glued to a proclitic (sentences of dev news-gold articles)."""

from __future__ import annotations

import pytest

from quote_speakers import quoted_regions
from rasd.pipeline import Pipeline
from rasd.quotes.extract import extract_quotes


@pytest.fixture(scope="module")
def text_nlp() -> Pipeline:
    return Pipeline(["text"])


def _quoted(text_nlp: Pipeline, text: str) -> list[str]:
    return quoted_regions(text_nlp.analyze(text))


def test_a_mark_after_a_colon_opens_even_when_spaced(text_nlp: Pipeline) -> None:
    text = 'وقال:" نحن لا نعطي مهل كما قيل في الإعلام. نحن جئنا إلى جنيف بناء على الدعوة".'
    assert _quoted(text_nlp, text) == [
        "نحن لا نعطي مهل كما قيل في الإعلام. نحن جئنا إلى جنيف بناء على الدعوة"
    ]


def test_the_spaced_quotation_after_a_colon_is_the_direct_quote(text_nlp: Pipeline) -> None:
    doc = text_nlp.analyze(
        'وتابع خالد اليماني:" جئنا وكلنا استعداد للانخراط في هذه المشاورات. وصلنا بالأمس".'
    )
    direct = [doc.slice(q) for q in extract_quotes(doc) if q.kind == "direct"]
    assert direct == ["جئنا وكلنا استعداد للانخراط في هذه المشاورات. وصلنا بالأمس"]


def test_names_quoted_inside_a_quotation_stay_inside_it(text_nlp: Pipeline) -> None:
    text = (
        'من جانبه قال لورنزو سيمونيللي: "تسهم هذه الشراكة بين "بيكر هيوز جي إي" و"أدنوك" '
        'في تعزيز العلاقة الوثيقة القائمة بين الجانبين ".'
    )
    assert _quoted(text_nlp, text) == [
        'تسهم هذه الشراكة بين "بيكر هيوز جي إي" و"أدنوك" في تعزيز العلاقة الوثيقة القائمة بين الجانبين'
    ]


def test_an_inner_quotation_needs_its_own_closer_and_the_outer_one(text_nlp: Pipeline) -> None:
    # Only one mark follows: the first quotation's closer was glued to the next word.
    assert _quoted(text_nlp, 'قال "نعم سنفعل "ثم غادر" المكان') == ["نعم سنفعل", 'orphan:"']


@pytest.mark.parametrize("text", ['وحذر و"الإصلاح" معا', 'وطالب بـ"الإفراج الفوري" عنهم'])
def test_a_mark_after_a_lone_proclitic_opens(text_nlp: Pipeline, text: str) -> None:
    assert len(_quoted(text_nlp, text)) == 1


def test_a_quotation_never_closed_ends_before_a_new_one_after_a_colon(
    text_nlp: Pipeline,
) -> None:
    text = (
        'وأشار الرئيس السوداني إلى ما أسماه "الحوارات الراجحة بين مختلف القوى السياسية. '
        'وفي هذا السياق قال البشير: "أؤكد أمامكم بأننا سنكون أوفياء لما تراه الجمعية العمومية".'
    )
    assert _quoted(text_nlp, text) == [
        "الحوارات الراجحة بين مختلف القوى السياسية",
        "أؤكد أمامكم بأننا سنكون أوفياء لما تراه الجمعية العمومية",
    ]


def test_a_quotation_after_a_colon_continues_the_previous_speaker(text_nlp: Pipeline) -> None:
    # "استطردت" is no cue word: the colon introduces the words of the last speaker.
    doc = text_nlp.analyze(
        "وقالت خديجة جنكيز إن جمال ذهب إلى القنصلية لأخذ الوثيقة.\n"
        'واستطردت: "في كلا الزيارتين لم أدخل مع جمال إلى المبنى، لأن القنصليات لا تسمح '
        'بدخول أحد إلى المقر إلا صاحب المعاملة، وربما وعدوه في المرة الأولى بتجهيز الوثيقة".'
    )
    direct = [q for q in extract_quotes(doc) if q.kind == "direct"]
    assert [doc.slice(q).split()[:4] for q in direct] == [["في", "كلا", "الزيارتين", "لم"]]
    assert direct[0].speaker is not None and doc.slice(direct[0].speaker) == "خديجة جنكيز"
