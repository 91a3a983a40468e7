"""Findings of studies, reports and figures as their issuer's words (issue 12,
qfinding): "وفق الإحصاءات الصادرة عن وزارة المالية" is the ministry's, with the article
as without it; "وفقا لأحدث البيانات" and "حسب ما جاء في التقرير" attribute the clause
to the figures or the report. A method ("وفق أحدث الدراسات في مختلف المجالات") or
the object of another verb ("سلطت الضوء على ما ورد في التقرير") is none. Sentences
from unseen news articles (ant-multisource, saudinewsnet, ant-jawharafm; not
annotated)."""

from __future__ import annotations

import pytest

from conftest import Said
from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def test_the_issuer_of_definite_figures_is_the_source(said: Said) -> None:
    text = (
        "وبلغ الفائض الشهر الماضي 625,98 مليار ين (5,02 مليار يورو) مقابل 478,25 مليار ين "
        "قبل عام، وفق الإحصاءات الصادرة عن وزارة المالية."
    )
    quote = (
        "وبلغ الفائض الشهر الماضي 625,98 مليار ين (5,02 مليار يورو) مقابل 478,25 مليار ين قبل عام"
    )
    assert (quote, "وزارة المالية") in said(text)


def test_the_issuer_of_definite_figures_speaks_for_them(nlp: Pipeline) -> None:
    text = (
        "أظهرت البيانات الصادرة عن وزارة العدل أن قيمة الصفقات العقارية التي تمت منذ بداية "
        "عام 1436ه حتى نهاية شهر رمضان بلغت قيمتها 301.2 مليار ريال، بانخفاض قدره 16% "
        "مقارنة بنفس الفترة من العام الماضي."
    )
    assert speaker_of(nlp, text, "أن قيمة الصفقات") == "وزارة العدل"


def test_the_latest_figures_are_a_source(said: Said) -> None:
    text = (
        "يذكر أن مستحقات شركات النفط الأجنبية لدى مصر 2.4 مليار دولار مع نهاية يونيو "
        "الماضي، وفقا لأحدث البيانات الحكومية المعلنة."
    )
    found = said(text)
    assert len(found) == 1
    quote, speaker = found[0]
    assert quote.endswith(
        "مستحقات شركات النفط الأجنبية لدى مصر 2.4 مليار دولار مع نهاية يونيو الماضي"
    )
    assert speaker is not None and "البيانات" in speaker


def test_what_the_report_holds_is_the_reports(said: Said) -> None:
    text = (
        "وتعتمد الدراسة عوامل رئيسية عديدة للسعادة، حسب ما جاء في التقرير، مثل الحرية "
        "والصحة والرخاء والسخاء والتكافل الاجتماعي."
    )
    assert [speaker for _, speaker in said(text)] == ["التقرير"]


@pytest.mark.parametrize(
    "text",
    [
        "واعتمدت الهيئة الملكية في إدارتها للمدن التابعة لها على أسس علمية وفق أحدث "
        "الدراسات في مختلف المجالات المعنية بتخطيط وإدارة تشغيل المدن الصناعية.",
        "ولم تلزم القواعد العامة لحماية البيانات الصادرة عن الاتحاد الأوروبي، التي بدأ "
        "العمل وفقا لها في مايو/ آذار الماضي، الشركات بالإفصاح عن الأطراف الثالثة التي "
        "تتعامل معها في مستند الشروط والأحكام.",
    ],
)
def test_no_attribution_to_a_method_or_a_subject(said: Said, text: str) -> None:
    assert said(text) == []


def test_what_a_verb_is_about_is_no_attribution(said: Said) -> None:
    text = (
        "وسلطت رئيسة المنظمة التونسية لمناهضة التعذيب، الضوء خلال الندوة الصحفية، على ما "
        'ورد في التقرير بخصوص المناخ الأمني الذي وصفته ب "غير المستقر"، في ظل الأوضاع '
        "الإجتماعية والإقتصادية والسياسية الصعبة."
    )
    # Only the quoted words of the chair's description; nothing is the report's.
    assert said(text) == [("غير المستقر", "رئيسة المنظمة التونسية لمناهضة التعذيب")]
