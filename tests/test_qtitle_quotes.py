"""A title of someone's agent whose genitive is another titled person (issue 12,
qtitle): the name right after the chain is the genitive's, the person apposed between
commas after it holds the head title and speaks. Sentences from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speakers
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "أكد موفد خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، المستشار في الديوان "
            "الملكي نزار العلولا، للمسؤولين اللبنانيين الذين التقاهم الاثنين في بيروت وبعبدا، "
            'أن "لبنان في قلب القيادة السعودية وفكرها"، بحسب ما أوردت صحيفة الشرق الأوسط.',
            "نزار العلولا",
        ),
        (
            "قال مستشار الرئيس الأمريكي دونالد ترامب للأمن القومي، جون بولتون، الثلاثاء، إن "
            "إعادة تفعيل العقوبات المفروضة على إيران يستهدف الضغط على طهران.",
            "جون بولتون",
        ),
        (
            "وقالت مستشارة الأمن القومي السابقة للرئيس باراك أوباما، سوزان رايس، يوم الأحد: "
            '"لدينا أسباب مشروعة للغاية للقلق بشأن الممارسات التجارية الصينية".',
            "سوزان رايس",
        ),
        (
            "وقال ممثل آية الله علي خامنئي في العراق، مجتبى الحسيني، في بيان أصدره الأحد، إن "
            '"تصريحات رئيس الوزراء العراقي اللامسؤولة... لا تنسجم مع الوفاء للمواقف المشرفة '
            'للجمهورية الإسلامية".',
            "مجتبى الحسيني",
        ),
    ],
)
def test_the_person_apposed_after_a_title_chain_speaks(nlp, sentence, speaker) -> None:
    """Before, the speaker was the genitive's name (the king, Trump, Obama, Khamenei)."""
    doc = nlp.analyze(sentence)
    assert speakers(doc)[0] == speaker, (speakers(doc), quote_texts(doc))


def test_a_name_after_a_rank_is_the_heads_own(nlp) -> None:
    """ "المتحدث باسم التحالف العربي العقيد الركن تركي المالكي": a spokesman's own name
    after his rank stays the speaker (the rank names the head's holder: no chain)."""
    doc = nlp.analyze(
        'وقال المتحدث باسم التحالف العربي العقيد الركن تركي المالكي، في بيان، إنه "في '
        "تمام الساعة 12:46 من ظهر اليوم رصدت قوات الدفاع الجوي للتحالف إطلاق صاروخ "
        'باليستي".'
    )
    assert speakers(doc)[0] == "تركي المالكي", (speakers(doc), quote_texts(doc))
