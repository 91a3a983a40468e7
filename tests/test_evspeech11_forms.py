"""The speech-act lexicon's cue verbs in the inflections the news writes (evspeech11,
issue 13): the present plural and duals, the past plural and feminine dual and the
future are derived from each row's past and present by a rule, so a demand told as
"يطالبون" is coded by the lexicon, not left to the learned model. Sentences from
development articles (fold 0) of benchmarks/news-gold."""

from __future__ import annotations

import pytest

from rasd.events.extract import EventExtractor
from rasd.events.speech_lexicon import SpeechActs, cue_inflections
from rasd.pipeline import Pipeline


@pytest.fixture(scope="module")
def quotes_nlp() -> Pipeline:
    return Pipeline(["text", "ner", "quotes"])


@pytest.mark.parametrize(
    ("row", "derived"),
    [
        (
            "طالب طالبت يطالب تطالب طالبوا",
            {"يطالبون", "يطالبان", "تطالبان", "يطالبن", "طالبتا", "سيطالب", "ستطالب", "سيطالبون"},
        ),
        # defective verbs: the last root letter gives way in the plural
        ("دعا دعت يدعو تدعو دعوا", {"يدعون", "يدعوان", "دعتا", "سيدعو"}),
        ("نفى نفت ينفي تنفي نفوا", {"ينفون", "ينفيان", "نفتا", "ستنفي"}),
        # alef variants are folded as the matcher folds them
        ("أدان أدانت يدين تدين", {"ادانوا", "يدينون", "ستدين"}),
    ],
)
def test_a_row_yields_its_inflections(row: str, derived: set[str]) -> None:
    assert derived <= set(cue_inflections(row.split()))


def test_the_past_masculine_dual_is_not_derived() -> None:
    # "رفض الغربيون طلبا روسيا"، "نفيا قاطعا": the accusative noun, not "they two asked"
    assert not {"طلبا", "نفيا", "رفضا"} & set(cue_inflections("طلب طلبت يطلب".split()))
    acts = SpeechActs.load()
    assert acts.cue_type("طلبا") is None and acts.cue_type("رفضا") is None


@pytest.mark.parametrize(
    ("cue", "act"),
    [("ويطالبون", "DEMAND"), ("ينتقدن", "DISAPPROVE"), ("سيدينون", "DISAPPROVE")],
)
def test_the_lexicon_types_derived_cues(cue: str, act: str) -> None:
    assert SpeechActs.load().cue_type(cue) == act


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # CN-economy-457 (title)
        ("مستثمرون يطالبون بإبعاد زوكربيرغ عن رئاسة فيسبوك.", ("مستثمرون", "زوكربيرغ")),
        # BB-middleEast-1055
        (
            "خبراء بالأمم المتحدة يطالبون السعودية بالإفراج عن عشرات الدعاة والكتاب "
            "والناشطين الحقوقيين.",
            ("خبراء بالأمم المتحدة", "السعودية"),
        ),
    ],
)
def test_the_lexicon_alone_codes_a_plural_demand(
    quotes_nlp: Pipeline, text: str, sides: tuple[str, str]
) -> None:
    doc = EventExtractor(speech_model=False)(quotes_nlp.analyze(text))
    demands = [e for e in doc.events or [] if e.type == "DEMAND"]
    assert [(doc.slice(e.source), doc.slice(e.target)) for e in demands] == [sides]
