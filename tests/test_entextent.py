"""A common noun with a pronoun suffix ends a person's name
(rasd.ner.pronoun_tails): "غولن بتدبيرها" is Gülen and the planning of it. A name
word that carries a pronoun-like ending without a preposition ("عبد ربه") stays.
Sentences from unseen news (ant-multisource, saudinewsnet)."""

from __future__ import annotations

import pytest

from rasd.ner import pronoun_tails
from rasd.ner.stage import EntityRecognizer
from rasd.pipeline import Pipeline


def _people(ner: EntityRecognizer, text: str) -> set[str]:
    doc = ner(Pipeline(["text"]).analyze(text))
    return {doc.text[e.start : e.end] for e in doc.entities if e.label == "PER"}


GULEN = (
    "ووفقا لمكتب حقوق الإنسان التابع للأمم المتحدة فإن السلطات التركية اعتقلت 160 ألف"
    " شخص، وطردت نفس العدد تقريبا من وظائفهم الحكومية، منذ محاولة الانقلاب التي تتهم"
    " أنقرة غولن بتدبيرها، وينفي الأخير أي دور له في الأمر."
)


def test_a_verbal_noun_with_a_pronoun_ends_the_name(ner: EntityRecognizer) -> None:
    # SK-internationalNews-919-20180413 (ant-multisource, no gold article)
    assert _people(ner, GULEN) == {"غولن"}


def test_the_switch_off_keeps_the_tagger_s_extent(
    ner: EntityRecognizer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pronoun_tails, "PRONOUN_TAILS", False)
    assert _people(ner, GULEN) == {"غولن بتدبيرها"}


def test_an_object_with_a_plural_pronoun_leaves_the_name(ner: EntityRecognizer) -> None:
    # ner_rule_diff design seed 20261632: "إسلامهم" (their conversion) is no name word
    people = _people(ner, "إسلام 70 شخصا بالسيح أعلن 70 فلبينيا إسلامهم، بمقر المكتب التعاوني")
    assert not any("إسلامهم" in p for p in people)


def test_a_name_word_ending_like_a_pronoun_stays(ner: EntityRecognizer) -> None:
    # saudinewsnet: "ربه" ends in "ه" with no preposition before it, as names do
    text = (
        "سيطرة المتمردين، وذلك بعد أيام من إعلان حكومة الرئيس اليمني عبد ربه منصور هادي"
        " تحرير المدينة باستثناء جيوب لميليشيات الحوثي."
    )
    assert "عبد ربه منصور هادي" in _people(ner, text)
