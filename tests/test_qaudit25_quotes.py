"""Quotations, the qaudit25 pass (an audit of unseen articles, seeds 10054 and 10055).

"مصادر لـ"العربية": الكويت تؤجل …"، "كابيلو لـ"العربية": …"، "الصالح ل "سبق": …": a
headline's speaker, the outlet it spoke to in quotation marks, then a colon and the
words said; the marks around the outlet are its name, not a quotation that ends the
headline's search for its colon.

"وتبين لاحقاً أن غالبيتهم …"، "وبفحصها تبين أن …"، "وتبين لها أن …": "تبين" with no
subject after it nor right before it is the past تبيّن (it became clear), not the
present تُبيّن (she shows): what was found, not anyone's words; "وتبين الإحصاءات أن"،
"الدراسات المختلفة تبين أن" keep their speakers.

"التي سبق أن اعلنت الكويت عن تبنيها"، "الذي سبق أن مثل فريق النصر": "أن" after "سبق"
(had already) opens no reported clause, and no subject of a later cue stands before
it ("وسبق أن أعلنت السلطات السعودية أنها …")."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


OUTLET_HEADLINES = [
    # The audit's article (seed 10054): the headline was no quotation.
    (
        'مصادر لـ"العربية": الكويت تؤجل فرض ضرائب القيمة المضافة',
        "الكويت تؤجل فرض ضرائب القيمة المضافة",
        "مصادر",
    ),
    # Unseen news: a named, a titled and an anonymous speaker; the outlet spaced.
    (
        'كابيلو لـ"العربية": معركة سياسية وراء احتقان الكلاسيكو',
        "معركة سياسية وراء احتقان الكلاسيكو",
        "كابيلو",
    ),
    (
        'محافظ ظهران الجنوب ل "سبق": إصابتي شائعة روجها ضعفاء النفوس',
        "إصابتي شائعة روجها ضعفاء النفوس",
        "محافظ ظهران الجنوب",
    ),
    (
        'مسؤول لـ"العربية": الكويت بحاجة لقانون جديد للدين العام',
        "الكويت بحاجة لقانون جديد للدين العام",
        "مسؤول",
    ),
]


@pytest.mark.parametrize(("title", "quote", "speaker"), OUTLET_HEADLINES)
def test_a_headline_speaker_tells_a_quoted_outlet(
    nlp: Pipeline, title: str, quote: str, speaker: str
) -> None:
    doc = nlp.analyze(title + "\n" + "وجاء ذلك في مقابلة نشرت اليوم.")
    assert quote_texts(doc) == [quote]
    assert speakers(doc) == [speaker]


@pytest.mark.parametrize(
    "title",
    [
        # Before the outlet, no speaker: what is shown or sold is not speaking.
        'جزء ثالث لـ"الخطاب على الباب" : "الشيخ تحيفة" يوضح',
        'في عرض حصري لـ"أورنج تونس" : هاتف بشريحتين',
    ],
)
def test_no_speaker_before_the_quoted_outlet(nlp: Pipeline, title: str) -> None:
    doc = nlp.analyze(title + "\n" + "وجاء ذلك في إعلان نشر اليوم.")
    assert quote_texts(doc) == []


@pytest.mark.parametrize(
    "text",
    [
        # The audit's article (seed 10054): a quotation of "لبنان".
        "وأعاد المرسوم المثير للجدل إلى الأذهان مرسوما صدر في العام 1994 في ظل الهيمنة "
        "السورية على لبنان لتجنيس آلاف الأشخاص، وتبين لاحقاً أن غالبيتهم من المسلمين السنّة "
        "وبينهم سوريون وفلسطينيون.",
        # Unseen news: after "و"، "قد"، "كما"، a preposition's noun, or with "لها".
        "وأكد في التحقيق أن أفراح ذهبت معه بمحض إرادتها وبموافقة أمها وتبين أن له سوابق "
        "سطو وسرقات.",
        "كما تبين أنهم يعتزمون الالتحاق بالجماعات الإرهابية المتواجدة ببؤر التوتر.",
        "وبفحصها تبين أن بداخلها عبوة ناسفة معدة للانفجار.",
        "وأجرت الهيئة تحقيقا، وتبين لها أن المرض لم ينتشر في البلاد.",
    ],
)
def test_it_turned_out_is_nobodys_words(nlp: Pipeline, text: str) -> None:
    doc = nlp.analyze(text)
    assert not any(
        doc.slice(q).startswith(("أن غالبيتهم", "أن له", "أنهم يعتزمون", "أن بداخلها", "أن المرض"))
        for q in doc.quotes or []
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "وتبين الإحصاءات الصادرة من القيادة المركزية الأمريكية الجمعة، أن الولايات "
            "المتحدة وشركاءها نفذوا 5964 طلعة جوية.",
            "الإحصاءات الصادرة من القيادة المركزية الأمريكية",
        ),
        (
            "وتبين فاتن العقيل -موظفة قطاع خاص- أن العديد من العائلات تحرص على أداء صلاة العيد.",
            "فاتن العقيل",
        ),
    ],
)
def test_what_shows_it_still_speaks(nlp: Pipeline, text: str, speaker: str) -> None:
    doc = nlp.analyze(text)
    assert speakers(doc) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # The audit's article (seed 10054): two quotations of the minister's "أعلنه".
        "خلا برنامج حكومي، أعلنه أمس وزير المالية الكويتي الجديد دكتور بدر الحجرف، من أي "
        "إشارة إلى فرض ضرائب القيمة المُضافة بنسبة 5% أو ضريبة أرباح الشركات بنسبة 10% "
        "التي سبق أن اعلنت الكويت عن تبنيها في برامج حكومية سابقة.",
        # Unseen news: a quotation of "يبلغ".
        "وتعاقدت إدارة النادي مع لاعب المحور سامي المسيليم الذي يبلغ من العمر 25 سنة الذي "
        "سبق أن مثل فريق النصر في كافة درجاته.",
    ],
)
def test_had_already_reports_nothing(nlp: Pipeline, text: str) -> None:
    assert not any(q.startswith("أن") for q in quote_texts(nlp.analyze(text)))


def test_no_subject_before_had_already(nlp: Pipeline) -> None:
    text = (
        "وكانت الحكومة قد نفت ذلك، وسبق أن أعلنت السلطات السعودية أنها تتخذ إجراءات "
        "لمكافحة القرصنة."
    )
    doc = nlp.analyze(text)
    assert speakers(doc)[-1] == "السلطات السعودية"
