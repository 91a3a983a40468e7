"""Facts and decisions announced as a bare verbal noun (issue 12, qspan7): sentences
from unseen news articles (not annotated), each asserting the announced words and who
announced them."""

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
            "وقد أعلن الأردن قبل يومين عدم قدرته على استيعاب موجة لجوء جديدة.",
            "عدم قدرته على استيعاب موجة لجوء جديدة",
            "الأردن",
        ),
        (
            "وفي الوقت نفسه، أعلنت وزارة الخارجية الأمريكية تعيين جيمس جيفري وهو سفير سابق "
            "في بغداد، ممثلا خاصا لسوريا.",
            "تعيين جيمس جيفري وهو سفير سابق في بغداد، ممثلا خاصا لسوريا",
            "وزارة الخارجية الأمريكية",
        ),
        (
            "وزير الخزانة الأمريكي يعلن عدم مشاركته في مؤتمر للاستثمار بالسعودية بعد لقاء "
            "مع ترامب وبومبيو",
            "عدم مشاركته في مؤتمر للاستثمار بالسعودية بعد لقاء مع ترامب وبومبيو",
            "وزير الخزانة الأمريكي",
        ),
    ],
)
def test_announced_verbal_noun(nlp: Pipeline, sentence: str, quote: str, speaker: str) -> None:
    """After أعلن a bare عدم/تعيين/مشاركة is what was announced, as مقتل is."""
    assert quote in quote_texts(nlp.analyze(sentence))
    assert speaker_of(nlp, sentence, quote[:8]) == speaker


def test_announced_clause_inside_another(nlp: Pipeline) -> None:
    """The announcement inside a reported clause ends that clause (ending at بعدما)."""
    sentence = (
        "وقالت وزارة الكهرباء في بيان إنها وضعت خطة بديلة عن استيراد الطاقة الكهربائية "
        "من إيران بعدما أعلن الجانب الايراني عدم تمكنه من اعادة خطوط الاستيراد."
    )
    quotes = quote_texts(nlp.analyze(sentence))
    assert "عدم تمكنه من اعادة خطوط الاستيراد" in quotes
