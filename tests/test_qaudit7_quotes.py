"""Quotations, classes from an audit of unseen Al Arabiya articles (issue 12): the
maker of data as its speaker, a bracket a speaker never ends inside, a definite head
noun standing for the body named before it, a feminine verb continuing the source
attributed before it, and "تحدث عن" with a topic. The sentences are the audit's, and
a development article's (folds 0-1) where it has the class."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


CASES = [
    # "بيانات من X": the findings are X's, and the bracket after X closes.
    pytest.param(
        "أظهرت بيانات من مكتب الإحصاء التابع للاتحاد الأوروبي (يوروستات) اليوم الاثنين أن "
        "مبيعات التجزئة في منطقة اليورو زادت بما يفوق التوقعات على أساس سنوي في يناير "
        "كانون الثاني بفضل مبيعات المنتجات غير الغذائية لاسيما البيع على الإنترنت.",
        "أن مبيعات التجزئة",
        "مكتب الإحصاء التابع للاتحاد الأوروبي (يوروستات)",
        id="data-from-eurostat",
    ),
    # Development fold 1: the speaker phrase holds its bracket whole.
    pytest.param(
        "أعلنت واشنطن الاثنين أن عددا من المقاتلين الأكراد الذين تدعمهم قد غادروا مواقعهم "
        "متجهين إلى عفرين للمؤازرة في صد الهجوم الذي تشنه تركيا. وقال متحدث باسم وزارة "
        'الدفاع (البنتاغون) إن الأمر تسبب بـ"وقفة عملانية" في المعارك.',
        "إن الأمر تسبب",
        "متحدث باسم وزارة الدفاع (البنتاغون)",
        id="pentagon-spokesman-bracket",
    ),
    # "الوزارة": the ministry named last before it.
    pytest.param(
        "بحث وزير الخارجية الروسي، سيرغي #لافروف، مع نظيره الأميركي، مايك #بومبيو، في "
        "اتصال هاتفي الاثنين، القضايا المتعلقة بسوريا وشبه الجزيرة الكورية، وفق وزارة "
        "الخارجية الروسية.\nوفي واشنطن، قالت وزارة الخارجية الأميركية إن بومبيو "
        '"أكد مجدداً على الالتزام الأميركي باتفاق وقف إطلاق النار في جنوب غربي سوريا". '
        'كما ذكرت الوزارة أن بومبيو "أشار إلى ضرورة التزام #روسيا و #النظام_السوري بتلك '
        'الاتفاقات".',
        'أن بومبيو "أشار',
        "وزارة الخارجية الأميركية",
        id="the-ministry",
    ),
    # "وأفادت" continues the feminine-agreeing source of the sentence before, not the
    # masculine speaker before that.
    pytest.param(
        "وقال قائد جبهة مقبنة العقيد حميد الخليدي، إن قوات الجيش الوطني تمكنت من تحرير "
        "نوبة الحصن، وأكد أن المعارك لاتزال مستمرة.\nوبحسب مصادر ميدانية، فإن قوات الجيش "
        "الوطني شنت هجوماً عنيفاً على مواقع الميليشيات في قرية الشعابي.\nوأفادت أن المعارك "
        "أسفرت عن مقتل 14 من عناصر الميليشيات، بينهم القيادي الحوثي المكنى بأبو محمد.",
        "أن المعارك أسفرت",
        "مصادر ميدانية",
        id="feminine-continues-sources",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), CASES)
def test_speaker(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_the_data_are_the_maker_named_before(nlp: Pipeline) -> None:
    """ "البيانات": the data of the maker named before, past data without one. What is
    guarded is the link to the earlier maker, whatever extent its name has (the
    extent is data-from-eurostat's)."""
    text = (
        "أظهرت بيانات من مكتب الإحصاء التابع للاتحاد الأوروبي (يوروستات) اليوم الاثنين أن "
        "مبيعات التجزئة في منطقة اليورو زادت. كما عدل المكتب بيانات شهر ديسمبر كانون الأول "
        "بالزيادة. وأظهرت البيانات إن النسبة السنوية في يناير تأثرت بشكل أساسي بزيادة "
        "نسبتها 3.8% في مبيعات السلع غير الغذائية."
    )
    maker = speaker_of(nlp, text, "أن مبيعات التجزئة")
    assert maker.startswith("مكتب الإحصاء")
    assert speaker_of(nlp, text, "إن النسبة السنوية") == maker


def test_masculine_speaker_kept_before_attribution(nlp: Pipeline) -> None:
    """The earlier speaker keeps his own quotes."""
    text = next(c.values[0] for c in CASES if c.id == "feminine-continues-sources")
    assert speaker_of(nlp, text, "أن المعارك لاتزال") == "حميد الخليدي"


def test_talking_about_a_topic_is_no_quote(nlp: Pipeline) -> None:
    """ "تحدث الطرفان عن الجدول الزمني": what they talked about, not what they said."""
    doc = nlp.analyze(
        "وتحدث الطرفان عن الجدول الزمني للاتصالات السياسية بين موسكو وواشنطن في المستقبل "
        "القريب والعلاقات الثنائية."
    )
    assert quote_texts(doc) == []


def test_talking_about_a_claim_is_a_quote(nlp: Pipeline) -> None:
    """An indefinite claim after "تحدثت عن" is still what was said."""
    doc = nlp.analyze("وتحدثت وسائل إعلام إسرائيلية عن إصابة جندي واحد بجروح طفيفة بسبب حجر.")
    assert any(t.startswith("عن إصابة جندي") for t in quote_texts(doc))
