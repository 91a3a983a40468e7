"""A circumstantial participle ("قائلا"، "مشددة"، "مؤكدا") speaks for the subject of
the verb it follows, not for a name inside that verb's object or preposition phrase
(issue 12, qobj: `participle_agent.complement_speaker`). Sentences from unseen news
articles (not annotated)."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "وسرعان ما أيد رئيس الوزراء الايطالي الجديد جوزيبي كونتي دعوة ترامب مؤكدا في "
            'تغريدة أن "من مصلحة الجميع" أن تعود روسيا إلى المجموعة.',
            "أن",
            "جوزيبي كونتي",
        ),
        (
            "ورفض حزب النهضة الإسلامي مطلب إقالة الشاهد قائلا إن إقالته تضرب الاستقرار في "
            "وقت تحتاج فيه الدولة إلى إصلاحات اقتصادية.",
            "إن",
            "حزب النهضة الإسلامي",
        ),
        (
            "وقد رفضت الولايات المتحدة مقترح أردوغان مشددة على أنها ترفض دوما فكرة المساومة "
            "بشأن القس برونسون.",
            "على أنها",
            "الولايات المتحدة",
        ),
        (
            "اتهم الجيش الروسي، الثلاثاء، الفصائل المعارضة السورية بشن هجوم على قوات النظام "
            "في الغوطة الشرقية، في وقت كانت القيادة المركزية الأميركية تهاجم روسيا، قائلة إنها "
            "تلعب دور مشعل الحريق ورجل الإطفاء في سوريا.",
            "إنها",
            "القيادة المركزية الأميركية",
        ),
    ],
)
def test_participle_takes_the_verbs_subject(
    nlp: Pipeline, sentence: str, quote: str, speaker: str
) -> None:
    assert speaker_of(nlp, sentence, quote) == speaker


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        # The verb opens its clause after a comma: the phrase after it is its subject,
        # not the relative clause's object before the comma.
        (
            "وفي أعقاب التصريح الذي اعتبر ضوءا أخضر من روسيا لوجود القوات الإيرانية في "
            "باقي أنحاء سوريا باستثناء المنطقة الحدودية مع إسرائيل، علق رئيس الوزراء "
            "الإسرائيلي بنيامين نتانياهو بالقول إن إسرائيل سوف تستهدف القوات الإيرانية في "
            "أي مكان بسوريا.",
            "إن",
            "بنيامين نتانياهو",
        ),
        # A name after a comma is the title's own name.
        (
            "وفي وقت سابق من الأسبوع الجاري، أغلق المرشد الأعلى للجمهورية الإسلامية في "
            "إيران، آية الله على خامنئي، حسابه على تطبيق تليغرام، قائلا إن ذلك سيساعد على "
            '"ضمان المصلحة الوطنية للبلاد".',
            "إن",
            "خامنئي",
        ),
    ],
)
def test_speaker_kept(nlp: Pipeline, sentence: str, quote: str, speaker: str) -> None:
    assert speaker_of(nlp, sentence, quote) == speaker
