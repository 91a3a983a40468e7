"""The attribution frame "على ما أفاد X" (as X said) gives the clause before it its
speaker, as "حسبما أفاد X" does (issue 12, qafad); "على ما" with no reporting verb,
with a verb that takes a pronoun ("على ما قاله ترامب") or with a "إن" after the source
is not a frame. Sentences from unseen news articles (ant-multisource, not annotated)."""

from __future__ import annotations

import pytest

from conftest import Said


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "قضت محكمة في مصر السبت بحظر منصة يوتيوب لمدة شهر، في قضية تعود لعام 2012 "
            "عندما قامت بنشر فيلم مسيئ للنبي محمد، على ما أفاد مسؤول قضائي.",
            "قضت محكمة في مصر السبت بحظر منصة يوتيوب لمدة شهر، في قضية تعود لعام 2012 "
            "عندما قامت بنشر فيلم مسيئ للنبي محمد",
            "مسؤول قضائي",
        ),
        (
            "توفي 54 شخصا في كيبيك هذا الأسبوع بسبب موجة حر تضرب شرق كندا منذ نهاية "
            "الأسبوع الفائت، على ما أعلنت الجمعة السلطات المحلية.",
            "توفي 54 شخصا في كيبيك هذا الأسبوع بسبب موجة حر تضرب شرق كندا منذ نهاية الأسبوع الفائت",
            "السلطات المحلية",
        ),
    ],
)
def test_frame_gives_the_clause_its_speaker(
    said: Said, text: str, quote: str, speaker: str
) -> None:
    assert (quote, speaker) in said(text)


@pytest.mark.parametrize(
    "text",
    [
        "ومن جانبها لم تعلق كلا من تويتر وفيسبوك مباشرة على ما قاله ترامب.",
        "وصلت دبابات ألمانية البلاد الواقع شمالي أوروبا، في إشارة على ما يبدو لإظهار ضخامة "
        "الحدث المرتقب.",
        "الصحة الوقائية، الصحة العلاجية. بناء على ما ذكرت، هنالك أمور كثيرة يجب توفرها خارج "
        "نطاق المستشفيات.",
    ],
)
def test_no_frame_without_a_bare_reporting_verb(said: Said, text: str) -> None:
    assert said(text) == []
