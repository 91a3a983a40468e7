"""Quotations, the qaudit9 pass (an audit of unseen articles, seeds 9961 and 9962).

A post held in a body whose name is quoted, or ranked "أول", goes on to the person's
name after it: "قال شريك أول في "استراتيجي آند" فادي عدرا" is فادي عدرا's.

A fronted topic ("وبخصوص التعليم قال ولي العهد") is no speaker: the subject follows
the verb.

A demand's object may stand past an aside with a hashtag, time words and a comma
("دعا روتش كابوري، رئيس #بوركينافاسو، اليوم السبت، مواطني بلاده إلى …") and hold
an adverb ("شعبه مجددا إلى")."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


HOLDER_CASES = [
    # The audit's sentence (seed 9962): the speaker was "شريك".
    pytest.param(
        'قال شريك أول في "استراتيجي آند" فادي عدرا، في مقابلة مع قناة "العربية"، على '
        "هامش القمة العالمية للحكومات في دبي، إن تغيير السلوك يسهم بشكل كبير في تقبل "
        "الإصلاحات الحكومية التي تقوم بها الحكومات.",
        "إن تغيير",
        "فادي عدرا",
        id="audit-post-in-quoted-body",
    ),
    # An unseen article: the quoted body closes the company's description.
    pytest.param(
        'وقال خبير اقتصادي في شركة الاستثمار "بيمكو"، يواكيم فيلس، إن إدارة ترامب تشارك '
        "في حرب عملة باردة.",
        "إن إدارة",
        "يواكيم فيلس",
        id="post-in-quoted-company",
    ),
    # The audit's article: a fronted topic, the subject after the verb.
    pytest.param(
        "قال ولي العهد السعودي الأمير محمد بن سلمان إن المشروع سيساعد السعودية على توفير "
        "40 مليار دولار سنويا. وبخصوص التعليم قال ولي العهد إن التعليم في السعودية ليس "
        "سيئا بل إنه جيد.",
        "إن التعليم",
        "محمد بن سلمان",
        id="audit-fronted-topic",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), HOLDER_CASES)
def test_speaker_past_description(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker


DEMAND_CASES = [
    # The audit's sentence (seed 9962), missed before.
    pytest.param(
        "دعا روتش كابوري، رئيس #بوركينافاسو، اليوم السبت، مواطني بلاده إلى التعاون "
        "الوثيق مع القوات المسلحة بعد يوم من هجومين استهدفا مقر الجيش والسفارة الفرنسية.",
        "إلى التعاون",
        "روتش كابوري",
        id="audit-object-past-hashtag-and-time",
    ),
    # An unseen article: an adverb inside the object.
    pytest.param(
        "دعا الرئيس التركي، رجب طيب أردوغان، الجمعة، شعبه مجددا إلى تغيير الدولارات التي "
        "لديهم بالليرة التركية.",
        "إلى تغيير",
        "رجب طيب أردوغان",
        id="adverb-in-object",
    ),
]


@pytest.mark.parametrize(("text", "start", "speaker"), DEMAND_CASES)
def test_demand_past_its_object(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker
