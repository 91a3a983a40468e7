"""Speakers, the qaudit20 pass: a hashtag right after an indefinite title names where
the title is held, not its holder (unseen audit of ant-multisource, seeds 10310-10314).
Sentences from unseen 2018 Al Arabiya articles."""

from __future__ import annotations

import pytest

from quote_speakers import speaker_of
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        pytest.param(
            "وقال وزير #قطاع_الأعمال_العام_المصري خالد بدوي، إن طرح شركة الشرقية للدخان "
            "سيتم في يونيو.",
            "إن طرح",
            "خالد بدوي",
            id="tag-then-name",
        ),
        pytest.param(
            "وأشار رئيس #مجلس_الأعمال_السعودي_الفرنسي إلى تبني المجلس مبادرات لتأسيس "
            "قاعدة مستدامة للتعاون.",
            "إلى تبني",
            "رئيس مجلس الأعمال السعودي الفرنسي",
            id="tag-no-name",
        ),
        pytest.param(
            "وقالت الممثلة اللبنانية #باميلا_الكك إنها منشغلة حاليا بتصوير مسلسل جديد.",
            "إنها منشغلة",
            "باميلا الكك",
            id="definite-title-tag-tagged-body",
        ),
        pytest.param(
            "وذكرت وزارة #الخارجية_التركية أن قرار الولايات المتحدة نقل سفارتها خاطئ.",
            "أن قرار",
            "وزارة الخارجية التركية",
            id="body-head-then-tag",
        ),
        pytest.param(
            "وذكرت وزارة #الخارجية_التركية أن القرار خاطئ. وقالت الوزارة في بيان: "
            '"نلعن المذبحة التي نفذتها قوات الأمن الإسرائيلية".',
            "نلعن المذبحة",
            "وزارة الخارجية التركية",
            id="lone-head-linked-to-tagged-body",
        ),
        pytest.param(
            "وقال الرئيس #سعد_الحريري إن الحكومة ستتشكل قريبا.",
            "إن الحكومة",
            "سعد الحريري",
            id="definite-title-tag-name",
        ),
    ],
)
def test_tag_after_title(nlp: Pipeline, text: str, start: str, speaker: str) -> None:
    assert speaker_of(nlp, text, start) == speaker
