"""Quotation spans from an audit of unseen articles (qaudit14), on sentences of dev
articles (folds 0-1): the writer's note "، لكنه لم يحدد …" ends a reported clause, and
the letters of a dotted acronym ("سي.إن.إن") are no complementizer."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


# SK-internationalNews-1255-20180429, BB-internationalNews-933-20180805,
# SK-middleEast-470-20180322: what the speaker left unsaid is the writer's.
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "وأكد المتحدث باسم شرطة نيو أورليانز، غاري شيتس، أن مشاة البحرية سلموا "
            "المشتبه بهم الثلاثة للشرطة، لكنه لم يدل بمزيد من التفاصيل عن القضية.",
            "أن مشاة البحرية سلموا المشتبه بهم الثلاثة للشرطة",
        ),
        (
            "واتهم مادورو كولومبيا بالضلوع في هذه المحاولة، لكنه لم يقدم أي أدلة إدانة "
            'لها، بينما نفت كولومبيا هذه الاتهامات قائلة إنها "لا أساس لها".',
            "بالضلوع في هذه المحاولة",
        ),
        (
            'وتتحدث تركيا عن أنها ستسلم عفرين إلى "أصحابها الحقيقيين"، لكنها لم تعط '
            "موعدا لذلك ولم تكشف عمن هم أصحابها الذين سيتم تسليمها لهم",
            'عن أنها ستسلم عفرين إلى "أصحابها الحقيقيين',
        ),
    ],
)
def test_unsaid_note_ends_the_clause(nlp: Pipeline, text: str, quote: str) -> None:
    assert quote in quote_texts(nlp.analyze(text))


# BB-internationalNews-1110-20180929, SK-internationalNews-2893-20180803: "لكنه لن …"
# and "لكنها لم" with a verb that is not one of saying go on with the speaker's words.
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "وقال النائب الجمهوري عن ولاية أريزونا، جيف فليك، للجنة إنه سيدعم الاقتراح "
            "بإرسال ترشيح القاضي كافانو إلى التصويت الكامل في المجلس، لكنه لن يؤيد "
            "ترشيحه في المجلس دون إجراء تحقيق أف بي آي تحقيقا إضافيا.",
            "إنه سيدعم الاقتراح بإرسال ترشيح القاضي كافانو إلى التصويت الكامل في "
            "المجلس، لكنه لن يؤيد ترشيحه في المجلس دون إجراء تحقيق أف بي آي تحقيقا إضافيا",
        ),
        (
            'وقالت "الغارديان" إنها علمت باسم الجاسوسة ووظيفتها، لكنها لم تنشرها، '
            "مؤكدة أنها حاولت مرارا الاتصال بها دون جدوى.",
            "إنها علمت باسم الجاسوسة ووظيفتها، لكنها لم تنشرها",
        ),
    ],
)
def test_speaker_words_go_on(nlp: Pipeline, text: str, quote: str) -> None:
    assert quote in quote_texts(nlp.analyze(text))


def test_negated_cue_of_the_note_is_no_quotation(nlp: Pipeline) -> None:
    # The construction of the sentences above with a verb of saying after "لم"
    # (BB-internationalNews-933-20180805's "لكنه لم يقدم" with "يتحدث").
    text = "واتهم مادورو كولومبيا بالضلوع في هذه المحاولة، لكنه لم يتحدث عن أي أدلة إدانة لها."
    assert quote_texts(nlp.analyze(text)) == ["بالضلوع في هذه المحاولة"]


# SK-economy-370-20180418: "إن" inside "(أو.إن.جي.سي)" is a spelled letter; the
# complementizer is the one after the brackets.
def test_dotted_acronym_letter_is_no_complementizer(nlp: Pipeline) -> None:
    text = (
        "قال مسؤول بالوحدة المعنية بالاستحواذات الخارجية لشركة النفط والغاز الطبيعي "
        "الهندية (أو.إن.جي.سي) إن شركته رفعت دعوى تحكيم على حكومة السودان أمام محكمة في "
        "لندن سعيا لاسترداد مستحقات متأخرة منذ سنوات تتعلق بمشروع تضرر من انفصال جنوب "
        "السودان في عام 2011."
    )
    quotes = quote_texts(nlp.analyze(text))
    assert len(quotes) == 1
    assert quotes[0].startswith("إن شركته رفعت دعوى تحكيم")


def test_bracketed_dotted_acronym_stays_in_the_speaker(nlp: Pipeline) -> None:
    # SK-economy-370-20180418's bracketed acronym after a company as the cue's subject.
    doc = nlp.analyze("وذكرت الشركة (أو.إن.جي.سي) أنها رفعت دعوى تحكيم على حكومة السودان.")
    assert quote_texts(doc) == ["أنها رفعت دعوى تحكيم على حكومة السودان"]
    assert doc.slice(doc.quotes[0].speaker).startswith("الشركة (أو.إن.جي.سي")
