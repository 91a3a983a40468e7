"""Quotations, the qnotquote pass (issue 12: what is not reported speech).

A quoted work
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
