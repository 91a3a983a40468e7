"""Where a quotation runs on past its end (issue 12, qspan6): sentences from unseen
news articles (not annotated), each test asserting where the quotation ends."""

from __future__ import annotations

import pytest

from quote_speakers import quote_texts
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("sentence", "quote", "dropped"),
    [
        (
            "واتهمت بريطانيا وحلفاؤها روسيا بالوقوف وراء محاولة تسميمه، لكن موسكو نفت ذلك بشدة.",
            "بالوقوف وراء محاولة تسميمه",
            "موسكو",
        ),
        (
            "ونفى برانسون اتهامات بالتجسس، لكنه يواجه عقوبة السجن لمدة تصل إلى 35 سنة إذا "
            "ثبتت إدانته.",
            "اتهامات بالتجسس",
            "عقوبة",
        ),
        (
            "وطالب محرز بمغادرة ليستر في مايو/ أيار الماضي، لكن النادي الإنجليزي رفض ثلاثة "
            "عروض تقدم بها روما الإيطالي لضم اللاعب.",
            "بمغادرة ليستر في مايو/ أيار الماضي",
            "عروض",
        ),
    ],
)
def test_but_ends_a_phrase_clause(nlp: Pipeline, sentence: str, quote: str, dropped: str) -> None:
    """After a verbal noun or a preposition's phrase, "، لكن" with a pronoun or a bare
    noun opens the writer's next clause, not more of what was said."""
    quotes = quote_texts(nlp.analyze(sentence))
    assert quote in quotes
    assert not any(dropped in q for q in quotes)


def test_but_goes_on_after_that(nlp: Pipeline) -> None:
    """After "إن" the reported clause may go on with "لكن": the speaker's own contrast."""
    sentence = (
        "وتوضح لورا كوينزبيرغ، إنه بدا حينها أن الاتحاد الأوروبي لم يكن مقتنع تماما بما "
        "قالته بريطانيا، لكن الوضع اختلف الآن."
    )
    quotes = quote_texts(nlp.analyze(sentence))
    assert any(q.endswith("لكن الوضع اختلف الآن") for q in quotes)


@pytest.mark.parametrize(
    ("sentence", "quote", "next_quote"),
    [
        (
            'وفي حديثه شدد ماكرون على أن الأولوية هي "لعدم استئناف النظام الإيراني أنشطته" '
            "معربا عن ارتياحه لأولى ردود الفعل الصادرة عن طهران، بعد القرار الأمريكي.",
            'على أن الأولوية هي "لعدم استئناف النظام الإيراني أنشطته',
            "عن ارتياحه لأولى ردود الفعل الصادرة عن طهران، بعد القرار الأمريكي",
        ),
        (
            'لكن وزير الإدارة الإقليمية محمد أغ إيرلاف قال إنه "لا وجود لقاعدتي بيانات، هناك '
            'وثيقة واحدة" مشيرا إلى أخطاء نجمت عن مشكلة في الخادم المعلوماتي.',
            None,
            "إلى أخطاء نجمت عن مشكلة في الخادم المعلوماتي",
        ),
    ],
)
def test_participle_after_a_closing_mark_starts_the_next_statement(
    nlp: Pipeline, sentence: str, quote: str | None, next_quote: str
) -> None:
    """A cue's participle right after a closing quotation mark, with its own
    preposition after it, is the speaker's next act of speech, as after a determined
    word: the quoted words end the clause."""
    quotes = quote_texts(nlp.analyze(sentence))
    assert next_quote in quotes
    assert not any(next_quote in q and q != next_quote for q in quotes)
    if quote is not None:
        assert quote in quotes


def test_amid_ends_a_phrase_clause(nlp: Pipeline) -> None:
    """ "وسط" + a bare noun after a verbal noun sets the scene; "وسط" + a definite noun
    is a place inside what was said."""
    scene = (
        "وتطالب الولايات المتحدة كوريا الشمالية بالتخلي عن برنامجها للأسلحة النووية وسط "
        "تقارير عن أن بيونغ يانغ أوشكت على تطوير صاروخ قادر على حمل رؤوس نووية."
    )
    assert "بالتخلي عن برنامجها للأسلحة النووية" in quote_texts(nlp.analyze(scene))
    place = "اتهمت سوريا إسرائيل بالوقوف وراء قصف قاعدة جوية عسكرية قرب مدينة حمص وسط البلاد."
    assert any(q.endswith("وسط البلاد") for q in quote_texts(nlp.analyze(place)))
