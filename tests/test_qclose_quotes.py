"""A quotation that opens a reported clause ends at its closing mark when a comma and the
writer's words follow (issue 12, qclose), and goes on when what follows the comma adds to
what was said. Sentences from unseen articles of the ANT and SaudiNewsNet corpora
(../shared/data/news, never an annotated article): no ../shared needed."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


def _spans(nlp: Pipeline, sentence: str) -> list[str]:
    doc = nlp.analyze(sentence)
    return [doc.slice(q) for q in doc.quotes or []]


@pytest.mark.parametrize(
    ("sentence", "quoted", "writer"),
    [
        (
            'وقال "توسك"، في بيان له، إن "قمة قادة منطقة اليورو ستستمر حتى التوصل إلى اتفاق'
            ' حول ديون اليونان"، وهو ما عده المراقبون توجهاً نحو عدم إخراج اليونان من منطقة'
            " اليورو ومن الاتحاد الأوروبي.",
            "قمة قادة منطقة اليورو ستستمر حتى التوصل إلى اتفاق حول ديون اليونان",
            "المراقبون",
        ),
        (
            'وقال المسؤول الذي لم يشأ كشف هويته أن "الهجوم على القنصلية مرتبط بحزب جبهة'
            ' التحرر الشعبي الثوري"، وهي مجموعة متطرفة تبنت في العام 2013 هجوما انتحاريا على'
            " السفارة الاميركية في أنقرة، وحمل حزب العمال الكردستاني مسؤولية الهجوم الإنتحاري"
            " على مركز للشرطة.",
            "الهجوم على القنصلية مرتبط بحزب جبهة التحرر الشعبي الثوري",
            "مجموعة متطرفة",
        ),
    ],
)
def test_quotation_ends_at_its_mark(nlp, sentence: str, quoted: str, writer: str) -> None:
    """The quoted words are the quote; the writer's words after the comma are not."""
    spans = _spans(nlp, sentence)
    assert quoted in spans
    assert not any(writer in s for s in spans), spans


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # an addition to what was said
        (
            "وأضاف أن «نتيجة كل ذلك هي وجود أجواء متساهلة»، خصوصًا في المستوى القانوني إزاء"
            " عبور مقاتلين أجانب إلى سوريا.",
            "خصوصًا في المستوى القانوني",
        ),
        # a second clause of what was said
        (
            "وأضاف رسول أن «ذلك تم من خلال عمل استخباري عراقي دقيق بالتعاون مع أبناء الفلوجة»،"
            " وأن المعمل يتكون من مجموعة ورش لتفخيخ عشرات العجلات التي يتم تفجيرها ضد أبناء"
            " شعبنا العراقي».",
            "وأن المعمل يتكون",
        ),
    ],
)
def test_what_goes_on_stays_said(nlp, sentence: str, kept: str) -> None:
    assert any(kept in s for s in _spans(nlp, sentence))
