"""Speaker phrases with the wrong extent (issue 12, qext): a title phrase cut inside its
genitive chain. Sentences from unseen news articles."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.document import Document
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def surfaces(doc: Document) -> list[str]:
    """The speaker phrase of each quotation as written ("?" for none)."""
    return ["?" if q.speaker is None else doc.slice(q.speaker) for q in doc.quotes or []]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "وفي ألمانيا قالت الجهة التنظيمية لحماية البيانات في هامبورغ إنها تبحث المسألة أيضا.",
            "الجهة التنظيمية لحماية البيانات",
        ),
        (
            'وأكد الجهاز الأمني الخاص بحماية الرئيس "أن أي شخص تحت حماية الجهاز لم يكن '
            'بحالة الخطر" بسبب هذا الحادث.',
            "الجهاز الأمني الخاص بحماية الرئيس",
        ),
        (
            'أكد الوزير المساعد لحماية المواطن نيكوس توسكاس السبت للتلفزيون الرسمي "إرت" '
            'أنه ليس هناك "أخطاء استراتيجية".',
            "الوزير المساعد لحماية المواطن نيكوس توسكاس",
        ),
    ],
)
def test_a_noun_in_ya_after_a_preposition_takes_its_genitive(nlp, sentence, speaker) -> None:
    """ "لحماية البيانات": a word in -ية carrying ل or ب is the noun of a modifier, not
    an indefinite adjective, so the definite word after it is its genitive and the
    speaker phrase goes on (it had stopped at "لحماية")."""
    doc = nlp.analyze(sentence)
    assert surfaces(doc)[0].startswith(speaker), (surfaces(doc), quote_texts(doc))


def test_an_indefinite_adjective_still_ends_the_phrase_before_the_object(nlp) -> None:
    """ "نقلت صحف ألمانية الشعب الإيطالي": without ل or ب the -ية word is an adjective
    and the definite word after it is the verb's object."""
    doc = nlp.analyze('وحذرت صحف ألمانية الشعب الإيطالي من أن "الاقتصاد سينهار".')
    assert surfaces(doc) == ["صحف ألمانية"], surfaces(doc)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "صرحت منسقة الأمم المتحدة للشؤون الإنسانية في اليمن الجمعة أن ما شهدته مدينة "
            'الحديدة اليمنية من هجمات أمر "يثير الصدمة" ولا يمكن تبريره.',
            "منسقة الأمم المتحدة للشؤون الإنسانية في اليمن",
        ),
        (
            "وقال المنسق الخاص لعملية السلام في الشرق الأوسط الروسي نيكولاي ملادينوف "
            '"يجب أن يتوقف العنف".',
            "المنسق الخاص لعملية السلام في الشرق الأوسط الروسي نيكولاي ملادينوف",
        ),
    ],
)
def test_a_coordinator_is_a_title(nlp, sentence, speaker) -> None:
    """ "منسقة الأمم المتحدة للشؤون الإنسانية في اليمن": منسق is a title (words.tsv
    `title`), so the phrase reaches where the post is held and the holder's name."""
    doc = nlp.analyze(sentence)
    assert surfaces(doc)[0] == speaker, surfaces(doc)
