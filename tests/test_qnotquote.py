"""Quotations, the qnotquote pass (issue 12: what is not reported speech).

A negated cue whose content is a thing after "عن" ("ولم يعلن العبوس عن موقف النقابات")
tells what was not announced: nothing was said (`withheld.withheld`). A quoted work
title after "الموسوم/المعنون" (also with بـ) is a title, not speech (words.tsv `titled`,
`naming`). The sentences are from unseen news articles (ant-multisource, saudinewsnet).
"""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


WITHHELD = [
    "ولم يعلن العبوس عن موقف النقابات المهنية من استمرار الحراك الشعبي الاحتجاجي ضد "
    "الضريبة، في الوقت الذي أكدت النقابات في وقت سابق دعمها له.",
    "ولم تعلن الحكومة البريطانية عن الإجراءات التي قد تتخذها ضد روسيا.",
]


@pytest.mark.parametrize("text", WITHHELD)
def test_negated_announcement_is_no_quotation(nlp: Pipeline, text: str) -> None:
    assert not any(q.startswith("عن") for q in quote_texts(nlp.analyze(text)))


def test_frame_before_withheld_disclosure_keeps_its_words(nlp: Pipeline) -> None:
    text = (
        'ووفقا لصحيفة "ديلي ميل" البريطانية، فإن هذا التأثير يظهر أيضا في هواتف '
        '"آيفون X إس ماكس"، دون أن يكشف عن سببه، حيث رفضت أبل التعليق على الخبر.'
    )
    texts = quote_texts(nlp.analyze(text))
    assert not any(q.startswith("عن سببه") for q in texts)
    assert speaker_of(nlp, text, "فإن هذا التأثير") == "ديلي ميل"


def test_negated_disclosure_before_complementizer_is_kept(nlp: Pipeline) -> None:
    # The negated verb describes the source; the words after "أن" are said.
    text = (
        'وأكد مصدر لم يكشف عن اسمه لمحطة "السومرية" أن "أحد القتلى هو القيادي في '
        'التنظيم مساهر نجم عبد الله الجوالي".'
    )
    texts = quote_texts(nlp.analyze(text))
    assert any("أحد القتلى هو القيادي" in q for q in texts)


def test_announcement_not_negated_is_a_quotation(nlp: Pipeline) -> None:
    text = 'الرئيس الروسي فلاديمير بوتين يكشف عن تطوير بلاده لصاروخ كروز جديد وصفه بأنه "لا يقهر".'
    assert speaker_of(nlp, text, "عن تطوير بلاده") == "فلاديمير بوتين"


TITLES = [
    (
        "وذهب المركز الثاني، من ذات الفئة، إلى الجزائري مبروك دريدي، عن دراسته الموسومة "
        '"المكان في النص السردي العربي"، أما الثالث فكان من نصيب الكاتبة اليمنية آمنة '
        "محمد عبده.",
        "المكان في النص السردي العربي",
    ),
    (
        'في إحدى قصصه الرائعة المعنونة بـ"ليس في هذه البلدة لصوص"، يكشف الروائي الكبير '
        "جابيرل جارسيا ماركيز، جوانب من أثر التعسف والظلم الذي قد يمارسه الإنسان ضد أخيه "
        "الإنسان.",
        "ليس في هذه البلدة لصوص",
    ),
]


@pytest.mark.parametrize(("text", "title"), TITLES)
def test_titled_work_is_no_quotation(nlp: Pipeline, text: str, title: str) -> None:
    assert title not in quote_texts(nlp.analyze(text))


def test_long_quotation_after_a_name_is_still_speech(nlp: Pipeline) -> None:
    # A quoted sentence after a cue with no titling word stays a quotation.
    text = (
        'وقال عدنان حزام، المتحدث الرسمي باسم الصليب الأحمر الدولي في اليمن، إن "الصليب '
        'الأحمر قام بتسهيل نقل 7 أسرى حوثيين من عدن إلى العاصمة صنعاء".'
    )
    assert speaker_of(nlp, text, "الصليب الأحمر قام") == "عدنان حزام"
