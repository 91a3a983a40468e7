"""Tunisian towns mined from the Jawhara FM news after a division word
(rasd.ner.division_towns): a town of two words is tagged whole ("سيدي بوزيد", "قصور
الساف"), one the name lists lack is tagged alone ("رمادة", "ملولش"); a mined word used
as an adjective ("المشروبات الروحية") or inside a person's tag stays as it is.
Sentences from unseen Jawhara FM articles."""

from __future__ import annotations

import pytest

from rasd.ner.division_towns import whole_towns
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


def _places(ner: EntityRecognizer, text: str) -> set[str]:
    doc = ner(Pipeline(["text"]).analyze(text))
    return {doc.text[e.start : e.end] for e in doc.entities if e.label == "LOC"}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "تعهّد موطن تونسي يعمل بالخارج بإعادة هيئة مدرسة الحمروني الابتدائية بمنطقة"
            " الأبيض في معتمدية جلمة من ولاية سيدي بوزيد، بكلفة قدّرت ب 500 ألف دينار.",
            {"سيدي بوزيد", "جلمة"},
        ),
        (
            "توفي مساء أمس بمعتمدية قصور الساف من ولاية المهدية شيخ يبلغ من العمر سبعين"
            " سنة، بعد تعرضه لحادث مرور.",
            {"قصور الساف", "المهدية"},
        ),
        (
            "سجلت محطات رصد الزلازل التابعة للمعهد الوطني للرصد الجوي رجة ارضية بالقطر"
            " الليبي شعر بها متساكنو مدينة رمادة من ولاية تطاوين.",
            {"رمادة", "تطاوين"},
        ),
        (
            "كما تمكّنت نفس الفرقة من إلقاء القبض على شخص أخر بمعتمدية ملولش محكوم ب12 سنة"
            " سجنا ومفتش عنه في قضايا مختلفة أهمها السرقة.",
            {"ملولش"},
        ),
    ],
)
def test_mined_town_is_tagged_whole(ner: EntityRecognizer, text: str, places: set[str]) -> None:
    assert places <= _places(ner, text)


def test_mined_word_as_an_adjective_is_no_place(ner: EntityRecognizer) -> None:
    text = "ولا يرى منير مانعا من بيعها للمأكولات الألمانية والمشروبات الروحية."
    assert "الروحية" not in _places(ner, text)


def test_cut_town_is_joined() -> None:
    tags = ["O", "O", "B-LOC", "O", "O"]
    whole_towns(["في", "ولاية", "سيدي", "بوزيد", "عن"], ["في", "ولاية", "يدي", "بوزيد", "عن"], tags)
    assert tags == ["O", "O", "B-LOC", "I-LOC", "O"]


def test_town_inside_a_person_is_left() -> None:
    tags = ["B-PER", "I-PER", "I-PER", "O"]
    whole_towns(["محمد", "بن", "عروس", "قال"], ["محمد", "بن", "عروس", "قال"], tags)
    assert tags == ["B-PER", "I-PER", "I-PER", "O"]
