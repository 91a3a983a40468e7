"""Quotations never found (issue 12, qmiss): requests made of an addressee named by a
construct phrase or a pronoun, and rises and falls that figures show or a body announces.
Sentences from unseen news articles (not annotated), each asserting the reported words
and who said them."""

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
            "كذلك، طلب الجيش الإسرائيلي من سكان المستوطنات الجنوبية دخول الملاجئ.",
            "دخول الملاجئ",
            "الجيش الإسرائيلي",
        ),
        (
            "وقال الجيش الأميركي الأسبوع الماضي، إن الحكومة طلبت منه الاستعداد لإيواء ما "
            "يصل إلى 20 ألفا من الأطفال المهاجرين.",
            "الاستعداد لإيواء ما يصل إلى 20 ألفا من الأطفال المهاجرين",
            "الحكومة",
        ),
    ],
)
def test_request_after_addressee(nlp: Pipeline, sentence: str, quote: str, speaker: str) -> None:
    """After "طلب … من" a bare noun with its definite genitive ("سكان المستوطنات"), or
    the pronoun of "منه", is whom the request is made of; the verbal noun after it is
    the request."""
    assert quote in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, quote[:8]) == speaker


def test_no_request_after_adverb(nlp: Pipeline) -> None:
    """ "العديد منهم غالبا": an adverb after منهم is no request."""
    sentence = (
        "ورغم أنه يحق لهم طلب الجنسية الإسرائيلية فإن عددا قليلا منهم طلبها ورفضت طلبات "
        'العديد منهم غالبا "لأسباب أمنية" لم تحدد.'
    )
    assert not any(q.startswith("غالبا") for q in quote_texts(nlp.analyze(sentence)))


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        (
            "ارتفعت أسعار الذهب، الخميس، مع تراجع الدولار وإقبال المستثمرين على المعدن "
            "النفيس كأداة تحوط من التضخم بعدما أظهرت البيانات ارتفاع أسعار المستهلكين في "
            "الولايات المتحدة.",
            "ارتفاع أسعار المستهلكين في الولايات المتحدة",
            "البيانات",
        ),
        (
            "يأتي ذلك في الوقت الذي أعلنت فيه وزارة الصحة الفلسطينية ارتفاع عدد القتلى "
            "الاثنين إلى 55 شخصا.",
            "ارتفاع عدد القتلى الاثنين إلى 55 شخصا",
            "وزارة الصحة الفلسطينية",
        ),
    ],
)
def test_reported_rise_or_fall(nlp: Pipeline, sentence: str, quote: str, speaker: str) -> None:
    """A rise or fall (ارتفاع، تراجع…) that data show or a body announces is a reported
    fact, as a death toll is."""
    assert quote in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, quote[:8]) == speaker


def test_shown_by_footage_is_no_quotation(nlp: Pipeline) -> None:
    """أظهر needs a document or figures as subject: footage shows, it does not report."""
    assert quote_texts(nlp.analyze("وأظهرت لقطات المباراة سقوط اللاعب.")) == []
