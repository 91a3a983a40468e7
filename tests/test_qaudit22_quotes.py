"""Quotations, the qaudit22 pass (an audit of unseen articles, seeds 10026 and 10027).

"أكد صندوق الاستثمارات العامة أنه …" and, later, "قال مدير صندوق الاستثمارات العامة
إن …": the fund's name is held by the director's only as a title's complement (a title
without the article, in construct), so the fund is not completed to its director; a
short name is still completed to the fuller name of the same speaker.

"…أقلعت من بكين، بحسب شبكة "سي جي تي أن" التلفزيونية الصينية الرسمية، وأظهرت المشاهد
…": the source's own adjectives are not words of the sentence after it, so the clause
ends with the source and the attribution vouches for what came before it, without
itself; an attribution the clause goes on after ("، وفق المصادر، على كامل قرية …")
still vouches for the whole clause."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts, speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


POST_OF = [
    # The audit's article (seed 10027): the fund's three statements went to its director.
    (
        "من جهة أخرى، أكد صندوق الاستثمارات العامة أنه يستهدف زيادة العائد على حقوق "
        "المساهمين ما بين 4 إلى 5% من 3% حالياً.\n"
        "وفي سياق متصل، قال مدير صندوق الاستثمارات العامة إن الصندوق يدير حالياً أصولا "
        "بنحو 230 مليار دولار.",
        "أنه يستهدف",
        "صندوق الاستثمارات العامة",
    ),
    # Unseen news: FIFA, and its president quoted later.
    (
        "ويعتقد الفيفا أنه يمكن بيع حقوقها مقابل 25 مليار دولار لمدة 12 عاما.\n"
        'وأضاف رئيس الفيفا أن هناك رغبة من مجموعة "جادة وقوية" من المستثمرين لدفع 25 '
        "مليار دولار.",
        "أنه يمكن",
        "الفيفا",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), POST_OF)
def test_a_body_is_not_completed_to_the_holder_of_its_post(
    nlp: Pipeline, text: str, start: str, speaker: str
) -> None:
    assert speaker_of(nlp, text, start) == speaker


def test_a_short_name_is_still_completed_to_the_same_speaker(nlp: Pipeline) -> None:
    text = (
        "وأكد المشرف على صندوق الاستثمارات العامة، ياسر بن عثمان الرميان، أن الصندوق ضخ "
        "70 مليار ريال في 2017.\n"
        "وكان الرميان، قد كشف أن الصندوق يستهدف عوائد سنوية في نطاق 3 إلى 9%."
    )
    assert speaker_of(nlp, text, "أن الصندوق يستهدف") == "ياسر بن عثمان الرميان"


def test_an_attribution_that_ends_its_clause_is_left_out(nlp: Pipeline) -> None:
    # The audit's sentence (seed 10026): the span ran on through the source.
    doc = nlp.analyze(
        "وتوجه عشرات الصحافيين من الصين والولايات المتحدة وروسيا على متن طائرة مستأجرة "
        'أقلعت من بكين، بحسب شبكة "سي جي تي أن" التلفزيونية الصينية الرسمية، وأظهرت '
        "المشاهد الصحافيون وهم يصعدون طائرة صغيرة عليها علم كوريا الشمالية."
    )
    assert quote_texts(doc) == [
        "وتوجه عشرات الصحافيين من الصين والولايات المتحدة وروسيا على متن طائرة مستأجرة "
        "أقلعت من بكين"
    ]


def test_an_attribution_inside_its_clause_vouches_for_all_of_it(nlp: Pipeline) -> None:
    # Unseen news.
    text = (
        "كما سيطرت قوات الجيش اليمني، وفق المصادر، على كامل قرية العلوب بجميع تبابها "
        "جنوب مدينة الراهدة."
    )
    assert quote_texts(nlp.analyze(text)) == [text[:-1]]
