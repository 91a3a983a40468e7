"""A closing attribution frame stays out of the quotation's span (issue 12, qframe2):
"…، حسبما أعلن النادي متصدر ترتيب الدوري" ends the sentence, so what the source
vouches for ends before the frame and the source still speaks; a frame that
interrupts its clause keeps the clause whole. Sentences from unseen news articles (not
annotated)."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            'وقع جوردان هندرسون الاثنين، عقدا جديدا يمتد "لمواسم" مع ليفربول، حسبما أعلن '
            "النادي متصدر ترتيب الدوري الإنجليزي الممتاز لكرة القدم.",
            'وقع جوردان هندرسون الاثنين، عقدا جديدا يمتد "لمواسم" مع ليفربول',
            "النادي",
        ),
        (
            "قصفت طائرات حربية عراقية، الاثنين، مقر قيادة ودعم لوجستي لتنظيم داعش المتشدد "
            "في محافظة الحسكة شمال شرقي سوريا، وفق ما أعلن مركز الإعلام الأمني في العراق "
            "في بيان.",
            "قصفت طائرات حربية عراقية، الاثنين، مقر قيادة ودعم لوجستي لتنظيم داعش المتشدد "
            "في محافظة الحسكة شمال شرقي سوريا",
            "مركز الإعلام الأمني",
        ),
        (
            "ويبلغ عدد الأجانب في المملكة العربية السعودية نحو 12.6 مليون وافد، يشكلون "
            "37.7% من إجمالي عدد سكان المملكة، وفقا لاحصاءات الهيئة العامة للإحصاء بنهاية "
            "التصف الثاني من عام 2018.",
            "ويبلغ عدد الأجانب في المملكة العربية السعودية نحو 12.6 مليون وافد، يشكلون "
            "37.7% من إجمالي عدد سكان المملكة",
            "احصاءات الهيئة العامة",
        ),
    ],
)
def test_closing_frame_ends_the_span(nlp: Pipeline, sentence: str, quote: str, speaker: str):
    doc = nlp.analyze(sentence)
    assert quote in quote_texts(doc)
    assert speaker in speaker_of(nlp, sentence, quote[:20])


def test_frame_inside_its_clause_keeps_the_clause(nlp: Pipeline):
    # The object ("مرور إعصار …") follows the source: the frame closes nothing.
    sentence = (
        "ينتظر غرب اليابان، حسب الأرصاد الجوية اليابانية مرور إعصار جونغداري القوي والذي "
        "ضرب شرق البلاد ليل السبت الأحد ورافقته رياح بلغت سرعتها 180 كلم في الساعة."
    )
    texts = quote_texts(nlp.analyze(sentence))
    assert any("مرور إعصار جونغداري" in t for t in texts), texts
