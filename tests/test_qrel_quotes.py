"""The speaker named before a relative pronoun (`subjects.relative_antecedent`): the
indefinite head of a construct before the definite run ("وزير الخارجية الأمريكي
السابق ريكس تيلرسون الذي"، "مصرف الاستثمار الأوروبي الذي"; `_with_construct_head`,
words.tsv `construct_head`), the person named before a titled apposition ("جيانلويجي
بوفون، نجم يوفنتوس، الذي"; `_named_before_apposition`), and heads that keep the
genitive (a statement, a report). The sentences are from unseen news articles."""

from __future__ import annotations

import pytest

from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _speaker_of(nlp: Pipeline, text: str, opening: str) -> str | None:
    """The speaker of the quotation of `text` that opens with `opening`."""
    doc = nlp(Document(text=text))
    for q in doc.quotes or []:
        if doc.slice(q).startswith(opening):
            return doc.slice(q.speaker) if q.speaker else None
    raise AssertionError(f"no quotation opens with {opening!r}")


@pytest.mark.parametrize(
    ("text", "opening", "speaker"),
    [
        (
            "الصحيفة نقلت أن القلق بدا جليا في إعلان مصرف الاستثمار الأوروبي الذي قال إنه "
            "لا يستطيع تجاهل العقوبات الأميركية على إيران.",
            "إنه لا يستطيع",
            "مصرف الاستثمار الأوروبي",
        ),
        (
            'وقالت إن هذه امرأة "الشجاعة" استطاعت أن "تتحدى" تدخل رجل الدين، الذي اعتبر '
            'حجابها "غير محتشم"، وفق ما نقلت صحيفة "مترو" البريطانية.',
            "حجابها",
            "رجل الدين",
        ),
        (
            "ولا يعلم أحد ما الذي حدث في الاجتماع الثنائي بين ترامب وبوتين الذي حضره "
            "المترجمون فقط حتى كبار المسؤولين وأعضاء الكونجرس الذين قالوا إنه لم يجر "
            "اطلاعهم على ما تم في اللقاء.",
            "إنه لم يجر",
            "أعضاء الكونجرس",
        ),
        (
            "ففي 29 مارس/آذار الماضي أكد دونالد ترامب سحبه القريب جدا للقوات الأمريكية "
            "المتمركزة في الغرب السوري، مكذبا بذلك تصريحات وزير الخارجية الأمريكي السابق "
            "ريكس تيلرسون الذي أكد قبل شهرين أن القوات الأمريكية سترابط طويلا في هذه المنطقة.",
            "أن القوات الأمريكية سترابط",
            "وزير الخارجية الأمريكي السابق ريكس تيلرسون",
        ),
    ],
)
def test_the_head_of_a_construct_before_the_relative_speaks(
    nlp: Pipeline, text: str, opening: str, speaker: str
) -> None:
    assert _speaker_of(nlp, text, opening) == speaker


def test_the_person_before_a_titled_apposition_speaks(nlp: Pipeline) -> None:
    text = (
        "وقالت صحيفة آس: من أي كوكب أتيت؟، كما سلطت الضوء على كلمات الحارس الإيطالي "
        "جيانلويجي بوفون، نجم يوفنتوس، الذي قال: قيمته (كريستيانو) تقارن بقيمة مارادونا "
        "أو ميسي أو بيليه نظرا لتألقه في المباريات."
    )
    assert _speaker_of(nlp, text, "قيمته") == "جيانلويجي بوفون"


def test_a_statement_or_a_report_keeps_its_genitive(nlp: Pipeline) -> None:
    # "بيان" and "تقرير" are no person, and masculine where the pronoun is feminine.
    text = (
        'ونقلت الوكالة جزءاً من بيان الوزارة التي ذكرت بأن "القصف الجوي على قاعدة "تيفور" '
        'شت من قبل مقاتلتي "F-15" تابعتين للقوات الجوية الإسرائيلية، أطلقتا ثلاثة صواريخ '
        "على الةهدف."
    )
    assert _speaker_of(nlp, text, "بأن") == "الوزارة"
    text = (
        "وذكرت المنظمة أن 581 طنا من المادة الخام الكيمياوية لصناعة غاز السارين (غاز "
        "الأعصاب) جرى تدميرها، وفقا لتقرير المنظمة، التي أشارت أيضا إلى تدمير المخزون "
        "بالكامل في يناير/كانون الثاني عام 2016."
    )
    assert _speaker_of(nlp, text, "إلى تدمير") == "المنظمة"
