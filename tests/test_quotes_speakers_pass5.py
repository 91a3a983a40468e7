"""Speakers, fifth pass: classes counted on the misattributed quotes of the
development parts (folds 0-2) of benchmarks/news-gold and ../shared/gold. Every
sentence is taken from a development article of news-gold."""

from __future__ import annotations

import pytest

from quote_speakers import choices
from rasd.document import Document
from rasd.pipeline import Pipeline
from rasd.quotes.extract import Choice


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(["text", "ner"])


def of_cue(doc: Document, found: list[Choice], cue: str) -> Choice:
    """The quote whose cue is the word `cue`."""
    return next(c for c in found if c.quote.cue is not None and doc.slice(c.quote.cue) == cue)


def said_names(doc: Document, choice: Choice) -> set[str]:
    """The earlier speakers offered as this quote's candidates."""
    return {doc.slice(c.mention) for c in choice.candidates if "said" in c.sources}


THING_SPEAKERS = [
    pytest.param(
        "وأكد رجل الأعمال السوري المعروف فاروق جود، وهو صاحب شركات ومعامل عدة في قطاعات "
        "الأغذية والفولاذ والمطاحن، ما ذكرته التقارير عن تجنيس أبنائه الثلاثة.\n"
        'وقال لوكالة الأنباء الفرنسية في بيروت عبر الهاتف "أعمالنا الصناعية في سوريا '
        'تتطلب مواد تمر عبر لبنان".\n'
        'وتابع "لدينا مواد كثيرة تشحن عبر المرافئ اللبنانية وتحتاج إلى متابعة وتحميل".',
        "تابع",
        "الهاتف",
        id="by-phone",
    ),
]


@pytest.mark.parametrize(("text", "cue", "thing"), THING_SPEAKERS)
def test_a_thing_read_as_a_speaker_is_not_carried_to_later_quotes(nlp, text, cue, thing) -> None:
    """A "speaker" headed by a word for a medium, an occasion, a statement or an event
    ("عبر الهاتف" misread as "expressed the phone") was a misreading of its own quote;
    a later zero-subject cue ("وتابع") is not offered it, and keeps the person."""
    doc, found = choices(nlp, text)
    later = of_cue(doc, found, cue)
    assert thing not in said_names(doc, later)
    speaker = later.quote.speaker
    assert speaker is not None and "فاروق جود" in (speaker.canonical or doc.slice(speaker))
